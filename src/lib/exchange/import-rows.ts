/**
 * A map from rows: the part every importer shares. The CSV importer (`import-csv.ts`) reads
 * its two sheets into rows, and the GEXF and GraphML importer (`import-graph.ts`) reads its
 * nodes and edges into the same rows, each value keyed by the spreadsheet's column header
 * and carrying where it stands in its file. Every row is checked and every fault reported
 * together, each with its file, line and column and, where a near word exists, a suggestion,
 * as the loader reports a map's faults; nothing is half-imported: rows with any fault give no
 * map. Items without ids get them from their names, in order, the same rows always the same
 * ids, never two alike. The map is written as YAML (with the `yaml` package's Document, so it
 * reads like a map written by hand) and read back with the loader, so what comes out is known
 * to load.
 *
 * Values may name an item by its id or by its name, and may be written as the format writes
 * them (`mental-health`) or as the app shows them (`Mental health`). Lists are separated by
 * `|`; tiers may also be separated by commas.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { AS_OF_PATTERN, calendarProblem, ID_PATTERN } from '../format/patterns';
import {
	attendances,
	boundaries,
	focuses,
	fundings,
	groupTypes,
	linkKinds,
	localityKinds,
	meetingFrequencies,
	memberships,
	recordings,
	sectors,
	type Term
} from '../format/vocabulary';
import { describeValue, sortErrors, type ErrorCode, type MapError, type Result } from '../load/errors';
import { loadMap } from '../load/load-map';
import { didYouMean } from '../load/suggest';
import { itemAttributes, MEMBER, type ItemKind } from './attributes';
import { LOCALITY_TYPE } from './csv';
import type { LocalityModel } from '../model/locality-model';

export interface SheetFile {
	/** The file's name as the user knows it; every error carries it. */
	readonly name: string;
	readonly text: string;
}

export interface ImportedMap {
	/** The map as YAML text, ready to save as `<id>.yaml`. */
	readonly text: string;
	readonly model: LocalityModel;
}

/** Where something stands in its file: a sheet's row and column, or an XML element's line and column. */
export interface Place {
	readonly line: number;
	readonly column: number;
}

/** One value as its file writes it, where it stands, and the key path an error about it names. */
export interface Cell extends Place {
	readonly text: string;
	readonly path: string;
}

/** A row of the elements or connections sheet, or a node, an edge or the graph of an XML file read as one. */
export interface Row extends Place {
	readonly file: string;
	/** How the messages name it: `row 3`, `the node at line 12`. */
	readonly name: string;
	/** What it is, to the messages: `row`, `node`, `edge`. */
	readonly noun: string;
	/** Each value, by the spreadsheet's column header (`Sector`, `Group type`). */
	readonly cells: ReadonlyMap<string, Cell>;
	/** Where a value the row lacks is reported, and under which path. */
	readonly missing: (header: string) => Cell;
}

/** The rows of one kind, with the file they came from. */
export interface Rows {
	readonly file: string;
	/** One of its rows, to the messages: `a row of the elements sheet`, `a node`. */
	readonly entry: string;
	readonly rows: readonly Row[];
}

export class Problems {
	readonly errors: MapError[] = [];
	add(file: string, line: number, column: number, path: string, code: ErrorCode, message: string) {
		this.errors.push({ file, line, column, path, code, message });
	}
}

/** What one row says, read value by value, each fault reported at its value. */
class RowReader {
	constructor(
		readonly row: Row,
		readonly problems: Problems
	) {}

	/** The value under a header, or where its absence is reported. */
	place(header: string): Cell {
		return this.row.cells.get(header) ?? this.row.missing(header);
	}
	cell(header: string): string {
		return this.row.cells.get(header)?.text ?? '';
	}
	fault(header: string, code: ErrorCode, message: string) {
		const at = this.place(header);
		this.problems.add(this.row.file, at.line, at.column, at.path, code, message);
	}
	text(header: string): string | undefined {
		return this.cell(header) || undefined;
	}
	required(header: string, what: string): string | undefined {
		const value = this.cell(header);
		if (value === '') this.fault(header, 'missing-key', `this ${this.row.noun} has no ${header}; ${what}`);
		return value || undefined;
	}
	term<T extends string>(header: string, terms: { list: readonly Term<T>[]; values: readonly T[] }, what: string): T | undefined {
		const value = this.cell(header);
		return value === '' ? undefined : this.word(header, value, terms, what);
	}
	word<T extends string>(header: string, value: string, terms: { list: readonly Term<T>[]; values: readonly T[] }, what: string): T | undefined {
		const lower = value.toLowerCase();
		const found = terms.list.find((t) => t.value === lower || t.label.toLowerCase() === lower);
		if (found) return found.value;
		this.fault(header, 'bad-value', `${describeValue(value)} is not ${what}; expected one of ${terms.values.join(', ')}${didYouMean(lower, terms.values)}`);
		return undefined;
	}
	list(header: string): string[] | undefined {
		const value = this.cell(header);
		return value === '' ? undefined : value.split('|').map((v) => v.trim()).filter((v) => v !== '');
	}
	boolean(header: string): boolean | undefined {
		const value = this.cell(header).toLowerCase();
		if (value === '') return undefined;
		if (value === 'true' || value === 'yes') return true;
		if (value === 'false' || value === 'no') return false;
		this.fault(header, 'wrong-type', `expected true or false; found ${describeValue(this.cell(header))}`);
		return undefined;
	}
	count(header: string): number | undefined {
		const value = this.cell(header);
		if (value === '') return undefined;
		const n = /^\d+(?:\.\d+)?$|^\.\d+$/.test(value) ? Number(value) : NaN;
		if (n > 0) return n;
		this.fault(header, 'bad-value', `expected a number more than 0, like 3 or 0.8; found ${describeValue(value)}`);
		return undefined;
	}
	tiers(header: string): (1 | 2 | 3 | 4)[] | undefined {
		const value = this.cell(header);
		if (value === '') return undefined;
		const parts = value.split(/[|,;]/).map((p) => p.trim()).filter((p) => p !== '');
		const bad = parts.filter((p) => !/^[1-4]$/.test(p));
		if (bad.length > 0) {
			this.fault(header, 'bad-value', `tiers are 1 to 4 (1 universal, 2 additional, 3 complex, 4 acute), separated by |, like 3|4; found ${describeValue(value)}`);
			return undefined;
		}
		return parts.map((p) => Number(p) as 1 | 2 | 3 | 4);
	}
}

const KIND_WORDS: ReadonlyMap<string, ItemKind | typeof LOCALITY_TYPE> = new Map([
	['locality', LOCALITY_TYPE],
	['agency', 'agency'],
	['agencies', 'agency'],
	['role', 'role'],
	['roles', 'role'],
	['post', 'role'],
	['group', 'group'],
	['groups', 'group']
]);
const MEMBER_WORDS = new Set([MEMBER, 'members', 'membership', 'sits on', 'member of']);

/** An id made from a name: lower case, accents taken off, anything else a single hyphen; at most 60 characters. */
export function idFromName(name: string, fallback: string): string {
	const id = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, 60)
		.replace(/^-+|-+$/g, '');
	return id || fallback;
}

/** `base`, or `base-2`, `base-3`... the first not taken; the one given is then taken. */
function freeId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

type Kind = ItemKind | typeof LOCALITY_TYPE;
interface Element {
	readonly reader: RowReader;
	readonly kind: Kind;
	readonly label: string;
	id: string;
}

/** Where each part of the map came from, so an error the loader finds is placed in the sheet. */
interface Origin {
	readonly reader: RowReader;
	/** The column of each field of the part. */
	readonly columns: Readonly<Record<string, string>>;
	/** The column for an error about the part as a whole (a member listed twice: its cell). */
	readonly whole?: string;
}

const ITEM_COLUMN: Readonly<Record<string, string>> = Object.fromEntries([
	['id', 'ID'],
	['name', 'Label'],
	['type', 'Group type'],
	...itemAttributes.map((a) => [a.key, a.header])
]);
const LOCALITY_COLUMN: Readonly<Record<string, string>> = { id: 'ID', name: 'Label', kind: 'Locality kind', as_of: 'As of', boundary: 'Boundary', summary: 'Summary', sources: 'Sources', expected_sectors: 'Expected sectors', notes: 'Notes', source: 'Source' };
const TIE_COLUMN: Readonly<Record<string, string>> = { from: 'From', to: 'To', kind: 'Type', attendance: 'Attendance', notes: 'Notes', source: 'Source' };

/** A group's keys in the order the format lists them. */
const GROUP_KEYS = ['id', 'name', 'type', 'purpose', 'focus', 'tiers', 'membership', 'meets', 'chair', 'external', 'members', 'members_recorded', 'absences', 'notes', 'source'];
const inOrder = (object: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));

/** Drops the keys whose value is undefined, keeping the order of the rest. */
function defined<T extends Record<string, unknown>>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The map the rows make, or every fault in them. The elements' rows hold one row of Type
 * `locality` and one row per item; the connections' rows one row per membership and link.
 */
export function importRows(elementRows: Rows, connectionRows: Rows, problems = new Problems()): Result<ImportedMap> {
	// The rows, each with its kind and name; then the ids: those written first, then those made from names.
	const elements: Element[] = [];
	for (const row of elementRows.rows) {
		const reader = new RowReader(row, problems);
		const typeWord = reader.required('Type', `write ${LOCALITY_TYPE}, agency, role or group`);
		const label = reader.required('Label', 'every item needs a name');
		if (typeWord === undefined) continue;
		const kind = KIND_WORDS.get(typeWord.toLowerCase());
		if (kind === undefined) {
			reader.fault('Type', 'bad-value', `${describeValue(typeWord)} is not a type of row; expected one of ${LOCALITY_TYPE}, agency, role, group${didYouMean(typeWord.toLowerCase(), [LOCALITY_TYPE, 'agency', 'role', 'group'])}`);
			continue;
		}
		elements.push({ reader, kind, label: label ?? '', id: reader.cell('ID') });
	}
	const localities = elements.filter((e) => e.kind === LOCALITY_TYPE);
	if (localities.length === 0) {
		problems.add(elementRows.file, 1, 1, 'Type', 'missing-key', `the sheet has no row of Type "${LOCALITY_TYPE}"; add one naming the locality (Label) and its date (As of, like 2005-07)`);
	}
	for (const extra of localities.slice(1)) {
		extra.reader.fault('Type', 'bad-value', `a map describes one locality, and ${localities[0].reader.row.name} already names it; put each locality in sheets of its own`);
	}
	const taken = new Set<string>();
	const firstRow = new Map<string, Element>();
	for (const element of elements) {
		if (element.id === '') continue;
		if (!ID_PATTERN.test(element.id)) {
			element.reader.fault('ID', 'bad-format', `expected an id in kebab-case (lower-case letters and digits joined by single hyphens); found ${describeValue(element.id)}; did you mean "${idFromName(element.id, element.kind)}"?`);
			continue;
		}
		const earlier = firstRow.get(element.id);
		if (earlier && element.kind !== LOCALITY_TYPE && earlier.kind !== LOCALITY_TYPE) {
			element.reader.fault('ID', 'duplicate-id', `duplicate id "${element.id}": ${earlier.reader.row.name} already has it`);
			continue;
		}
		if (!earlier) firstRow.set(element.id, element);
		if (element.kind !== LOCALITY_TYPE) taken.add(element.id);
	}
	for (const element of elements) {
		if (element.id === '' && element.kind !== LOCALITY_TYPE) element.id = freeId(idFromName(element.label, element.kind), taken);
	}
	const locality = localities[0];
	if (locality && locality.id === '') locality.id = idFromName(locality.label, 'locality');

	// References by id, or by a name that only one item has.
	const items = elements.filter((e): e is Element & { kind: ItemKind } => e.kind !== LOCALITY_TYPE);
	const byId = new Map(items.map((e) => [e.id, e]));
	const byName = new Map<string, Element[]>();
	for (const e of items) byName.set(e.label.toLowerCase(), [...(byName.get(e.label.toLowerCase()) ?? []), e]);
	const allWords = [...items.map((e) => e.id), ...items.map((e) => e.label)];
	const resolve = (reader: RowReader, header: string, word: string, allowed: readonly ItemKind[], what: string): Element | undefined => {
		const found = byId.get(word) ?? (byName.get(word.toLowerCase())?.length === 1 ? byName.get(word.toLowerCase())![0] : undefined);
		if (!found) {
			const same = byName.get(word.toLowerCase());
			if (same && same.length > 1) reader.fault(header, 'unknown-id', `${describeValue(word)} is the name of ${same.map((e) => e.reader.row.name).join(' and ')}; write the ID instead`);
			else reader.fault(header, 'unknown-id', `unknown item ${describeValue(word)}: ${what} must be the ID or Label of ${elementRows.entry}${didYouMean(word, allWords)}`);
			return undefined;
		}
		if (!allowed.includes(found.kind as ItemKind)) {
			reader.fault(header, 'wrong-kind', `${describeValue(word)} is ${found.kind === 'agency' ? 'an agency' : `a ${found.kind}`} (${found.reader.row.name}), but ${what} must be ${allowed.map((k) => (k === 'agency' ? 'an agency' : `a ${k}`)).join(' or ')}`);
			return undefined;
		}
		return found;
	};

	// Each row read into the part of the map it makes, with where it came from.
	const origins = new Map<string, Origin>();
	const notFor = (reader: RowReader, kind: Kind, headers: readonly string[]) => {
		for (const header of headers) {
			if (reader.cell(header) === '') continue;
			const owners = itemAttributes.find((a) => a.header === header)?.kinds;
			const whose = owners ? `only ${owners.map((k) => (k === 'agency' ? 'agencies' : `${k}s`)).join(' and ')} have it` : `only the ${LOCALITY_TYPE} row has it`;
			reader.fault(header, 'unknown-key', `${header} is not for ${kind === 'agency' ? 'an agency' : `a ${kind}`}: ${whose}; leave it empty`);
		}
	};
	const localityHeaders = ['Locality kind', 'As of', 'Boundary', 'Summary', 'Sources', 'Expected sectors'];
	const itemHeaders = itemAttributes.map((a) => a.header).filter((h) => h !== 'Notes' && h !== 'Source');

	let localityData: Record<string, unknown> | undefined;
	if (locality) {
		const r = locality.reader;
		notFor(r, LOCALITY_TYPE, itemHeaders);
		const asOf = r.required('As of', 'write the date the map describes, like 2005-07');
		if (asOf !== undefined && (!AS_OF_PATTERN.test(asOf) || calendarProblem(asOf))) {
			r.fault('As of', 'bad-format', calendarProblem(asOf) ?? `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, like 2005-07; found ${describeValue(asOf)}`);
		}
		const expected = r.list('Expected sectors')?.map((s) => r.word('Expected sectors', s, sectors, 'a sector'));
		localityData = defined({
			id: locality.id,
			name: locality.label,
			kind: r.term('Locality kind', localityKinds, 'a kind of locality'),
			as_of: asOf,
			boundary: r.term('Boundary', boundaries, 'a kind of boundary'),
			summary: r.text('Summary'),
			sources: r.list('Sources'),
			expected_sectors: expected,
			notes: r.text('Notes'),
			source: r.text('Source')
		});
		origins.set('locality', { reader: r, columns: LOCALITY_COLUMN });
	}

	const agencies: Record<string, unknown>[] = [];
	const roles: Record<string, unknown>[] = [];
	const groups: (Record<string, unknown> & { members?: unknown[] })[] = [];
	const groupRecording = new Map<string, string | undefined>();
	const groupData = new Map<string, Record<string, unknown> & { members?: unknown[] }>();
	for (const e of items) {
		const r = e.reader;
		const owned = itemAttributes.filter((a) => !a.kinds.includes(e.kind)).map((a) => a.header);
		notFor(r, e.kind, [...owned, ...localityHeaders]);
		const common = { id: e.id, name: e.label };
		const tail = { notes: r.text('Notes'), source: r.text('Source') };
		const groupsRecorded = r.term('Groups recorded', recordings, 'a recording');
		if (e.kind === 'agency') {
			const sector = r.cell('Sector') === '' ? (r.fault('Sector', 'missing-key', `an agency needs a sector: one of ${sectors.values.join(', ')}`), undefined) : r.term('Sector', sectors, 'a sector');
			origins.set(`agencies[${agencies.length}]`, { reader: r, columns: ITEM_COLUMN });
			agencies.push(defined({ ...common, sector, tiers: r.tiers('Tiers'), count: r.count('Count'), external: r.boolean('External'), groups_recorded: groupsRecorded === 'complete' ? undefined : groupsRecorded, ...tail }));
		} else if (e.kind === 'role') {
			const agencyWord = r.required('Agency', 'a role needs the agency that employs it');
			const agency = agencyWord === undefined ? undefined : resolve(r, 'Agency', agencyWord, ['agency'], 'a role’s Agency');
			origins.set(`roles[${roles.length}]`, { reader: r, columns: ITEM_COLUMN });
			roles.push(
				defined({ ...common, agency: agency?.id, count: r.count('Count'), funding: r.term('Funding', fundings, 'a kind of funding'), systems_minder: r.boolean('Systems minder'), tiers: r.tiers('Tiers'), groups_recorded: groupsRecorded === 'complete' ? undefined : groupsRecorded, ...tail })
			);
		} else {
			const type = r.cell('Group type') === '' ? (r.fault('Group type', 'missing-key', `a group needs a type: one of ${groupTypes.values.join(', ')}`), undefined) : r.term('Group type', groupTypes, 'a type of group');
			const chairWord = r.cell('Chair');
			const chair = chairWord === '' ? undefined : resolve(r, 'Chair', chairWord, ['role', 'agency'], 'a group’s Chair');
			const data = defined({
				...common,
				type,
				purpose: r.text('Purpose'),
				focus: r.term('Focus', focuses, 'a focus'),
				tiers: r.tiers('Tiers'),
				membership: r.term('Membership', memberships, 'a kind of membership'),
				meets: r.term('Meets', meetingFrequencies, 'a frequency'),
				chair: chair?.id,
				external: r.boolean('External'),
				members: [] as unknown[],
				members_recorded: undefined as string | undefined,
				absences: r.text('Absences'),
				...tail
			});
			groupRecording.set(e.id, r.term('Members recorded', recordings, 'a recording'));
			origins.set(`groups[${groups.length}]`, { reader: r, columns: ITEM_COLUMN });
			groups.push(data);
			groupData.set(e.id, data);
		}
	}

	const links: Record<string, unknown>[] = [];
	const memberRows = new Map<string, RowReader[]>();
	for (const row of connectionRows.rows) {
		const r = new RowReader(row, problems);
		const typeWord = r.required('Type', `write ${MEMBER} for a membership, or a kind of link: ${linkKinds.values.join(', ')}`);
		const fromWord = r.required('From', 'a connection needs both its ends');
		const toWord = r.required('To', 'a connection needs both its ends');
		if (typeWord === undefined || fromWord === undefined || toWord === undefined) continue;
		if (MEMBER_WORDS.has(typeWord.toLowerCase())) {
			if (r.cell('Source') !== '') r.fault('Source', 'unknown-key', 'a membership has no Source of its own; put it in Notes, or on the group');
			const attendance = r.term('Attendance', attendances, 'an attendance');
			const from = resolve(r, 'From', fromWord, ['group', 'role', 'agency'], 'a membership’s From');
			const to = resolve(r, 'To', toWord, ['group', 'role', 'agency'], 'a membership’s To');
			if (!from || !to) continue;
			// The group first, as the map lists members; a sheet may name the member first ("sits on").
			const [group, member, memberHeader] = from.kind === 'group' ? [from, to, 'To'] : [to, from, 'From'];
			if (group.kind !== 'group' || member.kind === 'group') {
				r.fault(memberHeader, 'wrong-kind', `a membership joins a group and a role or an agency; found ${from.kind === 'agency' ? 'an agency' : `a ${from.kind}`} and ${to.kind === 'agency' ? 'an agency' : `a ${to.kind}`}`);
				continue;
			}
			const data = groupData.get(group.id)!;
			const notes = r.text('Notes');
			const index = data.members!.length;
			origins.set(`groups[${groups.indexOf(data)}].members[${index}]`, { reader: r, columns: { ...TIE_COLUMN, id: memberHeader }, whole: memberHeader });
			data.members!.push(attendance === undefined || attendance === 'regular' ? (notes ? { id: member.id, notes } : member.id) : defined({ id: member.id, attendance, notes }));
			memberRows.set(group.id, [...(memberRows.get(group.id) ?? []), r]);
		} else {
			const kind = r.word('Type', typeWord, linkKinds, `${MEMBER} or a kind of link`);
			if (r.cell('Attendance') !== '') r.fault('Attendance', 'unknown-key', 'only a membership has an Attendance; leave it empty for a link');
			const from = resolve(r, 'From', fromWord, ['group', 'role', 'agency'], 'a link’s From');
			const to = resolve(r, 'To', toWord, ['group', 'role', 'agency'], 'a link’s To');
			if (!kind || !from || !to) continue;
			origins.set(`links[${links.length}]`, { reader: r, columns: TIE_COLUMN });
			links.push(defined({ from: from.id, to: to.id, kind, notes: r.text('Notes'), source: r.text('Source') }));
		}
	}

	// Who sits on each group: the rows say who; Members recorded, how fully.
	for (const [id, data] of groupData) {
		const recorded = groupRecording.get(id);
		const listed = data.members!.length > 0;
		if (recorded === 'not-recorded' && listed) {
			const first = memberRows.get(id)![0];
			first.fault('From', 'bad-value', `the group "${id}" says its members are not recorded (Members recorded), yet this row names one; say partial instead`);
		}
		if (!listed && (recorded === undefined || recorded === 'not-recorded')) delete data.members;
		data.members_recorded = recorded === undefined || recorded === 'complete' || (!listed && recorded === 'not-recorded') ? undefined : recorded;
		if (data.members_recorded === undefined) delete data.members_recorded;
	}

	if (problems.errors.length > 0 || !localityData) return { ok: false, errors: sortByFile(problems.errors, elementRows.file) };

	const map = defined({ locality: localityData, agencies, roles, groups: groups.map((g) => inOrder(g, GROUP_KEYS)), links });
	const text = mapYaml(map, [...new Set([elementRows.file, connectionRows.file])].map((name) => name.split(/[\\/]/).at(-1) ?? name));
	const loaded = loadMap(text, { file: `${localityData.id}.yaml` });
	if (!loaded.ok) return { ok: false, errors: sortByFile(loaded.errors.map((e) => placeInRows(e, origins, elementRows.file)), elementRows.file) };
	return { ok: true, value: { text, model: loaded.value } };
}

/** The elements' file's errors first, then the connections' file's, each in order of place. */
export function sortByFile(errors: readonly MapError[], first: string): MapError[] {
	const sorted = sortErrors(errors);
	return [...sorted.filter((e) => e.file === first), ...sorted.filter((e) => e.file !== first)];
}

/** An error the loader found in the YAML made from the rows, at the value it came from. */
function placeInRows(error: MapError, origins: ReadonlyMap<string, Origin>, elementsFile: string): MapError {
	const match = /^(locality|(?:agencies|roles|groups|links)\[\d+\](?:\.members\[\d+\])?)(?:\.(\w+))?/.exec(error.path);
	const origin = match ? origins.get(match[1]) : undefined;
	if (!origin) return { ...error, file: elementsFile, line: 1, column: 1 };
	const header = (match?.[2] ? origin.columns[match[2]] : origin.whole) || undefined;
	const at = header ? origin.reader.place(header) : undefined;
	return { ...error, file: origin.reader.row.file, line: at?.line ?? origin.reader.row.line, column: at?.column ?? origin.reader.row.column, path: at?.path ?? error.path };
}

/**
 * The map as YAML, laid out as the maps in maps/ are: a short item on one line in braces,
 * a longer one key by key, lists of plain values in brackets.
 */
export function mapYaml(map: object, from: readonly string[]): string {
	const doc = new Document(map);
	doc.commentBefore = ` yaml-language-server: $schema=../static/schema/locality-map.schema.json\n Imported from ${from.join(' and ')}.`;
	/** Written in brackets or braces if it then fits on one line of `width`. */
	const flowIfFits = (node: Node & { flow?: boolean }, width: number) => {
		node.flow = true;
		const line = new Document(node).toString({ lineWidth: 0, flowCollectionPadding: true }).trim();
		if (line.includes('\n') || line.length > width) node.flow = false;
	};
	const tidy = (node: Node | null | undefined, depth: number) => {
		if (isSeq(node)) {
			for (const item of node.items) tidy(item as Node, depth + 1);
			if (node.items.every((item) => isScalar(item))) flowIfFits(node, 80);
		} else if (isMap(node)) {
			for (const pair of node.items) tidy(pair.value as Node, depth + 1);
			// An item of a list goes on one line where it fits.
			if (depth >= 2) flowIfFits(node, 100);
		}
	};
	tidy(doc.contents, 0);
	return doc.toString({ lineWidth: 120, flowCollectionPadding: true });
}
