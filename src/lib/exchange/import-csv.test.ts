import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { formatError } from '../load/errors';
import { loadMap } from '../load/load-map';
import { toCsvSheets } from './csv';
import { idFromName, importCsv } from './import-csv';

const E = 'elements.csv';
const C = 'connections.csv';
const importSheets = (elements: string, connections: string) => importCsv({ name: E, text: elements }, { name: C, text: connections });
/** The lines `map import` would print for the sheets' errors. */
function errorLines(elements: string, connections: string): string[] {
	const result = importSheets(elements, connections);
	if (result.ok) throw new Error('expected errors');
	return result.errors.map(formatError);
}

/** A sheet a person might type: no ids, names for references, labels for values. */
const HAND_ELEMENTS = `Label,Type,Sector,Agency,Group type,As of,Meets
Vale,locality,,,,2005-07,
Vale Schools,agency,Education,,,,
CAMHS,agency,mental-health,,,,
Head teacher,role,,Vale Schools,,,
Head teacher,role,,Vale Schools,,,
Panel,group,,,panel,,Termly
`;
const HAND_CONNECTIONS = `From,To,Type,Attendance
Panel,CAMHS,member,occasional
vale-schools,Panel,member,
Panel,CAMHS,Raises issues with,
`;

describe('importing the two CSV sheets', () => {
	it('gives back the small map, hostile names and all', () => {
		const model = smallModel();
		const sheets = toCsvSheets(model);
		const result = importSheets(sheets.elements, sheets.connections);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(comparable(result.value.model)).toEqual(comparable(model));
	});

	it('writes tidy YAML that loads', async () => {
		const sheets = toCsvSheets(smallModel());
		const result = importSheets(sheets.elements, sheets.connections);
		if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
		await expect(result.value.text).toMatchFileSnapshot('__snapshots__/vale-imported.yaml');
		expect(loadMap(result.value.text).ok).toBe(true);
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('gives back an equivalent map: %s', (_, model) => {
		const sheets = toCsvSheets(model);
		const result = importSheets(sheets.elements, sheets.connections);
		if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
		expect(comparable(result.value.model)).toEqual(comparable(model));
	});

	it('makes ids from names, stably and without collisions, and reads names and labels where ids and values belong', () => {
		const result = importSheets(HAND_ELEMENTS, HAND_CONNECTIONS);
		if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
		const { model } = result.value;
		expect(model.locality.id).toBe('vale');
		expect(model.agencies.map((a) => [a.id, a.sector])).toEqual([
			['vale-schools', 'education'],
			['camhs', 'mental-health']
		]);
		expect(model.roles.map((r) => [r.id, r.agency])).toEqual([
			['head-teacher', 'vale-schools'],
			['head-teacher-2', 'vale-schools']
		]);
		expect(model.groups[0]).toMatchObject({ id: 'panel', meets: 'termly', members: [{ id: 'camhs', attendance: 'occasional' }, { id: 'vale-schools', attendance: 'regular' }] });
		expect(model.links).toMatchObject([{ from: 'panel', to: 'camhs', kind: 'raises-issues' }]);
		// The same sheet, the same ids.
		const again = importSheets(HAND_ELEMENTS, HAND_CONNECTIONS);
		expect(again.ok && again.value.text).toBe(result.value.text);
	});

	it('never makes an id that a row already has', () => {
		const result = importSheets('ID,Label,Type,Sector,As of\n,Vale,locality,,2005\n,Panel,agency,other,\npanel,Other,agency,other,\n', 'From,To,Type\n');
		expect(result.ok && result.value.model.agencies.map((a) => a.id)).toEqual(['panel-2', 'panel']);
	});

	it.each([
		['Schools & Co.', 'schools-co'],
		['  Café Crème  ', 'cafe-creme'],
		['<script>', 'script'],
		['!!!', 'role']
	])('makes the id of %j', (name, id) => {
		expect(idFromName(name, 'role')).toBe(id);
	});

	it('reports every bad cell with its file, row and column, and a suggestion', () => {
		const elements = `ID,Label,Type,Sector,Agency,Group type,Fundng,As of
vale,Vale,locality,,,,,2005-07
schools,Schools,agency,educaton,,,,
head,Head,role,,school,,,
panel,Panel,gruop,,,,,
`;
		expect(errorLines(elements, 'From,To,Type\n')).toEqual([
			'elements.csv:1:7: Fundng: unknown column "Fundng"; did you mean "Funding"?; the columns are ID, Label, Type, Sector, Agency, Group type, Tiers, Count, Funding, Systems minder, External, Purpose, Focus, Membership, Meets, Chair, Members recorded, Groups recorded, Absences, Locality kind, As of, Boundary, Summary, Sources, Expected sectors, Notes, Source'
		]);
		const fixed = elements.replace('Fundng', 'Funding');
		expect(errorLines(fixed, 'From,To,Type\nhead,panel,member\npanel,schols,refers\n')).toEqual([
			'elements.csv:3:4: Sector: "educaton" is not a sector; expected one of education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other; did you mean "education"?',
			'elements.csv:4:5: Agency: unknown item "school": a role’s Agency must be the ID or Label of a row of the elements sheet; did you mean "schools" or "Schools"?',
			'elements.csv:5:3: Type: "gruop" is not a type of row; expected one of locality, agency, role, group; did you mean "group"?',
			'connections.csv:2:2: To: unknown item "panel": a membership’s To must be the ID or Label of a row of the elements sheet',
			'connections.csv:3:1: From: unknown item "panel": a link’s From must be the ID or Label of a row of the elements sheet',
			'connections.csv:3:2: To: unknown item "schols": a link’s To must be the ID or Label of a row of the elements sheet; did you mean "schools" or "Schools"?'
		]);
	});

	it('refuses a value in a column that is not for the row’s type, a missing locality, and a wrong kind of item', () => {
		expect(errorLines('Label,Type,Sector,Funding\nSchools,agency,education,core\n', 'From,To,Type\nSchools,Schools,member\n')).toEqual([
			'elements.csv:1:1: Type: the sheet has no row of Type "locality"; add one naming the locality (Label) and its date (As of, like 2005-07)',
			'elements.csv:2:4: Funding: Funding is not for an agency: only roles have it; leave it empty',
			'connections.csv:2:1: From: a membership joins a group and a role or an agency; found an agency and an agency'
		]);
	});

	it('refuses the whole import when any row is wrong: nothing is half-imported', () => {
		const result = importSheets(HAND_ELEMENTS, `${HAND_CONNECTIONS}Panel,Nobody,member,\n`);
		expect(result.ok).toBe(false);
	});

	it('places an error the loader finds at the row and column it came from', () => {
		const lines = errorLines('Label,Type,Group type,Members recorded,As of\nVale,locality,,,2005\nA,agency,,,\n', 'From,To,Type\n');
		expect(lines).toEqual(['elements.csv:3:1: Sector: an agency needs a sector: one of education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other']);
	});

	it('says so when a sheet is empty or its quotes do not close', () => {
		expect(errorLines('', 'From,To,Type\n')).toEqual(['elements.csv:1:1: the sheet is empty; expected a first row of column names such as Label, Type']);
		expect(errorLines('Label,Type,As of\nVale,locality,2005\n"A,agency,\n', 'From,To,Type\n')[0]).toMatch(/^elements\.csv:3:1: this row could not be read as CSV/);
	});
});

describe('faults only the loader finds, placed in the sheets', () => {
	it('a member listed twice, and a link from an item to itself', () => {
		const elements = 'Label,Type,Sector,Group type,As of\nVale,locality,,,2005\nA,agency,other,,\nP,group,,panel,\n';
		expect(errorLines(elements, 'From,To,Type\nP,A,member\nA,P,member\nA,A,informs\n')).toEqual([
			'connections.csv:3:1: From: "a" is listed twice among this group\'s members; keep one',
			'connections.csv:4:2: To: this link goes from "a" to itself; a link joins two different items'
		]);
	});
});

describe('whatever the sheets hold', () => {
	it('ends in a map or in errors placed at a row and column, never a throw', () => {
		const cell = fc.oneof(fc.constantFrom('', 'locality', 'agency', 'role', 'group', 'member', 'refers', 'x', 'Vale', '2005', '"', '\n', ',', "'=1", '3|4'), fc.string({ maxLength: 6 }));
		const sheet = (header: readonly string[]) => fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 6 }).map((rows) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
		fc.assert(
			fc.property(sheet(['ID', 'Label', 'Type', 'Sector', 'Agency', 'Group type', 'As of']), sheet(['From', 'To', 'Type', 'Attendance']), (elements, connections) => {
				const result = importSheets(elements, connections);
				if (result.ok) expect(loadMap(result.value.text).ok).toBe(true);
				else for (const e of result.errors) expect(e.line >= 1 && e.column >= 1 && (e.file === E || e.file === C)).toBe(true);
			}),
			{ numRuns: 300, seed: 7 }
		);
	});
});
