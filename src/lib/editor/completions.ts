/**
 * What the YAML editor can offer at the cursor: the keys of the part of the map the cursor
 * is in, the values a key allows, and the map's own ids where a key takes an id. The keys
 * and values come from the format's JSON Schema (one home: the zod schemas), walked once at
 * build time into plain lists, so the page carries neither zod nor the schema.
 */

/** The parts of a map that have keys of their own. `feature` is one feature under `assessment`. */
export type Section = 'top' | 'locality' | 'agencies' | 'roles' | 'groups' | 'members' | 'links' | 'assessment' | 'feature';

export interface ValueInfo {
	readonly value: string;
	/** The words a reader sees, when the vocabulary has them. */
	readonly label?: string;
	readonly description?: string;
}

export interface KeyInfo {
	readonly key: string;
	readonly description: string;
	/** The closed list of values the key takes (or its list's items take), if any. */
	readonly values?: readonly ValueInfo[];
}

export type CompletionVocabulary = Readonly<Record<Section, readonly KeyInfo[]>>;

/** Enough of a JSON Schema to walk. */
export interface JsonSchemaNode {
	readonly type?: string | readonly string[];
	readonly description?: string;
	readonly enum?: readonly unknown[];
	readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
	readonly items?: JsonSchemaNode;
	readonly anyOf?: readonly JsonSchemaNode[];
}

/** A closed vocabulary as src/lib/format/vocabulary.ts lists it. */
export interface TermList {
	readonly list: readonly { readonly value: string; readonly label: string; readonly description: string }[];
}

function keysOf(node: JsonSchemaNode | undefined, terms: readonly TermList[]): KeyInfo[] {
	return Object.entries(node?.properties ?? {}).map(([key, property]) => {
		const values = property.enum ?? property.items?.enum;
		const info: KeyInfo = { key, description: property.description ?? '' };
		if (!values) return info;
		const strings = values.map(String);
		// The vocabulary whose values are exactly these gives each its words.
		const list = terms.find((t) => t.list.length === strings.length && t.list.every((term) => strings.includes(term.value)));
		const byValue = new Map(list?.list.map((term) => [term.value, term]));
		return {
			...info,
			values: strings.map((value) => {
				const term = byValue.get(value);
				return term ? { value, label: term.label, description: term.description } : { value };
			})
		};
	});
}

/** The keys and values of every section, from the map format's JSON Schema. */
export function completionVocabulary(schema: JsonSchemaNode, terms: readonly TermList[]): CompletionVocabulary {
	const top = schema.properties ?? {};
	const members = top.groups?.items?.properties?.members?.items;
	const memberObject = members?.anyOf?.find((option) => option.properties) ?? members;
	const features = top.assessment?.properties ?? {};
	return {
		top: keysOf(schema, terms),
		locality: keysOf(top.locality, terms),
		agencies: keysOf(top.agencies?.items, terms),
		roles: keysOf(top.roles?.items, terms),
		groups: keysOf(top.groups?.items, terms),
		members: keysOf(memberObject, terms),
		links: keysOf(top.links?.items, terms),
		assessment: keysOf(top.assessment, terms),
		feature: keysOf(Object.values(features)[0], terms)
	};
}

/** Where the cursor is: typing a key of a section, or a value of a key. */
export type CursorContext =
	| { readonly kind: 'key'; readonly section: Section; readonly prefix: string }
	| { readonly kind: 'value'; readonly section: Section; readonly key: string; readonly prefix: string };

const SECTIONS: readonly Section[] = ['locality', 'agencies', 'roles', 'groups', 'links', 'assessment'];

/** Indentation of a line's key: a `- ` before it counts as indentation. */
function keyIndent(line: string): number {
	const match = /^(?:\s*-\s+)*\s*/.exec(line);
	return match ? match[0].length : 0;
}

const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/** The innermost bracket left open in `text` (quotes and comments are not looked into), and the key before it. */
function openBracket(text: string): { bracket: '[' | '{'; key?: string; after: string } | undefined {
	const stack: { bracket: '[' | '{'; at: number }[] = [];
	let quote: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) break;
		else if (c === '[' || c === '{') stack.push({ bracket: c, at: i });
		else if ((c === ']' || c === '}') && stack.length) stack.pop();
	}
	const open = stack.at(-1);
	if (!open) return undefined;
	const key = /([A-Za-z_][\w-]*)\s*:\s*$/.exec(text.slice(0, open.at))?.[1];
	return { bracket: open.bracket, key, after: text.slice(open.at + 1) };
}

/**
 * What is being typed at the end of `before` (the document's text up to the cursor). Reads
 * the block structure from the indentation, and flow collections (`[a, b]`, `{ id: x }`) on
 * the cursor's line; returns null in a comment or where nothing can be offered.
 */
export function cursorContext(before: string): CursorContext | null {
	const lines = before.split('\n');
	const line = lines[lines.length - 1];
	if (/(^|\s)#/.test(line.replace(/"[^"]*"|'[^']*'/g, ''))) return null;

	// The block parents: the nearest key above with less indentation, up to the top.
	const parents: string[] = [];
	let indent = keyIndent(line);
	for (let i = lines.length - 2; i >= 0 && indent > 0; i--) {
		const above = lines[i];
		if (isBlank(above)) continue;
		const aboveIndent = keyIndent(above);
		if (aboveIndent >= indent) continue;
		const key = /^(?:\s*-\s+)*\s*([A-Za-z_][\w-]*)\s*:/.exec(above)?.[1];
		if (key) parents.unshift(key);
		indent = aboveIndent;
	}
	const topKey = parents[0];
	let section: Section = topKey === undefined ? 'top' : (SECTIONS.find((s) => s === topKey) ?? 'top');
	if (section === 'groups' && parents.includes('members')) section = 'members';
	if (section === 'assessment' && parents.length > 1) section = 'feature';
	if (topKey !== undefined && section === 'top') return null;

	const flow = openBracket(line);
	let rest = line;
	if (flow) {
		rest = flow.after.slice(Math.max(flow.after.lastIndexOf(','), flow.after.lastIndexOf('{'), flow.after.lastIndexOf('[')) + 1);
		// `{ id: x, attendance: … }` inside `members: [ … ]` is a member mapping.
		if (flow.bracket === '{' && /\bmembers\s*:\s*\[/.test(line)) section = 'members';
		if (flow.bracket === '[' && flow.key) {
			const prefix = /([\w-]*)$/.exec(rest)?.[1] ?? '';
			return { kind: 'value', section, key: flow.key, prefix };
		}
	} else {
		rest = line.replace(/^(?:\s*-\s+)*/, '');
	}
	const value = /^\s*([A-Za-z_][\w-]*)\s*:\s+([\w-]*)$/.exec(rest) ?? /^\s*([A-Za-z_][\w-]*)\s*:()$/.exec(rest);
	if (value) return { kind: 'value', section, key: value[1], prefix: value[2] };
	const key = /^\s*([A-Za-z_][\w-]*)?$/.exec(rest);
	if (key) {
		// `- camhs` in a block list of members is a member, not a key.
		if (!flow && /^\s*-\s/.test(line) && parents.at(-1) === 'members') return { kind: 'value', section: 'groups', key: 'members', prefix: key[1] ?? '' };
		return { kind: 'key', section, prefix: key[1] ?? '' };
	}
	return null;
}

/** The map's own ids, as the last map that read without errors had them. */
export interface MapIds {
	readonly agencies: readonly ValueInfo[];
	readonly roles: readonly ValueInfo[];
	readonly groups: readonly ValueInfo[];
}

/** Which ids a key takes, by section: a member or a chair is a role or an agency; a link's ends are any item. */
export function idsFor(section: Section, key: string, ids: MapIds): readonly ValueInfo[] {
	if (section === 'roles' && key === 'agency') return ids.agencies;
	if ((section === 'groups' && (key === 'chair' || key === 'members')) || (section === 'members' && key === 'id')) return [...ids.roles, ...ids.agencies];
	if (section === 'links' && (key === 'from' || key === 'to')) return [...ids.agencies, ...ids.roles, ...ids.groups];
	return [];
}

/** The values offered for a key: its closed list, or the map's ids. */
export function valuesFor(vocabulary: CompletionVocabulary, section: Section, key: string, ids: MapIds): readonly ValueInfo[] {
	const listed = vocabulary[section].find((k) => k.key === key)?.values;
	return listed ?? idsFor(section, key, ids);
}
