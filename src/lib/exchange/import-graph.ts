/**
 * A map from a GEXF or GraphML file that carries our attributes: the files `gexf.ts` and
 * `graphml.ts` write, perhaps laid out or restyled in Gephi, Cytoscape or yEd since. The
 * attributes are found by the names the one table in `attributes.ts` gives them (a GEXF
 * attribute's title or id, a GraphML key's `attr.name`), whatever ids the file gives them,
 * so a file another tool wrote back still reads; attributes of the tool's own (Gephi's
 * modularity, say) are passed over, as are positions and colours. The nodes, the edges and
 * the locality are read into the rows the CSV importer reads its sheets into, each value at
 * the line and column of its `<attvalue>` or `<data>` element (of its node or edge when it
 * has none), and `import-rows.ts` makes the map from them: one set of checks, suggestions,
 * id rules and YAML for every importer.
 *
 * A file that is not well-formed XML gets one error at the parser's line and column; a file
 * without our attributes (a plain Gephi graph) one error naming those it lacks.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { sortErrors, type MapError, type Result } from '../load/errors';
import { itemAttributes, localityAttributes, tieAttributes, type ValueType } from './attributes';
import { LOCALITY_TYPE } from './csv';
import { kindAttribute } from './gexf';
import { importRows, type Cell, type ImportedMap, type Place, type Row, type SheetFile } from './import-rows';
import { GRAPH_FORMAT_NAMES, type GraphFormat } from './import-protocol';

export type { GraphFormat };

/** What a node, an edge or the locality says: each of our attributes by its key, where the file writes it. */
interface Entry {
	readonly at: Place;
	readonly values: Map<string, Cell>;
}

interface Graph {
	readonly locality: Entry;
	readonly nodes: readonly Entry[];
	readonly edges: readonly Entry[];
}

/** Our attributes, each with the spreadsheet's header its value goes under and its type. */
interface Known {
	readonly header: string;
	readonly type: ValueType;
}
const known = (list: readonly { key: string; header: string; type: ValueType }[]): ReadonlyMap<string, Known> => new Map(list.map((a) => [a.key, { header: a.header, type: a.type }]));
/** A node's id and an edge's ends are XML attributes of their own, keyed with `@` so that no attribute of a file can take their place. */
const NODE_ATTRIBUTES = known([{ key: '@id', header: 'ID', type: 'string' }, { key: 'label', header: 'Label', type: 'string' }, kindAttribute, ...itemAttributes]);
const EDGE_ATTRIBUTES = known([{ key: '@source', header: 'From', type: 'string' }, { key: '@target', header: 'To', type: 'string' }, ...tieAttributes]);
const LOCALITY_ATTRIBUTES = known(localityAttributes);

/** The attributes without which no map can be made, by where they belong. */
const REQUIRED = { graph: ['locality_name', 'as_of'], node: ['label', 'kind'], edge: ['relation'] } as const;

const placeOf = (node: Node | null | undefined): Place => ({ line: Math.max(1, node?.lineNumber ?? 1), column: Math.max(1, node?.columnNumber ?? 1) });
const childElements = (parent: Element, name: string): Element[] => [...parent.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const firstChild = (parent: Element | undefined, name: string): Element | undefined => (parent ? childElements(parent, name)[0] : undefined);

/** The values of the element's own XML attributes (a node's `id`, an edge's `source`), each at its attribute, keyed `@id`. */
function ownValues(element: Element, ...attributes: string[]): [string, Cell][] {
	return attributes.flatMap((attribute): [string, Cell][] => {
		const node = element.getAttributeNode(attribute);
		return node ? [[`@${attribute}`, { text: node.value.trim(), ...placeOf(node.lineNumber ? node : element), path: attribute }]] : [];
	});
}

/** A list as GEXF types it, `[3, 4]`, as the rows write lists: `3|4`. */
function fromGexfList(text: string, type: ValueType): string {
	const list = /^\[(.*)\]$/s.exec(text.trim());
	return (type === 'integers' || type === 'strings') && list ? list[1].split(',').map((v) => v.trim()).join('|') : text.trim();
}

type Parsed = { readonly ok: true; readonly root: Element } | { readonly ok: false; readonly error: MapError };

/** The document's root, or the first fault of well-formedness at the parser's line and column. */
function parseXml(file: SheetFile): Parsed {
	let fault: { message: string; at: Place } | undefined;
	const stop = new Error('stop');
	try {
		const doc = new DOMParser({
			onError: (level, message, context: { locator?: { lineNumber?: number; columnNumber?: number } }) => {
				if (level === 'warning') return;
				fault ??= { message: message.split('\n')[0], at: { line: Math.max(1, context.locator?.lineNumber ?? 1), column: Math.max(1, context.locator?.columnNumber ?? 1) } };
				throw stop;
			}
		}).parseFromString(file.text.replace(/^\ufeff/, ''), 'text/xml');
		if (!fault && doc.documentElement) return { ok: true, root: doc.documentElement };
	} catch {
		// The fault is recorded; a throw is how the parser is stopped at it.
	}
	const { message, at } = fault ?? { message: 'no root element', at: { line: 1, column: 1 } };
	return { ok: false, error: { file: file.name, ...at, path: '', code: 'bad-format', message: `this file is not well-formed XML: ${message.replace(/\.$/, '')}; an export from Locality maps, Gephi or yEd is, so the file may be cut short or edited by hand` } };
}

/**
 * Records one attribute's value on an entry, under our key; one the tool added is passed
 * over. A value given twice is a fault at the second.
 */
function record(entry: Entry, key: string | undefined, attributes: ReadonlyMap<string, Known>, text: string, element: Element, file: string, errors: MapError[], convert = (t: string, _type: ValueType) => t.trim()) {
	const attribute = key === undefined ? undefined : attributes.get(key);
	if (key === undefined || attribute === undefined) return;
	const at = placeOf(element);
	const earlier = entry.values.get(key);
	if (earlier) {
		errors.push({ file, ...at, path: key, code: 'duplicate-key', message: `${key} is given twice here (line ${earlier.line} too); keep one` });
		return;
	}
	entry.values.set(key, { text: convert(text, attribute.type), ...at, path: key });
}

/** GEXF: attributes declared by id with a title, values as `<attvalue for value>`; the locality in `meta`. */
function readGexf(root: Element, file: string, errors: MapError[]): { graph: Graph; declared: Record<'graph' | 'node' | 'edge', Set<string>> } {
	const graphElement = firstChild(root, 'graph');
	const meta = firstChild(root, 'meta');
	const declared = { graph: new Set<string>(), node: new Set<string>(['label']), edge: new Set<string>() };
	const ids: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
	for (const block of graphElement ? childElements(graphElement, 'attributes') : []) {
		const domain = block.getAttribute('class');
		if (domain !== 'node' && domain !== 'edge') continue;
		const ours = domain === 'node' ? NODE_ATTRIBUTES : EDGE_ATTRIBUTES;
		for (const attribute of childElements(block, 'attribute')) {
			const id = attribute.getAttribute('id') ?? '';
			const title = attribute.getAttribute('title') ?? '';
			const key = ours.has(title) ? title : ours.has(id) ? id : undefined;
			if (key === undefined) continue;
			ids[domain].set(id, key);
			declared[domain].add(key);
		}
	}
	const locality: Entry = { at: placeOf(meta ?? graphElement ?? root), values: new Map() };
	for (const element of meta ? [...meta.childNodes].filter((n): n is Element => n.nodeType === 1) : []) {
		const key = element.localName ?? '';
		if (LOCALITY_ATTRIBUTES.has(key)) declared.graph.add(key);
		record(locality, key, LOCALITY_ATTRIBUTES, element.textContent ?? '', element, file, errors);
	}
	const read = (element: Element, domain: 'node' | 'edge', own: [string, Cell][]): Entry => {
		const entry: Entry = { at: placeOf(element), values: new Map(own) };
		for (const value of childElements(firstChild(element, 'attvalues') ?? element, 'attvalue')) {
			const key = ids[domain].get(value.getAttribute('for') ?? value.getAttribute('id') ?? '');
			record(entry, key, domain === 'node' ? NODE_ATTRIBUTES : EDGE_ATTRIBUTES, value.getAttribute('value') ?? '', value, file, errors, fromGexfList);
		}
		return entry;
	};
	const nodes = childElements(firstChild(graphElement, 'nodes') ?? root, 'node').map((node) => read(node, 'node', ownValues(node, 'id', 'label').map(([k, cell]): [string, Cell] => [k === '@label' ? 'label' : k, cell])));
	const edges = childElements(firstChild(graphElement, 'edges') ?? root, 'edge').map((edge) => read(edge, 'edge', ownValues(edge, 'source', 'target')));
	return { graph: { locality, nodes, edges }, declared };
}

/** GraphML: `<key id for attr.name>`, values as `<data key>`; the locality as the graph's own data. */
function readGraphml(root: Element, file: string, errors: MapError[]): { graph: Graph; declared: Record<'graph' | 'node' | 'edge', Set<string>> } {
	const declared = { graph: new Set<string>(), node: new Set<string>(), edge: new Set<string>() };
	const ours = { graph: LOCALITY_ATTRIBUTES, node: NODE_ATTRIBUTES, edge: EDGE_ATTRIBUTES };
	const ids = { graph: new Map<string, string>(), node: new Map<string, string>(), edge: new Map<string, string>() };
	for (const key of childElements(root, 'key')) {
		const name = key.getAttribute('attr.name') ?? '';
		const id = key.getAttribute('id') ?? '';
		const domain = key.getAttribute('for') ?? 'all';
		for (const d of ['graph', 'node', 'edge'] as const) {
			if ((domain === d || domain === 'all') && ours[d].has(name)) {
				ids[d].set(id, name);
				declared[d].add(name);
			}
		}
	}
	const graphElement = firstChild(root, 'graph');
	const read = (element: Element, domain: 'graph' | 'node' | 'edge', own: [string, Cell][]): Entry => {
		const entry: Entry = { at: placeOf(element), values: new Map(own) };
		for (const data of childElements(element, 'data')) record(entry, ids[domain].get(data.getAttribute('key') ?? ''), ours[domain], data.textContent ?? '', data, file, errors);
		return entry;
	};
	const locality = read(graphElement ?? root, 'graph', []);
	const nodes = (graphElement ? childElements(graphElement, 'node') : []).map((node) => read(node, 'node', ownValues(node, 'id')));
	const edges = (graphElement ? childElements(graphElement, 'edge') : []).map((edge) => read(edge, 'edge', ownValues(edge, 'source', 'target')));
	return { graph: { locality, nodes, edges }, declared };
}

/** An entry as a row: each value under its header; a missing one reported at the entry, under its key. */
function rowOf(file: string, entry: Entry, attributes: ReadonlyMap<string, Known>, noun: string, extra: [string, Cell][] = []): Row {
	const keyOf = new Map([...attributes].map(([key, a]) => [a.header, key]));
	return {
		file,
		...entry.at,
		name: `the ${noun} at line ${entry.at.line}`,
		noun,
		cells: new Map([...extra, ...[...entry.values].map(([key, cell]): [string, Cell] => [attributes.get(key)!.header, cell])]),
		missing: (header) => ({ text: '', ...entry.at, path: (keyOf.get(header) ?? header).replace(/^@/, '') })
	};
}

/** The map a GEXF or GraphML file makes, or every fault in it. The format is the one the file's ending names. */
export function importGraph(file: SheetFile, format: GraphFormat): Result<ImportedMap> {
	const parsed = parseXml(file);
	if (!parsed.ok) return { ok: false, errors: [parsed.error] };
	const { root } = parsed;
	const rootAt = placeOf(root);
	const fault = (message: string): Result<ImportedMap> => ({ ok: false, errors: [{ file: file.name, ...rootAt, path: '', code: 'bad-format', message }] });
	if (root.localName !== format) {
		const other = (Object.keys(GRAPH_FORMAT_NAMES) as GraphFormat[]).find((f) => f === root.localName);
		return fault(`expected a ${GRAPH_FORMAT_NAMES[format]} file, whose root element is <${format}>; found <${root.localName}>${other ? `: this is a ${GRAPH_FORMAT_NAMES[other]} file, so give it the ending .${other}` : ''}`);
	}
	const errors: MapError[] = [];
	const { graph, declared } = format === 'gexf' ? readGexf(root, file.name, errors) : readGraphml(root, file.name, errors);
	const lacking = [
		...REQUIRED.graph.filter((k) => !declared.graph.has(k)).map((k) => `${k} (${format === 'gexf' ? 'in meta' : 'of the graph'})`),
		...REQUIRED.node.filter((k) => !declared.node.has(k)).map((k) => `${k} (of each node)`),
		...(graph.edges.length > 0 ? REQUIRED.edge.filter((k) => !declared.edge.has(k)).map((k) => `${k} (of each edge)`) : [])
	];
	if (lacking.length > 0) {
		return fault(
			`this ${GRAPH_FORMAT_NAMES[format]} file does not carry the attributes of a locality map: it lacks ${lacking.join(', ')}; import a file exported from Locality maps (a graph laid out in Gephi since is fine), or add these attributes`
		);
	}
	const localityAt: Cell = { text: LOCALITY_TYPE, ...graph.locality.at, path: 'graph' };
	const elements = [rowOf(file.name, graph.locality, LOCALITY_ATTRIBUTES, 'graph', [['Type', localityAt]]), ...graph.nodes.map((node) => rowOf(file.name, node, NODE_ATTRIBUTES, 'node'))];
	const connections = graph.edges.map((edge) => rowOf(file.name, edge, EDGE_ATTRIBUTES, 'edge'));
	const result = importRows({ file: file.name, entry: 'a node', rows: elements }, { file: file.name, entry: 'a node', rows: connections });
	if (errors.length === 0) return result;
	return { ok: false, errors: sortErrors([...errors, ...(result.ok ? [] : result.errors)]) };
}
