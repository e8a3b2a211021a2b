/**
 * The rules the schema cannot see, because they span the file: ids are unique across
 * agencies, roles and groups; every reference names an item that exists and is of the
 * right kind. Works on the raw data, so it runs even where the schema found faults and
 * all errors are reported together.
 *
 * Ids are data, never keys of plain objects: every lookup by id is a Map or a Set, and
 * fields are read only when the file's own mapping holds them, so ids and keys such as
 * `constructor` or `__proto__` mean nothing special. Cost, for n items and references:
 * O(n) to gather the ids (O(n log n) to order them by place, done only when an id repeats
 * or an unknown id needs suggestions), O(1) per reference, and the suggestions for unknown ids
 * bounded as suggest.ts says, so O(n log n) in all (besides placing each error, which
 * yaml-document.ts does).
 */
import { ID_PATTERN } from '../format/schema';
import type { ItemKind } from '../model/locality-model';
import type { MapError } from './errors';
import { formatPath } from './errors';
import { didYouMean, suggester, type Suggester } from './suggest';
import { positionOf, type YamlSource } from './yaml-document';

/**
 * A file read by a reader that can place a data path without the `yaml` document: the
 * fast reader, which places a path at the item it lies in (the order of items is the
 * order of what they hold) and shows no error it finds, since any sends the file to the
 * `yaml` reader.
 */
export interface PlacedData {
	readonly file: string;
	readonly value: unknown;
	place(path: readonly PropertyKey[]): { line: number; column: number };
}

const LISTS: readonly [string, ItemKind][] = [
	['agencies', 'agency'],
	['roles', 'role'],
	['groups', 'group']
];
const ARTICLE: Record<ItemKind, string> = { agency: 'an agency', role: 'a role', group: 'a group' };

/** What each kind of reference may name; one constant each, so each has one suggester. */
const AGENCY: readonly ItemKind[] = ['agency'];
const SEAT: readonly ItemKind[] = ['role', 'agency'];
const ANY_ITEM: readonly ItemKind[] = ['agency', 'role', 'group'];

type Path = (string | number)[];

const kindsInWords = (kinds: readonly ItemKind[]) => kinds.map((k) => ARTICLE[k]).join(' or ');

/** An id as a message quotes it: a very long one cut short, with its length, so the line stays readable. */
const shown = (id: string) => (id.length > 64 ? `${id.slice(0, 40)}… (${id.length} characters)` : id);

export function checkReferences(source: YamlSource | PlacedData): MapError[] {
	const place = 'place' in source ? (path: Path) => source.place(path) : (path: Path) => positionOf(source, path);
	const errorHere = (path: Path, code: MapError['code'], message: string): MapError => ({ file: source.file, ...place(path), path: formatPath(path), code, message });
	const root = asMapping(source.value);
	if (!root) return [];
	const errors: MapError[] = [];
	const declared = new Map<string, { kind: ItemKind; path: Path }>();

	// Ids in the order of the lists; put in the order they stand in the file (so that "the
	// first" is the one a reader meets first) only where that order shows: when an id
	// repeats, and in suggestions. A valid file needs no place at all.
	const ids: { id: string; kind: ItemKind; path: Path; line: number; column: number }[] = [];
	const seen = new Set<string>();
	let repeated = false;
	for (const [list, kind] of LISTS) {
		entries(root(list)).forEach((item, i) => {
			const id = field(item, 'id');
			if (typeof id !== 'string' || !ID_PATTERN.test(id)) return;
			if (seen.has(id)) repeated = true;
			seen.add(id);
			ids.push({ id, kind, path: [list, i, 'id'], line: 0, column: 0 });
		});
	}
	let inFileOrder = false;
	const putInFileOrder = () => {
		if (inFileOrder) return;
		for (const entry of ids) ({ line: entry.line, column: entry.column } = place(entry.path));
		ids.sort((a, b) => a.line - b.line || a.column - b.column);
		inFileOrder = true;
	};
	if (repeated) putInFileOrder();
	for (const { id, kind, path } of ids) {
		const first = declared.get(id);
		if (first) {
			const there = place(first.path);
			errors.push(
				errorHere(path, 'duplicate-id', `duplicate id "${shown(id)}": ${ARTICLE[first.kind]} at line ${there.line} (${formatPath(first.path.slice(0, 2))}) already has it; ids must be unique in a file`)
			);
		} else declared.set(id, { kind, path });
	}

	// One suggester for each set of kinds a reference allows, built when first needed, from the ids in the order of the file.
	const suggesters = new Map<readonly ItemKind[], Suggester>();
	const suggestionsFor = (allowed: readonly ItemKind[]): Suggester => {
		let suggest = suggesters.get(allowed);
		if (!suggest) {
			putInFileOrder();
			const candidates: string[] = [];
			for (const { id, path } of ids) if (declared.get(id)?.path === path && allowed.includes(declared.get(id)!.kind)) candidates.push(id);
			suggest = suggester(candidates);
			suggesters.set(allowed, suggest);
		}
		return suggest;
	};

	/**
	 * Whether a reference is this check's to report: an id of no item, or of an item of a kind
	 * it does not allow (anything not in the form of an id is the schema's to report). Asked
	 * once per reference, tens of thousands of times in a county's map, so nothing is made for
	 * a reference that passes: its path and words are made only for an error.
	 */
	const faulty = (value: unknown, allowed: readonly ItemKind[]): value is string => {
		if (typeof value !== 'string') return false;
		const target = declared.get(value);
		// A declared id has the form of an id.
		return target ? !allowed.includes(target.kind) : ID_PATTERN.test(value);
	};
	/** The error for a `faulty` reference. */
	const wrong = (id: string, allowed: readonly ItemKind[], what: string, path: Path): MapError => {
		const target = declared.get(id);
		return target
			? errorHere(path, 'wrong-kind', `"${shown(id)}" is ${ARTICLE[target.kind]}, but ${what} must be ${kindsInWords(allowed)}`)
			: errorHere(path, 'unknown-id', `unknown id "${shown(id)}": ${what} must be the id of ${kindsInWords(allowed)} in this file${didYouMean(id, suggestionsFor(allowed))}`);
	};

	entries(root('roles')).forEach((role, i) => {
		const agency = field(role, 'agency');
		if (faulty(agency, AGENCY)) errors.push(wrong(agency, AGENCY, "a role's agency", ['roles', i, 'agency']));
	});

	entries(root('groups')).forEach((raw, i) => {
		const group = asMapping(raw);
		if (!group) return;
		const chair = group('chair');
		if (faulty(chair, SEAT)) errors.push(wrong(chair, SEAT, 'a chair', ['groups', i, 'chair']));
		const members = entries(group('members'));
		if (group('members_recorded') === 'not-recorded' && members.length > 0) {
			errors.push(
				errorHere(
					['groups', i, 'members_recorded'],
					'bad-value',
					`members_recorded is "not-recorded", but ${members.length === 1 ? '1 member is' : `${members.length} members are`} listed: use "partial" when the list is not the whole group`
				)
			);
		}
		const seen = new Set<string>();
		for (let j = 0; j < members.length; j++) {
			const member = members[j];
			const record = isMapping(member);
			const id = record ? field(member, 'id') : member;
			if (faulty(id, SEAT)) errors.push(wrong(id, SEAT, 'a member', memberPath(i, j, record)));
			if (typeof id !== 'string') continue;
			if (seen.has(id)) errors.push(errorHere(memberPath(i, j, record), 'duplicate-id', `"${shown(id)}" is listed twice among this group's members; keep one`));
			seen.add(id);
		}
	});

	entries(root('links')).forEach((raw, i) => {
		const link = asMapping(raw);
		if (!link) return;
		const from = link('from');
		const to = link('to');
		if (faulty(from, ANY_ITEM)) errors.push(wrong(from, ANY_ITEM, 'a link end', ['links', i, 'from']));
		if (faulty(to, ANY_ITEM)) errors.push(wrong(to, ANY_ITEM, 'a link end', ['links', i, 'to']));
		if (typeof from === 'string' && from === to) {
			errors.push(errorHere(['links', i, 'to'], 'bad-value', `this link goes from "${from}" to itself; a link joins two different items`));
		}
	});
	return errors;
}

/** Where a group's member lies: its `id` when written as a mapping, else the entry itself. */
const memberPath = (group: number, member: number, record: boolean): Path => (record ? ['groups', group, 'members', member, 'id'] : ['groups', group, 'members', member]);

/** A mapping of the file, read only by the keys it holds itself, never by what an object inherits. */
type Mapping = (key: string) => unknown;

function isMapping(value: unknown): value is object {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field of a mapping of the file, as `asMapping` reads it, without making a reader for one field. */
function field(value: unknown, key: string): unknown {
	return isMapping(value) && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function asMapping(value: unknown): Mapping | undefined {
	if (!isMapping(value)) return undefined;
	// An own property, even one named `__proto__`, is found before anything inherited.
	return (key): unknown => field(value, key);
}

function entries(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}
