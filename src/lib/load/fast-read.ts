/**
 * The fast reader: js-yaml reads a map several times faster than `yaml`, but keeps no
 * positions and says nothing we could show a user. So it reads only the plain files that
 * the `yaml` reader (yaml-document.ts) would read to the very same data, and gives up
 * (null) on anything else; the loader then reads the file again with `yaml`, which finds
 * and places every error. Never a throw, never an error of its own.
 *
 * Gives up, before or while parsing, on a file that passes any bound the `yaml` reader
 * keeps (tokens, by the ceiling of token-ceiling.ts; nesting; values), that holds an
 * anchor, an alias or a tag (so nothing is expanded, and no alias bomb reaches the
 * schema), a directive, a key left out (`: v`) or a block scalar with its indentation in
 * its header (`|2`), that holds no document or several, or whose top is not a mapping; and, through
 * js-yaml, on any syntax error and any key twice in a mapping. What it reads agrees with
 * the `yaml` core schema scalar by scalar (`yes` and `2005-07-01` are text, `0o17` is 15,
 * `~` and an empty value are null), and keys become text as document-data.ts makes them
 * (a null key is the empty text); fast-read.test.ts compares the two on generated files.
 *
 * Positions: the start of each item of the four lists (agencies, roles, groups, links),
 * read from js-yaml's events, which hold the offset where each mapping starts, the same
 * offset `yaml` gives the item's node.
 *
 * Cost: O(n) for the ceiling, js-yaml's parse and construction (O(n), recursion bounded by
 * the nesting), and one pass over the events.
 */
import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, defineMappingTag, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { Place } from '../model/locality-model';
import { tokenCeiling } from './token-ceiling';

export interface FastBounds {
	readonly maxDepth: number;
	readonly maxTokens: number;
	readonly maxValues: number;
}

/** The lists whose items carry a place in the model. */
export const PLACED_LISTS = ['agencies', 'roles', 'groups', 'links'] as const;
export type PlacedList = (typeof PLACED_LISTS)[number];

export interface FastRead {
	/** The document as plain data, as document-data.ts would make it. */
	readonly value: unknown;
	/** Where each item of each placed list starts, in the order of the list, as `yaml`'s line counter gives it. */
	readonly itemPlaces: ReadonlyMap<PlacedList, readonly Place[]>;
}

/** Mappings as document-data.ts builds them: own properties (even `__proto__`), keys as text, a null key as ''. */
const mapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
	create: () => ({}),
	identify: () => false,
	addPair: (map, key, value) => {
		if (key !== null && typeof key === 'object') return 'a key that is not plain text';
		const text = keyText(key);
		if (text === '__proto__') Object.defineProperty(map, text, { value, writable: true, enumerable: true, configurable: true });
		else map[text] = value;
		return '';
	},
	has: (map, key) => (key === null || typeof key !== 'object') && Object.prototype.hasOwnProperty.call(map, keyText(key)),
	keys: (map) => Object.keys(map),
	get: (map, key) => map[keyText(key)]
});

const keyText = (key: unknown): string => (key === null || key === undefined ? '' : String(key));

const SCHEMA = CORE_SCHEMA.withTags(mapTag);

/**
 * A block scalar whose header gives its indentation (`|2`, `>-1`): the readers keep
 * different spaces of its blank lines. Looked for anywhere, so text such as `>5` in a
 * note sends the file to the `yaml` reader too, which reads it the same, only slower.
 */
const INDENTED_BLOCK = /[|>][-+]?[1-9]/;

export function readFast(text: string, bounds: FastBounds): FastRead | null {
	if (tokenCeiling(text, bounds.maxTokens) > bounds.maxTokens || INDENTED_BLOCK.test(text)) return null;
	let events: Event[];
	try {
		// js-yaml counts every node, scalars too, one level deeper than a collection: two levels of room.
		events = parseEvents(text, { maxDepth: bounds.maxDepth + 2 });
	} catch {
		return null;
	}
	const itemStarts = plainEvents(events, text, bounds);
	if (!itemStarts) return null;
	try {
		const [value] = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
		const lineStarts = linesOf(text);
		const itemPlaces = new Map([...itemStarts].map(([list, starts]) => [list, starts.map((offset) => placeOf(lineStarts, offset))]));
		return { value, itemPlaces };
	} catch {
		return null;
	}
}

/** One open collection while the events are walked. */
interface Open {
	readonly mapping: boolean;
	/** Children met so far: in a mapping, keys and values alternate. */
	children: number;
	/** Where its items start, for a placed list. */
	readonly starts?: number[];
}

/**
 * Checks the events in one pass: one document, a mapping at the top, no anchor, alias or
 * tag, nesting and values within the bounds. Returns where the placed lists' items start.
 */
function plainEvents(events: readonly Event[], text: string, bounds: FastBounds): Map<PlacedList, number[]> | null {
	const itemStarts = new Map<PlacedList, number[]>();
	const stack: Open[] = [];
	let documents = 0;
	// Every node the `yaml` reader counts as a value is an event here (a pair written alone in brackets is one more).
	let values = 0;
	/** The placed list the last key of the top mapping names, if it does. */
	let list: PlacedList | undefined;
	for (const event of events) {
		if (event.type === EVENT_ID.DOCUMENT) {
			// A directive (`%YAML 1.1`, `%TAG`) is left to the `yaml` reader, which decides what it may change.
			if (++documents > 1 || event.directives.length > 0) return null;
			continue;
		}
		if (event.type === EVENT_ID.POP) {
			stack.pop();
			continue;
		}
		if (event.type === EVENT_ID.ALIAS || event.anchorStart !== -1 || event.tagStart !== -1) return null;
		if (++values > bounds.maxValues) return null;
		const parent = stack.at(-1);
		let listHere: PlacedList | undefined;
		if (parent === undefined) {
			if (event.type !== EVENT_ID.MAPPING || values > 1) return null;
		} else {
			const index = parent.children++;
			// A key left out (`: v`): js-yaml reads some lines of them that `yaml` refuses (`: : v`).
			if (parent.mapping && index % 2 === 0 && event.type === EVENT_ID.SCALAR && event.valueStart === event.valueEnd && event.style === SCALAR_STYLE.PLAIN) return null;
			// Only mappings become items of the model (the schema sees to it); a mapping starts where `yaml` places its node.
			parent.starts?.push(event.type === EVENT_ID.SCALAR ? event.valueStart : event.start);
			if (stack.length === 1) {
				if (index % 2 === 0) list = event.type === EVENT_ID.SCALAR ? PLACED_LISTS.find((name) => name === getScalarValue(text, event)) : undefined;
				else listHere = list;
			}
		}
		if (event.type === EVENT_ID.SCALAR) continue;
		if (stack.length >= bounds.maxDepth) return null;
		if (listHere !== undefined && event.type === EVENT_ID.SEQUENCE) {
			const starts: number[] = [];
			itemStarts.set(listHere, starts);
			stack.push({ mapping: false, children: 0, starts });
		} else stack.push({ mapping: event.type === EVENT_ID.MAPPING, children: 0 });
	}
	return documents === 1 && values > 0 ? itemStarts : null;
}

/** Where each line starts: after each \n (a \r\n ends its line at the \n, as `yaml` counts lines). */
function linesOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line and column of an offset, the column in UTF-16 units, by binary search. */
function placeOf(lineStarts: readonly number[], offset: number): Place {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (lineStarts[mid] <= offset) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
