/**
 * Turns a composed YAML document into plain data in one walk, checking on the way what
 * YAML allows but a map does not: tags other than the core ones, keys that are not plain
 * values, a key twice in one mapping, aliases to no anchor or to the data that holds them,
 * data that aliases expand past the bound on values, and nesting past the bound.
 *
 * Linear in the number of nodes. It replaces the `yaml` package's own conversion and key
 * check, which are quadratic in places: `toJS` finds each alias's anchor by scanning every
 * anchor and alias before it (and walks the whole document again for each alias inside an
 * anchored node), and `uniqueKeys` compares each key with every key before it. Here an
 * anchor's value and expanded size are kept as the walk passes it, keys are looked up in a
 * set, and nothing is visited twice.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node as YamlNode, YAMLWarning } from 'yaml';
import type { ErrorCode } from './errors';

export interface DataBounds {
	readonly maxDepth: number;
	readonly maxValues: number;
}

/** A fault found in the document: where it starts (offset), the data path, and what it is. */
export interface Finding {
	readonly offset: number;
	readonly path: readonly PropertyKey[];
	readonly code: ErrorCode;
	readonly message: string;
}

export interface DocumentData {
	/** The data, as `toJS` would give it; aliases share the value of their anchor. */
	readonly value: unknown;
	readonly findings: readonly Finding[];
	/** The node each alias stands for, so positions can be found through aliases. */
	readonly aliases: ReadonlyMap<Alias, YamlNode>;
}

/** The core schema's own tags: `!!str 3` is plain data, anything else would be a constructor. */
const CORE_TAGS: ReadonlySet<string> = new Set(
	['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`)
);

/** The one message for a tag a map may not hold, whoever finds it (this walk, or the composer). */
export const tagMessage = (tag: string) =>
	`the tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed: a map holds plain data only; remove the tag`;

interface Anchored {
	readonly node: YamlNode;
	/** Values in the anchored data with its own aliases expanded; -1 while the walk is inside it. */
	size: number;
	/** Levels of collections in it, aliases expanded (0 for a scalar). */
	height: number;
	value: unknown;
}

/**
 * `tagWarnings` are the parser's warnings for tags it could not resolve: they stand at the
 * tag itself, where a reader looks, while the node starts after it.
 */
export function documentData(doc: Document.Parsed, tagWarnings: readonly YAMLWarning[], bounds: DataBounds): DocumentData {
	const findings: Finding[] = [];
	const aliases = new Map<Alias, YamlNode>();
	const anchors = new Map<string, Anchored>();
	const warnings = [...tagWarnings].sort((a, b) => a.pos[0] - b.pos[0]);
	let nextWarning = 0;
	let values = 0;
	let tooMany = false;
	let tooDeep = false;
	/** The deepest level of collections met so far, in the data with aliases copied out. */
	let deepest = 0;
	const path: PropertyKey[] = [];

	const find = (offset: number, code: ErrorCode, message: string) => findings.push({ offset, path: [...path], code, message });

	/** Counts values as they are met; past the bound, says so once, at the value or alias that passed it. */
	const count = (added: number, offset: number, alias?: string) => {
		values += added;
		if (values <= bounds.maxValues || tooMany) return;
		tooMany = true;
		if (alias === undefined) {
			find(offset, 'too-large', `the data holds more than ${bounds.maxValues} values by here (each key, value, list and mapping counts one); a map needs far fewer: split it into smaller maps`);
		} else {
			find(offset, 'alias-bound', `with its aliases copied out, the data holds more than ${bounds.maxValues} values by this alias (*${alias}), more than a map may hold; write out what the aliases copy, or copy less`);
		}
	};

	function checkTag(node: YamlNode, start: number): void {
		if (!node.tag || CORE_TAGS.has(node.tag)) return;
		while (nextWarning < warnings.length && warnings[nextWarning].pos[0] <= start) nextWarning++;
		const warning = warnings[nextWarning - 1];
		const offset = warning && warning.pos[0] >= start - node.tag.length - 32 ? warning.pos[0] : start;
		find(offset, 'tag', tagMessage(node.tag));
	}

	function walk(node: unknown, depth: number): unknown {
		if (node === null || node === undefined) {
			count(1, 0);
			return null;
		}
		if (isAlias(node)) return alias(node, depth);
		if (!isScalar(node) && !isMap(node) && !isSeq(node)) return null;
		const start = node.range?.[0] ?? 0;
		checkTag(node, start);
		const anchored: Anchored | undefined = node.anchor ? { node, size: -1, height: 0, value: undefined } : undefined;
		if (node.anchor && anchored) anchors.set(node.anchor, anchored);
		const before = values;
		const deepestBefore = deepest;
		deepest = depth - 1;
		count(1, start);
		let value: unknown;
		if (isScalar(node)) value = node.value;
		else if (!reach(depth, start)) value = null;
		else if (isSeq(node)) {
			const list: unknown[] = [];
			node.items.forEach((item, i) => {
				path.push(i);
				// A pair straight inside a list is a mapping of its own, one level deeper.
				list.push(isPair(item) ? pairs([item], depth + 1) : walk(item, depth + 1));
				path.pop();
			});
			value = list;
		} else {
			value = pairs(node.items, depth);
		}
		if (anchored) {
			anchored.size = values - before;
			anchored.height = deepest - (depth - 1);
			anchored.value = value;
		}
		deepest = Math.max(deepest, deepestBefore);
		return value;
	}

	/** Records a collection at `depth` (1 for the document's own); false, said once, past the bound. */
	function reach(depth: number, offset: number, alias?: string): boolean {
		deepest = Math.max(deepest, depth);
		if (depth <= bounds.maxDepth) return true;
		if (!tooDeep) {
			const what = alias === undefined ? '' : ` (with the alias *${alias} copied out)`;
			find(offset, 'too-deep', `the data is nested more than ${bounds.maxDepth} levels deep here${what}; a map needs far fewer`);
		}
		tooDeep = true;
		return false;
	}

	/** A mapping's pairs as an object, the way `toJS` builds it (own properties even for `__proto__`). */
	function pairs(items: readonly unknown[], depth: number): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		const seen = new Set<string>();
		for (const pair of items) {
			if (!isPair(pair)) continue;
			const key = keyOf(pair.key);
			if (key === null) continue;
			path.push(key.text);
			if (isScalar(pair.key)) checkTag(pair.key, key.offset);
			count(1, key.offset);
			if (seen.has(key.text)) find(key.offset, 'duplicate-key', 'this key appears twice in the same mapping; keep one');
			seen.add(key.text);
			const value = walk(pair.value, depth + 1);
			if (key.text in out) Object.defineProperty(out, key.text, { value, writable: true, enumerable: true, configurable: true });
			else out[key.text] = value;
			path.pop();
		}
		return out;
	}

	/** A key as the text `toJS` would make of it; keys that are not plain values are refused. */
	function keyOf(key: unknown): { text: string; offset: number } | null {
		if (key === null || key === undefined) return { text: '', offset: 0 };
		if (isScalar(key)) {
			const offset = key.range?.[0] ?? 0;
			if (key.anchor) anchors.set(key.anchor, { node: key, size: 1, height: 0, value: key.value });
			return { text: key.value === null || key.value === undefined ? '' : String(key.value), offset };
		}
		const node = key as YamlNode;
		const offset = node.range?.[0] ?? 0;
		const found = isAlias(key) ? `an alias (*${key.source})` : isSeq(key) ? 'a list' : 'a mapping';
		find(offset, 'wrong-type', `expected a key written as plain text, like \`name:\`; found ${found}`);
		return null;
	}

	/** An alias standing where a collection would be at `depth`. */
	function alias(node: Alias, depth: number): unknown {
		const offset = node.range?.[0] ?? 0;
		const name = node.source;
		const anchored = anchors.get(name);
		if (!anchored) {
			find(offset, 'yaml-syntax', `the alias *${name} refers to no anchor &${name} above it`);
			return null;
		}
		aliases.set(node, anchored.node);
		if (anchored.size < 0) {
			find(offset, 'alias-bound', `the alias *${name} stands inside the data its anchor &${name} marks, so that data would never end; write it out instead`);
			return null;
		}
		count(anchored.size, offset, name);
		if (anchored.height > 0 && !reach(depth + anchored.height - 1, offset, name)) return null;
		return anchored.value;
	}

	const value = walk(doc.contents, 1);
	return { value, findings, aliases };
}
