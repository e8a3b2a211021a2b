/**
 * Reads YAML text as data only: one document, a mapping, core types, no custom tags, no
 * merge keys, bounded tokens, aliases, values and nesting. Keeps the parsed document so
 * that every later error can be placed at its line and column.
 *
 * The steps, each linear in the size of the file (n bytes, t tokens, v values):
 * 1. bytes to text: the size bound, the encoding, characters YAML does not allow (O(n));
 * 2. text to syntax tree, token by token, stopping at the bounds on tokens, aliases and
 *    nesting before anything else is built (O(n), memory O(t));
 * 3. syntax tree to document (`yaml`'s composer, O(t), recursion bounded by the nesting);
 * 4. document to data in one walk, with the checks on tags, keys and aliases (O(v));
 * 5. errors placed through an index of each mapping's keys (O(1) a step once built) and
 *    binary search over line starts (O(log n)).
 * Whatever fails inside the `yaml` package is caught and reported as one plain error.
 */
import { Composer, LineCounter, isAlias, isMap, isNode, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode, Pair, ParsedNode, YAMLError, YAMLMap } from 'yaml';
import { documentData, tagMessage } from './document-data';
import { formatPath, type ErrorCode, type MapError } from './errors';
import { DEFAULT_MAX_DEPTH } from './nesting';
import { parseBounded, type Excess } from './parse-bounded';
import { DEFAULT_MAX_BYTES, decodeSource } from './source-text';

export interface ReadOptions {
	/** The file's name as the user knows it; errors carry it. */
	readonly file?: string;
	/** Refuse files larger than this many bytes (default 10 MB). */
	readonly maxBytes?: number;
	/** Refuse data nested deeper than this (default 32 levels). */
	readonly maxDepth?: number;
	/** Refuse files with more aliases (`*name`) than this (default 100). */
	readonly maxAliases?: number;
	/** Refuse files of more YAML tokens than this (default 1,000,000), before building anything. */
	readonly maxTokens?: number;
	/** Refuse data of more values than this, aliases copied out (default 1,000,000). */
	readonly maxValues?: number;
}

export interface YamlSource {
	readonly file: string;
	readonly doc: Document.Parsed;
	readonly lines: LineCounter;
	/** The document as plain data. */
	readonly value: unknown;
	/** The node each alias stands for. */
	readonly aliases: ReadonlyMap<Alias, YamlNode>;
}

export const DEFAULT_MAX_ALIASES = 100;
/**
 * The reader keeps a few hundred bytes per token. Measured here: a million tokens of the
 * costliest shapes (nested flow collections) read in 6 s and 780 MB, and every 10 MB file
 * tried is answered within 3.3 s and 600 MB; a map of 20,000 items in 2.4 MB is 840,000 tokens.
 * See docs/format.md, "Bounds".
 */
export const DEFAULT_MAX_TOKENS = 1_000_000;
export const DEFAULT_MAX_VALUES = 1_000_000;

/** Syntax errors cascade: past this many, the rest are counted, not listed. */
const MAX_SYNTAX_ERRORS = 100;

type Read = { ok: true; source: YamlSource } | { ok: false; errors: MapError[] };
type Place = (offset: number, code: ErrorCode, message: string, path?: string) => MapError;

const UNREADABLE = 'the file could not be read as YAML here: the reader ran out of room on it (often data nested or repeated far past what a map needs); simplify the file around this point, and please report it';

export function readYaml(input: string | Uint8Array, options: ReadOptions = {}): Read {
	const file = options.file ?? 'map.yaml';
	const decoded = decodeSource(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	const text = decoded.text;
	const lines = new LineCounter();
	// Every position lies on a line of the file: the parser places some errors (an unclosed
	// bracket at the end) at the very end, which after a final line break is a line that
	// does not exist; they move back to the end of the last line.
	const last = text.endsWith('\r\n') ? text.length - 2 : text.endsWith('\n') ? text.length - 1 : text.length;
	const at: Place = (offset, code, message, path = '') => {
		const { line, col } = lines.linePos(Math.max(0, Math.min(offset, last)));
		return { file, line, column: col, path, code, message };
	};
	const progress = { parsed: false };
	try {
		return readText(text, file, lines, at, options, progress);
	} catch {
		// No message of the reader's own ("Maximum call stack size exceeded") reaches the user.
		// The place is the line the parser had reached, if it failed while parsing; after
		// that, nothing says where, and the error stands at the start of the file.
		return { ok: false, errors: [at(progress.parsed ? 0 : (lines.lineStarts.at(-1) ?? 0), 'unreadable', UNREADABLE)] };
	}
}

function readText(text: string, file: string, lines: LineCounter, at: Place, options: ReadOptions, progress: { parsed: boolean }): Read {
	const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
	const maxValues = options.maxValues ?? DEFAULT_MAX_VALUES;
	lines.addNewLine(0);
	const parsed = parseBounded(text, lines, {
		maxDepth,
		maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
		maxAliases: options.maxAliases ?? DEFAULT_MAX_ALIASES
	});
	if (!parsed.ok) return { ok: false, errors: [excessError(parsed.excess, at, maxDepth, options)] };
	progress.parsed = true;

	// Keys are checked for duplicates in the walk below, in linear time (`uniqueKeys` compares every pair).
	const composer = new Composer({ schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false });
	// The composer makes an Error, with a stack trace, for each syntax error: a file of
	// junk makes hundreds of thousands, and their stacks (never read) cost seconds.
	const stackTraceLimit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	let list: Document.Parsed[];
	try {
		list = [...composer.compose(parsed.tokens)];
	} finally {
		Error.stackTraceLimit = stackTraceLimit;
	}
	if (list.length === 0) {
		const what = text.trim() === '' ? 'the file is empty' : 'the file holds only comments, no data';
		return { ok: false, errors: [at(0, 'empty', `${what}; a map starts with \`locality:\``)] };
	}
	const errors: MapError[] = [];
	if (list.length > 1) {
		errors.push(at(list[1].range[0], 'several-documents', 'the file holds more than one YAML document (a line `---` starts another); put each map in a file of its own'));
	}
	const doc = list[0];
	// An unknown tag is reported once: at the tag, as YAML places it, with the key path from the walk.
	const isTagWarning = (w: YAMLError) => w.code === 'TAG_RESOLVE_FAILED';
	const yamlErrors = [...doc.errors, ...doc.warnings.filter((w) => !isTagWarning(w))].sort((a, b) => a.pos[0] - b.pos[0]);
	const quoteStarts = yamlErrors.some((e) => unclosedQuote(e)) ? quotedScalarStarts(doc) : new Map<number, number>();
	for (const e of yamlErrors.slice(0, MAX_SYNTAX_ERRORS)) errors.push(yamlError(e, text, at, quoteStarts));
	if (yamlErrors.length > MAX_SYNTAX_ERRORS) {
		const more = yamlErrors.length - MAX_SYNTAX_ERRORS;
		const next = yamlError(yamlErrors[MAX_SYNTAX_ERRORS], text, at, quoteStarts);
		errors.push({ ...next, code: 'yaml-syntax', message: `and ${more} more YAML syntax errors from here on, most of them following from those above; fix those first` });
	}
	const data = documentData(doc, doc.warnings.filter(isTagWarning), { maxDepth, maxValues });
	for (const f of data.findings) errors.push(at(f.offset, f.code, f.message, formatPath(f.path)));
	if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

	if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
		return { ok: false, errors: [at(0, 'empty', 'the file holds no data; a map starts with `locality:`')] };
	}
	if (!isMap(doc.contents)) {
		const found = isSeq(doc.contents) ? 'a list' : 'a single value';
		return { ok: false, errors: [at(doc.contents.range[0], 'not-a-mapping', `expected a mapping of keys to values (starting with \`locality:\`), found ${found}`)] };
	}
	return { ok: true, source: { file, doc, lines, value: data.value, aliases: data.aliases } };
}

function excessError(excess: Excess, at: Place, maxDepth: number, options: ReadOptions): MapError {
	switch (excess.kind) {
		case 'depth':
			return at(excess.offset, 'too-deep', `the data is nested more than ${maxDepth} levels deep here; a map needs far fewer`);
		case 'tokens': {
			const max = options.maxTokens ?? DEFAULT_MAX_TOKENS;
			return at(excess.offset, 'too-large', `the file holds more than ${max} YAML tokens by here (each key, value, bracket, mark such as - or :, run of spaces and line break counts one); a map needs far fewer: split it into smaller maps`);
		}
		case 'aliases': {
			const max = options.maxAliases ?? DEFAULT_MAX_ALIASES;
			return at(excess.offset, 'alias-bound', `this alias (*${excess.name}) is one more than the ${max} aliases a file may hold; write the data out instead`);
		}
	}
}

const unclosedQuote = (e: YAMLError) => (e.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(e.message) : null);

/** Where each quoted scalar starts, by where it ends: the parser reports an unclosed quote at its end. */
function quotedScalarStarts(doc: Document.Parsed): Map<number, number> {
	const starts = new Map<number, number>();
	visit(doc, {
		Scalar(_key, node) {
			if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) starts.set(node.range[1], node.range[0]);
		}
	});
	return starts;
}

function yamlError(e: YAMLError, text: string, at: Place, quoteStarts: ReadonlyMap<number, number>): MapError {
	let offset = e.pos[0];
	const quote = unclosedQuote(e);
	if (quote) return at(quoteStarts.get(offset) ?? offset, 'yaml-syntax', `the quote ${quote[1]} that opens here is never closed; add the closing ${quote[1]}`);
	const [code, message] = describeYamlError(e);
	// A missing closing bracket is reported after the blank lines that follow the last item:
	// it belongs before them (looking back a bounded way, as up to 101 errors are placed).
	if (/end with a [\]}]/.test(e.message)) {
		const stop = Math.max(0, offset - 10_000);
		while (offset > stop && /\s/.test(text[offset - 1])) offset--;
	}
	return at(offset, code, message);
}

/** The parser's errors in plain words. Its own words are kept only for the rare ones, never for a failure of its own. */
function describeYamlError(e: YAMLError): [ErrorCode, string] {
	const first = e.message.split('\n')[0];
	const bracket = /end with a ([\]}])/.exec(first)?.[1];
	switch (e.code) {
		case 'TAG_RESOLVE_FAILED':
			return ['tag', tagMessage(first.replace(/^Unresolved tag: /, ''))];
		case 'TAB_AS_INDENT':
			return ['tab-indent', 'a tab is used for indentation; YAML allows only spaces there'];
		case 'DUPLICATE_KEY':
			return ['duplicate-key', 'this key appears twice in the same mapping; keep one'];
		case 'BAD_INDENT':
			if (bracket) return ['yaml-syntax', `a closing ${bracket} is missing, or a line inside the brackets is indented less than its key`];
			return ['yaml-syntax', 'the indentation is wrong here; line it up with the entries it belongs to'];
		case 'MISSING_CHAR':
			if (bracket) return ['yaml-syntax', `a closing ${bracket} is missing here`];
			if (/^Missing , between/.test(first)) return ['yaml-syntax', 'a comma is missing between these items'];
			if (/^Missing , or :/.test(first)) return ['yaml-syntax', 'a comma or a colon is missing here'];
			if (/^Missing space after :/.test(first)) return ['yaml-syntax', 'a space is missing after this colon'];
			if (/^Comments must be separated/.test(first)) return ['yaml-syntax', 'a comment needs a space before its #'];
			if (/^Tags and anchors must be separated/.test(first)) return ['yaml-syntax', 'an anchor or tag needs a space after it'];
			if (/^Implicit map keys need to be followed/.test(first)) return ['yaml-syntax', 'this key has no colon after it; write `key: value`'];
			return ['yaml-syntax', 'a closing bracket or quote is missing'];
		case 'MULTILINE_IMPLICIT_KEY':
			return ['yaml-syntax', 'a key must fit on one line; is a colon or indentation missing above?'];
		case 'BLOCK_AS_IMPLICIT_KEY':
			return ['yaml-syntax', 'a second key on the same line (or a list used as a key); put each key on a line of its own'];
		case 'KEY_OVER_1024_CHARS':
			return ['yaml-syntax', 'this key is longer than 1024 characters, the most YAML allows for a key; shorten it'];
		case 'BAD_DQ_ESCAPE': {
			const raw = /^Invalid escape sequence (.*)$/.exec(first)?.[1] ?? '';
			return ['yaml-syntax', `${raw} is not an escape YAML knows inside double quotes; write \\\\ for a backslash, or use single quotes`];
		}
		case 'UNEXPECTED_TOKEN':
			return ['yaml-syntax', 'this is not valid YAML here'];
		case 'RESOURCE_EXHAUSTION':
		case 'IMPOSSIBLE':
			return ['unreadable', UNREADABLE];
		default:
			return ['yaml-syntax', `YAML syntax: ${first.replace(/\.$/, '')}`];
	}
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

/** Each mapping's pairs by key, built the first time a path passes through it: a path step costs O(1), not O(keys). */
const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairByKey(map: YAMLMap, key: string): Pair | undefined {
	let index = keyIndex.get(map);
	if (!index) {
		index = new Map();
		for (const pair of map.items) {
			if (isScalar(pair.key)) index.set(pair.key.value === null || pair.key.value === undefined ? '' : String(pair.key.value), pair as Pair);
		}
		keyIndex.set(map, index);
	}
	return index.get(key);
}

/**
 * The node at a data path, or the deepest node on the way there, and whether the last
 * step is a key that is absent. `keyNode` returns the key itself rather than its value.
 */
export function nodeAt(source: YamlSource, path: readonly PropertyKey[], keyNode = false): { node: ParsedNode | null; complete: boolean } {
	let node: unknown = source.doc.contents;
	for (let i = 0; i < path.length; i++) {
		const step = path[i];
		if (isAlias(node)) node = source.aliases.get(node) ?? node;
		if (isMap(node)) {
			const pair = pairByKey(node, String(step));
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
