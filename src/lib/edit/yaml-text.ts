/**
 * Minimal text changes to a YAML file, placed by the `yaml` package's parsed Document.
 *
 * Why not `String(doc)` after editing the Document: the `yaml` package keeps comments, but
 * printing the document re-prints every node, which re-folds long `>-` text, changes
 * `[a, b]` to `[ a, b ]`, moves blank lines and so on. On the bundled maps that is 50 to 300
 * changed lines for an edit of one. So the Document is used to find where things are (each
 * node's range in the text), and only the text of what the edit touches is written, by
 * `yaml`'s own `stringify`, so quoting is always right. Everything else stays byte for byte.
 */
import { isMap, isScalar, isSeq, stringify, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** Replace text[from, to) with `text`. Patches of one edit never overlap. */
export interface TextPatch {
	readonly from: number;
	readonly to: number;
	readonly text: string;
}

/** Applies the patches from the end of the text backwards. Insertions at one place keep the order they were given in. */
export function applyPatches(text: string, patches: readonly TextPatch[]): string {
	const sorted = patches.map((p, order) => ({ ...p, order })).sort((a, b) => b.from - a.from || b.to - a.to || b.order - a.order);
	let out = text;
	let limit = Infinity;
	for (const p of sorted) {
		if (p.to > limit) throw new Error('overlapping text patches');
		out = out.slice(0, p.from) + p.text + out.slice(p.to);
		limit = p.from;
	}
	return out;
}

/** Options that keep every written value on one line and never fold it. */
const ONE_LINE = { lineWidth: 0, blockQuote: false } as const;

/** A value as it is written in block context (after `key: ` or `- `), quoted where YAML needs it. */
export function blockValueText(value: unknown): string {
	if (typeof value === 'object' && value !== null) return flowValueText(value);
	return stringify(value, ONE_LINE).trimEnd();
}

/**
 * A value as it is written inside `[...]` or `{...}`, quoted where flow context needs it.
 * Collections are written here rather than by `stringify`, which breaks a flow collection
 * over several lines when a value holds a line break.
 */
export function flowValueText(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(flowValueText).join(', ')}]`;
	if (typeof value === 'object' && value !== null) {
		const pairs = Object.entries(value).filter(([, v]) => v !== undefined);
		return `{ ${pairs.map(([k, v]) => `${flowValueText(k)}: ${flowValueText(v)}`).join(', ')} }`;
	}
	// A line break in a value is written as \n in double quotes: JSON's strings are YAML's.
	if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value);
	const inList = stringify([value], { ...ONE_LINE, collectionStyle: 'flow' }).trimEnd();
	return inList.slice(2, -2);
}

/** A mapping as block text, its first line unindented and the rest indented by `indent` spaces. */
export function blockMapText(value: Record<string, unknown>, indent: number): string {
	const lines = Object.entries(value)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${flowValueText(k)}: ${blockValueText(v)}`);
	return lines.join(`\n${' '.repeat(indent)}`);
}

export const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;

/** The start of the line after the one `pos` ends (pos itself when it already stands at a line start). */
export function endOfLine(text: string, pos: number): number {
	if (pos > 0 && text[pos - 1] === '\n') return pos;
	const nl = text.indexOf('\n', pos);
	return nl === -1 ? text.length : nl + 1;
}

const column = (text: string, pos: number) => pos - lineStart(text, pos);

function range(node: YamlNode | null | undefined): [number, number] {
	const r = node?.range;
	if (!r) throw new Error('node without a place in the text');
	return [r[0], r[1]];
}

/** Where a pair ends: after its value, or its key when the value is empty. */
function pairEnd(pair: Pair): number {
	const value = pair.value as YamlNode | null;
	return value?.range ? value.range[1] : range(pair.key as YamlNode)[1];
}

/** The text of a newly written value for `key` in `map`, quoted for the map's style. */
function valueIn(map: YAMLMap, value: unknown): string {
	return map.flow ? flowValueText(value) : blockValueText(value);
}

/** A string written in the quotes the value it replaces had (`as_of: "2006"` stays quoted), if it can be. */
function keepQuotes(type: string | undefined, value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
	if (type === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
	return undefined;
}

/** Sets `key` in `map`: replaces a scalar value in place (keeping a comment beside it), or writes a new key after the last. */
export function setKey(text: string, map: YAMLMap, key: string, value: unknown): TextPatch[] {
	const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
	if (pair) {
		const node = pair.value as YamlNode | null;
		if (isScalar(node) && node.range && node.source !== '' && !isMap(value) && !Array.isArray(value) && !/^[|>]/.test(text.slice(node.range[0], node.range[1]))) {
			return [{ from: node.range[0], to: node.range[1], text: keepQuotes(node.type, value) ?? valueIn(map, value) }];
		}
		// A list, a mapping, a block scalar or an empty value: the pair is written anew where it stands.
		if (map.flow) {
			const [from] = range(pair.key as YamlNode);
			return [{ from, to: pairEnd(pair), text: `${flowValueText(key)}: ${flowValueText(value)}` }];
		}
		const [keyStart] = range(pair.key as YamlNode);
		const end = pairEnd(pair);
		const cut = text.slice(keyStart, end).endsWith('\n') ? end - 1 : end;
		return [{ from: keyStart, to: cut, text: `${flowValueText(key)}: ${blockValueText(value)}` }];
	}
	return addKey(text, map, key, value);
}

function addKey(text: string, map: YAMLMap, key: string, value: unknown): TextPatch[] {
	const written = `${flowValueText(key)}: ${valueIn(map, value)}`;
	const last = map.items.at(-1);
	if (map.flow) {
		if (!last) return [{ from: range(map)[0] + 1, to: range(map)[0] + 1, text: ` ${written} ` }];
		const end = pairEnd(last);
		return [{ from: end, to: end, text: `, ${written}` }];
	}
	if (!last) throw new Error('an empty block mapping');
	const indent = column(text, range(map.items[0].key as YamlNode)[0]);
	const at = endOfLine(text, pairEnd(last));
	const before = at === text.length && !text.endsWith('\n') ? '\n' : '';
	return [{ from: at, to: at, text: `${before}${' '.repeat(indent)}${written}\n` }];
}

/** Removes `key` from `map`, with its line in a block mapping; nothing if it is not there. */
export function removeKey(text: string, map: YAMLMap, key: string): TextPatch[] {
	const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
	if (index === -1) return [];
	const pair = map.items[index];
	const [keyStart] = range(pair.key as YamlNode);
	if (!map.flow) return [{ from: lineStart(text, keyStart), to: endOfLine(text, pairEnd(pair)), text: '' }];
	if (index < map.items.length - 1) return [{ from: keyStart, to: range(map.items[index + 1].key as YamlNode)[0], text: '' }];
	if (index > 0) return [{ from: pairEnd(map.items[index - 1]), to: pairEnd(pair), text: '' }];
	return [{ from: keyStart, to: pairEnd(pair), text: '' }];
}

/**
 * Removes the items at `indices` from `seq`. A block item goes with its lines, from its `-`
 * to the end of its last line: comments above it stay. A flow item goes with one comma.
 */
export function removeItems(text: string, seq: YAMLSeq, indices: readonly number[]): TextPatch[] {
	const gone = new Set(indices);
	const items = seq.items as YamlNode[];
	if (!seq.flow) {
		return items.flatMap((item, i) => (gone.has(i) ? [{ from: lineStart(text, range(item)[0]), to: endOfLine(text, range(item)[1]), text: '' }] : []));
	}
	const kept = items.map((_, i) => i).filter((i) => !gone.has(i));
	if (kept.length === 0) {
		const [from, to] = range(seq);
		return [{ from: from + 1, to: to - 1, text: '' }];
	}
	const lastKept = kept.at(-1)!;
	const patches: TextPatch[] = [];
	for (const i of gone) if (i < lastKept) patches.push({ from: range(items[i])[0], to: range(items[i + 1])[0], text: '' });
	if (lastKept < items.length - 1) patches.push({ from: range(items[lastKept])[1], to: range(items.at(-1))[1], text: '' });
	return patches;
}

/** Replaces the item at `index` of `seq` with `value`, written in the style of its place. */
export function replaceItem(text: string, seq: YAMLSeq, index: number, value: unknown): TextPatch[] {
	const item = seq.items[index] as YamlNode;
	const [from, to] = range(item);
	const end = text.slice(from, to).endsWith('\n') ? to - 1 : to;
	return [{ from, to: end, text: flowValueText(value) }];
}

/**
 * Appends `value` to `seq`: in a flow list after a comma; in a block list as a new `- ` line
 * after the last item, indented as it is. A mapping is written as a flow mapping when the
 * last item is one (`- { id: a, name: A }`), as a block mapping otherwise.
 */
export function appendItem(text: string, seq: YAMLSeq, value: unknown): TextPatch[] {
	const items = seq.items as YamlNode[];
	const last = items.at(-1);
	if (seq.flow) {
		const written = flowValueText(value);
		if (!last) return [{ from: range(seq)[0] + 1, to: range(seq)[1] - 1, text: written }];
		return [{ from: range(last)[1], to: range(last)[1], text: `, ${written}` }];
	}
	if (!last) throw new Error('an empty block list');
	const start = range(last)[0];
	const indent = column(text, start);
	const dash = text.lastIndexOf('-', start - 1);
	const dashColumn = column(text, dash);
	const written = isMap(last) && last.flow ? flowValueText(value) : itemText(value, indent);
	const at = endOfLine(text, range(last)[1]);
	const before = at === text.length && !text.endsWith('\n') ? '\n' : '';
	return [{ from: at, to: at, text: `${before}${' '.repeat(dashColumn)}-${' '.repeat(indent - dashColumn - 1)}${written}\n` }];
}

/** An item of a block list: a mapping as block lines indented to `indent`, anything else on one line. */
function itemText(value: unknown, indent: number): string {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return blockMapText(value as Record<string, unknown>, indent);
	return blockValueText(value);
}

/** A new top-level key holding a block list of `items`, inserted at `at` (a line start or the end). */
export function newTopLevelList(text: string, at: number, key: string, items: readonly unknown[]): TextPatch {
	const body = items.map((item) => `  - ${itemText(item, 4)}\n`).join('');
	const atEnd = at >= text.length;
	const before = atEnd ? (text.endsWith('\n') ? '\n' : '\n\n') : '';
	const after = atEnd ? '' : '\n';
	return { from: at, to: at, text: `${before}${key}:\n${body}${after}` };
}

/** A new key holding a list, in a block mapping: `members:` then `- a` lines (or `[a]` in a flow mapping). */
export function addListKey(text: string, map: YAMLMap, key: string, items: readonly unknown[]): TextPatch[] {
	if (map.flow) return addKey(text, map, key, items);
	const indent = column(text, range(map.items[0].key as YamlNode)[0]);
	const pad = ' '.repeat(indent + 2);
	const body = items.map((item) => `${pad}- ${itemText(item, indent + 4)}`).join('\n');
	const last = map.items.at(-1)!;
	const at = endOfLine(text, pairEnd(last));
	const before = at === text.length && !text.endsWith('\n') ? '\n' : '';
	return [{ from: at, to: at, text: `${before}${' '.repeat(indent)}${flowValueText(key)}:\n${body}\n` }];
}

export { isMap, isSeq, isScalar };
