/**
 * Reads YAML text as data only: one document, a mapping, core types, no custom tags,
 * no merge keys, bounded aliases and nesting. Keeps the parsed document so that every
 * later error can be placed at its line and column.
 */
import { Document, LineCounter, isAlias, isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Node as YamlNode, ParsedNode, YAMLError } from 'yaml';
import { formatPath, type MapError, type ErrorCode } from './errors';
import { DEFAULT_MAX_DEPTH, findExcessNesting } from './nesting';
import { DEFAULT_MAX_BYTES, decodeSource } from './source-text';

export interface ReadOptions {
	/** The file's name as the user knows it; errors carry it. */
	readonly file?: string;
	/** Refuse files larger than this many bytes (default 10 MB). */
	readonly maxBytes?: number;
	/** Refuse data nested deeper than this (default 32 levels). */
	readonly maxDepth?: number;
	/** Refuse documents whose aliases expand past this count (default 100). */
	readonly maxAliases?: number;
}

export interface YamlSource {
	readonly file: string;
	readonly doc: Document.Parsed;
	readonly lines: LineCounter;
	/** The document as plain data. */
	readonly value: unknown;
}

export const DEFAULT_MAX_ALIASES = 100;

/** The core schema's own tags: `!!str 3` is plain data, anything else would be a constructor. */
const CORE_TAGS = new Set(
	['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`)
);

const YAML_MESSAGES: Partial<Record<string, [ErrorCode, string]>> = {
	TAB_AS_INDENT: ['tab-indent', 'a tab is used for indentation; YAML allows only spaces there'],
	DUPLICATE_KEY: ['duplicate-key', 'this key appears twice in the same mapping; keep one'],
	BAD_INDENT: ['yaml-syntax', 'the indentation is wrong here; line it up with the entries it belongs to'],
	MISSING_CHAR: ['yaml-syntax', 'a closing bracket or quote is missing'],
	MULTILINE_IMPLICIT_KEY: ['yaml-syntax', 'a key must fit on one line; is a colon or indentation missing above?'],
	UNEXPECTED_TOKEN: ['yaml-syntax', 'this is not valid YAML here']
};

export function readYaml(input: string | Uint8Array, options: ReadOptions = {}): { ok: true; source: YamlSource } | { ok: false; errors: MapError[] } {
	const file = options.file ?? 'map.yaml';
	const decoded = decodeSource(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	const text = decoded.text;
	const lines = new LineCounter();
	const at = (offset: number, code: ErrorCode, message: string, path = ''): MapError => {
		const { line, col } = lines.linePos(Math.max(0, Math.min(offset, text.length)));
		return { file, line, column: col, path, code, message };
	};

	const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
	const deep = findExcessNesting(text, maxDepth);
	if (deep) {
		return {
			ok: false,
			errors: [{ file, line: deep.line, column: deep.column, path: '', code: 'too-deep', message: `the data is nested more than ${maxDepth} levels deep here; a map needs far fewer` }]
		};
	}

	const docs = parseAllDocuments(text, { lineCounter: lines, schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, strict: true, keepSourceTokens: false });
	const list = Array.isArray(docs) ? docs : [];
	if (list.length === 0) {
		const what = text.trim() === '' ? 'the file is empty' : 'the file holds only comments, no data';
		return { ok: false, errors: [at(0, 'empty', `${what}; a map starts with \`locality:\``)] };
	}
	const errors: MapError[] = [];
	if (list.length > 1) {
		errors.push(at(list[1].range[0], 'several-documents', 'the file holds more than one YAML document (a line `---` starts another); put each map in a file of its own'));
	}
	const doc = list[0];
	// An unknown tag is reported once: at the tag, as YAML places it, with the key path from the document.
	const tagWarnings = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
	for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) errors.push(yamlError(e, at));
	visit(doc, {
		Node(_key, node, path) {
			if (!node.tag || CORE_TAGS.has(node.tag) || !node.range) return;
			const start = node.range[0];
			const warning = tagWarnings.filter((w) => w.pos[0] <= start).at(-1);
			const offset = warning && warning.pos[0] >= start - node.tag.length - 32 ? warning.pos[0] : start;
			errors.push(at(offset, 'tag', `the tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed: a map holds plain data only; remove the tag`, pathOf(path, node)));
		}
	});
	if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

	if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
		return { ok: false, errors: [at(0, 'empty', 'the file holds no data; a map starts with `locality:`')] };
	}
	if (!isMap(doc.contents)) {
		const found = isSeq(doc.contents) ? 'a list' : 'a single value';
		return { ok: false, errors: [at(doc.contents.range[0], 'not-a-mapping', `expected a mapping of keys to values (starting with \`locality:\`), found ${found}`)] };
	}

	const maxAliases = options.maxAliases ?? DEFAULT_MAX_ALIASES;
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: maxAliases });
	} catch (error) {
		const aliases: { offset: number; name: string; anchored: boolean }[] = [];
		visit(doc, {
			Alias(_k, node) {
				aliases.push({ offset: node.range?.[0] ?? 0, name: node.source, anchored: node.resolve(doc) !== undefined });
			}
		});
		const dangling = aliases.find((a) => !a.anchored);
		if (dangling) {
			return { ok: false, errors: [at(dangling.offset, 'yaml-syntax', `the alias *${dangling.name} refers to no anchor &${dangling.name} above it`)] };
		}
		if (!/alias/i.test(String(error))) throw error;
		return { ok: false, errors: [at(aliases[0]?.offset ?? 0, 'alias-bound', `aliases (*name) here expand to more than ${maxAliases} copies of data; write the data out instead`)] };
	}
	return { ok: true, source: { file, doc, lines, value } };
}

function yamlError(e: YAMLError, at: (offset: number, code: ErrorCode, message: string) => MapError): MapError {
	if (e.code === 'TAG_RESOLVE_FAILED') {
		const tag = e.message.replace(/^Unresolved tag: /, '').replace('tag:yaml.org,2002:', '!!');
		return at(e.pos[0], 'tag', `the tag ${tag} is not allowed: a map holds plain data only; remove the tag`);
	}
	const known = YAML_MESSAGES[e.code];
	const [code, message] = known ?? ['yaml-syntax', `YAML syntax: ${e.message.split('\n')[0].replace(/\.$/, '')}`];
	return at(e.pos[0], code, message);
}

/** One error per place and kind: YAML sometimes reports a fault twice at the same spot. */
function dedupe(errors: MapError[]): MapError[] {
	const seen = new Set<string>();
	return errors.filter((e) => {
		const key = `${e.line}:${e.column}:${e.code}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function pathOf(ancestors: readonly unknown[], node: unknown): string {
	const path: PropertyKey[] = [];
	const chain = [...ancestors, node];
	for (let i = 1; i < chain.length; i++) {
		const parent = chain[i - 1];
		const child = chain[i];
		if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
		else if (isPair(child) && isScalar(child.key)) path.push(String(child.key.value));
	}
	return formatPath(path);
}

/**
 * The node at a data path, or the deepest node on the way there, and whether the last
 * step is a key that is absent. `keyNode` returns the key itself rather than its value.
 */
export function nodeAt(source: YamlSource, path: readonly PropertyKey[], keyNode = false): { node: ParsedNode | null; complete: boolean } {
	let node: unknown = source.doc.contents;
	for (let i = 0; i < path.length; i++) {
		const step = path[i];
		if (isAlias(node)) node = node.resolve(source.doc);
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
			if (!pair) return { node: node as ParsedNode, complete: false };
			node = keyNode && i === path.length - 1 ? pair.key : (pair.value ?? pair.key);
		} else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
			node = node.items[step];
		} else {
			return { node: isNode(node) ? (node as ParsedNode) : null, complete: false };
		}
	}
	return { node: isNode(node) ? (node as ParsedNode) : null, complete: true };
}

/** Line and column of a data path: the value, the key with `keyNode`, or the nearest enclosing node. */
export function positionOf(source: YamlSource, path: readonly PropertyKey[], keyNode = false): { line: number; column: number } {
	const { node } = nodeAt(source, path, keyNode);
	const offset = (node as YamlNode | null)?.range?.[0] ?? 0;
	const { line, col } = source.lines.linePos(offset);
	return { line, column: col };
}

/** An error placed at a data path. */
export function errorAt(source: YamlSource, path: readonly PropertyKey[], code: ErrorCode, message: string, keyNode = false): MapError {
	return { file: source.file, ...positionOf(source, path, keyNode), path: formatPath(path), code, message };
}
