/**
 * The map as GraphML, for Gephi, Cytoscape desktop and yEd: one node per item, one directed
 * edge per tie (a group to each of its members, a link from its `from` to its `to`), every
 * attribute declared with its type, the locality's own fields as graph data, and the
 * layout's positions as `x` and `y`, which Gephi reads as the node's place. GraphML has no
 * list type: tiers, sources and sectors are written as text separated by `|`.
 */
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, localityAttributes, tieAttributes, tieLabel, tiesOf, type Attribute, type ExportOptions, type Value, type ValueType } from './attributes';
import { writeXml, type XmlElement } from './xml';

const GRAPHML_TYPES: Record<ValueType, string> = { string: 'string', boolean: 'boolean', number: 'double', integers: 'string', strings: 'string' };

/** A value as GraphML's text: lists joined by `|`. */
export function graphmlValue(value: Value): string {
	return Array.isArray(value) ? value.join('|') : String(value);
}

type Domain = 'graph' | 'node' | 'edge';
const PREFIX: Record<Domain, string> = { graph: 'g', node: 'n', edge: 'e' };
const keyId = (domain: Domain, key: string) => `${PREFIX[domain]}_${key}`;

function keyElement(domain: Domain, key: string, type: string): XmlElement {
	return { name: 'key', attributes: { id: keyId(domain, key), for: domain, 'attr.name': key, 'attr.type': type } };
}

function dataOf<T>(domain: Domain, attributes: readonly Attribute<T>[], of: T): XmlElement[] {
	return attributes.flatMap((a) => {
		const value = a.value(of);
		return value === undefined ? [] : [{ name: 'data', attributes: { key: keyId(domain, a.key) }, children: graphmlValue(value) }];
	});
}

export function toGraphml(model: LocalityModel, options: ExportOptions = {}): string {
	const keys: XmlElement[] = [
		...localityAttributes.map((a) => keyElement('graph', a.key, GRAPHML_TYPES[a.type])),
		keyElement('node', 'label', 'string'),
		keyElement('node', 'kind', 'string'),
		...itemAttributes.map((a) => keyElement('node', a.key, GRAPHML_TYPES[a.type])),
		keyElement('node', 'x', 'double'),
		keyElement('node', 'y', 'double'),
		keyElement('edge', 'label', 'string'),
		...tieAttributes.map((a) => keyElement('edge', a.key, GRAPHML_TYPES[a.type]))
	];
	const nodes = allItems(model).map((item): XmlElement => {
		const at = options.positions?.get(item.id);
		const data = (key: string, value: string | number) => ({ name: 'data', attributes: { key: keyId('node', key) }, children: String(value) });
		return {
			name: 'node',
			attributes: { id: item.id },
			children: [data('label', item.name), data('kind', item.kind), ...dataOf('node', itemAttributes, item), ...(at ? [data('x', at.x), data('y', at.y)] : [])]
		};
	});
	const edges = tiesOf(model).map(
		(tie, i): XmlElement => ({
			name: 'edge',
			attributes: { id: `e${i}`, source: tie.from, target: tie.to },
			children: [{ name: 'data', attributes: { key: keyId('edge', 'label') }, children: tieLabel(tie) }, ...dataOf('edge', tieAttributes, tie)]
		})
	);
	return writeXml({
		name: 'graphml',
		attributes: {
			xmlns: 'http://graphml.graphdrawing.org/xmlns',
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'
		},
		children: [...keys, { name: 'graph', attributes: { id: model.locality.id, edgedefault: 'directed' }, children: [...dataOf('graph', localityAttributes, model.locality), ...nodes, ...edges] }]
	});
}
