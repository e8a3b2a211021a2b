/**
 * A map from two spreadsheets: the elements sheet and the connections sheet that `csv.ts`
 * writes, or that a person fills in by hand or takes out of a spreadsheet-based mapping
 * tool. Every row is checked and every fault reported together, each with its file, row and
 * column and, where a near word exists, a suggestion, as the loader reports a map's faults;
 * nothing is half-imported: a sheet with any fault gives no map. A sheet without ids gets
 * them from the names, in row order, the same sheet always the same ids, never two alike.
 * The map is written as YAML (with the `yaml` package's Document, so it reads like a map
 * written by hand) and read back with the loader, so what comes out is known to load.
 *
 * Cells may name an item by its id or by its name. Values may be written as the format
 * writes them (`mental-health`) or as the app shows them (`Mental health`). Lists are
 * separated by `|`; tiers may also be separated by commas.
 */
import Papa from 'papaparse';
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
import { CONNECTION_HEADERS, ELEMENT_HEADERS, LOCALITY_TYPE } from './csv';
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

/** Other words for a column that people and tools use. */
const HEADER_ALIASES: ReadonlyMap<string, string> = new Map([
	['name', 'Label'],
	['description', 'Notes'],
	['source id', 'From'],
	['target id', 'To'],
	['kind', 'Type']
]);

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

/** A spreadsheet's row, as the user sees it: 1 is the header. */
interface Row {
	readonly file: string;
	readonly row: number;
	readonly cells: readonly string[];
}

interface Sheet {
	readonly file: string;
	/** Column index (0-based) of each known header. */
	readonly columns: ReadonlyMap<string, number>;
	readonly rows: readonly Row[];
}

class Problems {
	readonly errors: MapError[] = [];
	add(file: string, row: number, column: number, path: string, code: ErrorCode, message: string) {
		this.errors.push({ file, line: row, column, path, code, message });
	}
}

/** A cell as written, less the `'` a spreadsheet export puts before a would-be formula. */
function unescapeCell(cell: string): string {
	const trimmed = cell.trim();
	return /^'[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

function readSheet(file: SheetFile, known: readonly string[], required: readonly string[], problems: Problems): Sheet | undefined {
	const text = file.text.replace(/^\ufeff/, '');
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
	// A sheet of one column has no delimiter to find: that is no fault.
	for (const error of parsed.errors.filter((e) => e.type !== 'Delimiter')) {
		// Papa's row is the data's 0-based index; a sheet's rows count from 1.
		const row = (error.row ?? 0) + 1;
		problems.add(file.name, row, 1, '', 'bad-format', `this row could not be read as CSV: ${error.message.toLowerCase()}; check its quotes`);
	}
	const [header, ...body] = parsed.data;
	if (!header || header.every((c) => c.trim() === '')) {
		problems.add(file.name, 1, 1, '', 'empty', `the sheet is empty; expected a first row of column names such as ${required.join(', ')}`);
		return undefined;
	}
	const byLower = new Map(known.map((h) => [h.toLowerCase(), h]));
	const columns = new Map<string, number>();
	header.forEach((cell, i) => {
		const word = unescapeCell(cell);
		if (word === '') return;
		const name = byLower.get(word.toLowerCase()) ?? HEADER_ALIASES.get(word.toLowerCase());
		if (name === undefined || !known.includes(name)) {
			problems.add(file.name, 1, i + 1, word, 'unknown-key', `unknown column "${word}"${didYouMean(word, known)}; the columns are ${known.join(', ')}`);
		} else if (columns.has(name)) {
			problems.add(file.name, 1, i + 1, word, 'duplicate-key', `the column "${name}" is here twice (column ${columns.get(name)! + 1} too); keep one`);
		} else columns.set(name, i);
	});
	for (const name of required) {
		if (!columns.has(name)) problems.add(file.name, 1, 1, name, 'missing-key', `the sheet has no "${name}" column; its first row must name the columns, with ${required.join(', ')} among them`);
	}
	const rows = body
		.map((cells, i): Row => ({ file: file.name, row: i + 2, cells: cells.map(unescapeCell) }))
		.filter((r) => r.cells.some((c) => c !== ''));
	return { file: file.name, columns, rows };
}

/** What one row says, read cell by cell, each fault reported at its cell. */
class RowReader {
	constructor(
		readonly sheet: Sheet,
		readonly row: Row,
		readonly problems: Problems
	) {}

	column(header: string): number {
		return (this.sheet.columns.get(header) ?? 0) + 1;
	}
	cell(header: string): string {
		const i = this.sheet.columns.get(header);
		return i === undefined ? '' : (this.row.cells[i] ?? '');
	}
	fault(header: string, code: ErrorCode, message: string) {
		this.problems.add(this.row.file, this.row.row, this.column(header), header, code, message);
	}
	text(header: string): string | undefined {
		return this.cell(header) || undefined;
	}
	required(header: string, what: string): string | undefined {
		const value = this.cell(header);
		if (value === '') this.fault(header, 'missing-key', `this row has no ${header}; ${what}`);
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

export function importCsv(elementsFile: SheetFile, connectionsFile: SheetFile): Result<ImportedMap> {
	const problems = new Problems();
	const elementSheet = readSheet(elementsFile, ELEMENT_HEADERS, ['Label', 'Type'], problems);
	const connectionSheet = readSheet(connectionsFile, CONNECTION_HEADERS, ['From', 'To', 'Type'], problems);
	if (!elementSheet || !connectionSheet || problems.errors.length > 0) return { ok: false, errors: sortByFile(problems.errors, elementsFile.name) };

	// The rows, each with its kind and name; then the ids: those written first, then those made from names.
	const elements: Element[] = [];
	for (const row of elementSheet.rows) {
		const reader = new RowReader(elementSheet, row, problems);
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
		problems.add(elementSheet.file, 1, 1, 'Type', 'missing-key', `the sheet has no row of Type "${LOCALITY_TYPE}"; add one naming the locality (Label) and its date (As of, like 2005-07)`);
	}
	for (const extra of localities.slice(1)) {
		extra.reader.fault('Type', 'bad-value', `a map describes one locality, and row ${localities[0].reader.row.row} already names it; put each locality in sheets of its own`);
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
			element.reader.fault('ID', 'duplicate-id', `duplicate id "${element.id}": row ${earlier.reader.row.row} already has it`);
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
			if (same && same.length > 1) reader.fault(header, 'unknown-id', `${describeValue(word)} is the name of rows ${same.map((e) => e.reader.row.row).join(' and ')}; write the ID instead`);
			else reader.fault(header, 'unknown-id', `unknown item ${describeValue(word)}: ${what} must be the ID or Label of a row of the elements sheet${didYouMean(word, allWords)}`);
			return undefined;
		}
		if (!allowed.includes(found.kind as ItemKind)) {
			reader.fault(header, 'wrong-kind', `${describeValue(word)} is ${found.kind === 'agency' ? 'an agency' : `a ${found.kind}`} (row ${found.reader.row.row}), but ${what} must be ${allowed.map((k) => (k === 'agency' ? 'an agency' : `a ${k}`)).join(' or ')}`);
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
	for (const row of connectionSheet.rows) {
		const r = new RowReader(connectionSheet, row, problems);
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

	if (problems.errors.length > 0 || !localityData) return { ok: false, errors: sortByFile(problems.errors, elementSheet.file) };

	const map = defined({ locality: localityData, agencies, roles, groups: groups.map((g) => inOrder(g, GROUP_KEYS)), links });
	const text = mapYaml(map, [elementsFile.name, connectionsFile.name].map((name) => name.split(/[\\/]/).at(-1) ?? name));
	const loaded = loadMap(text, { file: `${localityData.id}.yaml` });
	if (!loaded.ok) return { ok: false, errors: sortByFile(loaded.errors.map((e) => placeInSheet(e, origins, elementSheet.file)), elementSheet.file) };
	return { ok: true, value: { text, model: loaded.value } };
}

/** The elements sheet's errors first, then the connections sheet's, each in row order. */
function sortByFile(errors: readonly MapError[], first: string): MapError[] {
	const sorted = sortErrors(errors);
	return [...sorted.filter((e) => e.file === first), ...sorted.filter((e) => e.file !== first)];
}

/** An error the loader found in the YAML made from the sheets, at the row and column it came from. */
function placeInSheet(error: MapError, origins: ReadonlyMap<string, Origin>, elementsFile: string): MapError {
	const match = /^(locality|(?:agencies|roles|groups|links)\[\d+\](?:\.members\[\d+\])?)(?:\.(\w+))?/.exec(error.path);
	const origin = match ? origins.get(match[1]) : undefined;
	if (!origin) return { ...error, file: elementsFile, line: 1, column: 1 };
	const header = (match?.[2] ? origin.columns[match[2]] : origin.whole) || undefined;
	return { ...error, file: origin.reader.row.file, line: origin.reader.row.row, column: header ? origin.reader.column(header) : 1, path: header ?? error.path };
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
