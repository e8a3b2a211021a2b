/**
 * The loader, rule by rule: each test takes the one valid map of fixtures.ts, breaks
 * exactly one thing and asserts the exact error (line, column, path, code, message).
 * Line numbers are those of the listing in fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { indexItems } from '../model/locality-model';
import { FILE, VALID_MAP, errorsOf, insertAfter, lineOf, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { loadMap } from './load-map';

const SECTORS =
	'education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other';
const LINK_KINDS = 'reports-to, raises-issues, refers, commissions, consults, supervises, funds, informs';
const KEBAB = 'a kebab-case id: lower-case letters and digits joined by single hyphens, like "social-care"';
const AS_OF = 'a date written YYYY, YYYY-MM or YYYY-MM-DD, like 2005-07';
const AGENCY_KEYS = 'id, name, sector, tiers, count, external, groups_recorded, notes, source';
const ROLE_KEYS = 'id, name, agency, count, funding, systems_minder, tiers, groups_recorded, notes, source';
const GROUP_KEYS = 'id, name, type, purpose, focus, tiers, membership, meets, chair, external, members, members_recorded, absences, notes, source';
const RECORDINGS = 'complete, partial, not-recorded';

describe('the valid map', () => {
	it('loads to the expected model', () => {
		expect(loadMap(VALID_MAP, { file: FILE })).toEqual({
			ok: true,
			value: {
				file: FILE,
				locality: { id: 'example-vale', name: 'Example Vale', kind: 'pilot', as_of: '2005' },
				agencies: [
					{ id: 'schools', name: 'Schools', sector: 'education', tiers: [1, 2], count: 19, kind: 'agency', at: { line: 7, column: 5 }, groups_recorded: 'complete' },
					{ id: 'social-care', name: 'Social and Health Care', sector: 'social-care', kind: 'agency', at: { line: 12, column: 5 }, groups_recorded: 'complete' }
				],
				roles: [
					{ id: 'hsclw', name: 'Home School Community Link Worker', agency: 'schools', count: 3, kind: 'role', at: { line: 16, column: 5 }, groups_recorded: 'complete' }
				],
				groups: [
					{
						id: 'core-group',
						name: 'Core group',
						type: 'core-group',
						chair: 'hsclw',
						kind: 'group',
						at: { line: 21, column: 5 },
						members_recorded: 'complete',
						members: [
							{ id: 'hsclw', attendance: 'regular' },
							{ id: 'social-care', attendance: 'occasional' },
							{ id: 'schools', attendance: 'regular' }
						]
					}
				],
				links: [{ from: 'core-group', to: 'social-care', kind: 'refers', at: { line: 30, column: 5 } }]
			}
		});
	});

	it('has the counts of the file', () => {
		const model = modelOf(VALID_MAP);
		expect([model.agencies.length, model.roles.length, model.groups.length, model.links.length]).toEqual([2, 1, 1, 1]);
		expect(model.groups[0].members).toHaveLength(3);
	});

	it('reads a bare year as_of (a YAML number) as the string "2005"', () => {
		expect(modelOf(VALID_MAP).locality.as_of).toBe('2005');
	});

	it.each(['2005-07', '2005-07-31', '"2005"'])('keeps as_of %s as text', (asOf) => {
		expect(modelOf(replaceLine('  as_of: 2005', `  as_of: ${asOf}`)).locality.as_of).toBe(asOf.replaceAll('"', ''));
	});

	it('normalises every member to {id, attendance}, regular by default', () => {
		const members = modelOf(VALID_MAP).groups[0].members;
		expect(members).toEqual([
			{ id: 'hsclw', attendance: 'regular' },
			{ id: 'social-care', attendance: 'occasional' },
			{ id: 'schools', attendance: 'regular' }
		]);
	});

	it('reads bytes the same as text', () => {
		expect(loadMap(new TextEncoder().encode(VALID_MAP), { file: FILE })).toEqual(loadMap(VALID_MAP, { file: FILE }));
	});

	it('names the file map.yaml when not told', () => {
		const result = loadMap(VALID_MAP);
		expect(result.ok && result.value.file).toBe('map.yaml');
	});

	it('loads with the four lists absent', () => {
		const model = modelOf('locality:\n  id: example-vale\n  name: Example Vale\n  as_of: 2005\n');
		expect(model).toEqual({ file: FILE, locality: { id: 'example-vale', name: 'Example Vale', as_of: '2005' }, agencies: [], roles: [], groups: [], links: [] });
	});

	it('fixture lines are where the tests say', () => {
		expect([lineOf('  - id: schools'), lineOf('roles:'), lineOf('    members:'), lineOf('    kind: refers')]).toEqual([7, 15, 25, 32]);
	});
});

describe('unknown keys', () => {
	it('suggests the known key that is close (membres -> members)', () => {
		expect(errorsOf(replaceLine('    members:', '    membres:'))).toEqual([
			mapError(25, 5, 'groups[0].membres', 'unknown-key', 'unknown key "membres"; did you mean "members"?')
		]);
	});

	it('suggests for a transposition (kidn -> kind)', () => {
		expect(errorsOf(replaceLine('  kind: pilot', '  kidn: pilot'))).toEqual([
			mapError(4, 3, 'locality.kidn', 'unknown-key', 'unknown key "kidn"; did you mean "kind"?')
		]);
	});

	it('lists the allowed keys when none is close', () => {
		expect(errorsOf(insertAfter('    count: 3', '    colour: red'))).toEqual([
			mapError(20, 5, 'roles[0].colour', 'unknown-key', `unknown key "colour"; the keys allowed here are ${ROLE_KEYS}`)
		]);
	});

	it('lists the new keys among those allowed on a group', () => {
		expect(errorsOf(insertAfter('    type: core-group', '    colour: red'))).toEqual([
			mapError(24, 5, 'groups[0].colour', 'unknown-key', `unknown key "colour"; the keys allowed here are ${GROUP_KEYS}`)
		]);
	});

	it('finds unknown keys inside a member written as a mapping', () => {
		expect(errorsOf(replaceLine('      - { id: schools }', '      - { id: schools, role: chair }'))).toEqual([
			mapError(28, 24, 'groups[0].members[2].role', 'unknown-key', 'unknown key "role"; the keys allowed here are id, attendance, notes')
		]);
	});

	it('reports the merge key << as an unknown key (merge is off)', () => {
		expect(errorsOf(insertAfter('  - id: social-care', '    <<: { tiers: [3] }'))).toEqual([
			mapError(13, 5, 'agencies[1].<<', 'unknown-key', `unknown key "<<"; the keys allowed here are ${AGENCY_KEYS}`)
		]);
	});

	it('reports << with an alias as an unknown key, and does not merge the anchored item', () => {
		const merged = VALID_MAP.replace('  - id: schools\n', '  - &s\n    id: schools\n').replace('  - id: social-care\n', '  - <<: *s\n    id: social-care\n');
		expect(errorsOf(merged)).toEqual([
			mapError(13, 5, 'agencies[1].<<', 'unknown-key', `unknown key "<<"; the keys allowed here are ${AGENCY_KEYS}`)
		]);
	});
});

describe('missing required keys', () => {
	it.each([
		['locality.id', '  id: example-vale', mapError(2, 3, 'locality', 'missing-key', 'missing required key "id"')],
		['agency.sector', '    sector: social-care', mapError(12, 5, 'agencies[1]', 'missing-key', 'missing required key "sector"')],
		['role.agency', '    agency: schools', mapError(16, 5, 'roles[0]', 'missing-key', 'missing required key "agency"')],
		['group.type', '    type: core-group', mapError(21, 5, 'groups[0]', 'missing-key', 'missing required key "type"')],
		['link.kind', '    kind: refers', mapError(30, 5, 'links[0]', 'missing-key', 'missing required key "kind"')]
	])('%s, at the item that lacks it', (_key, line, expected) => {
		expect(errorsOf(replaceLine(line, null))).toEqual([expected]);
	});

	it('locality, at the start of the file', () => {
		expect(errorsOf('agencies: []\n')).toEqual([mapError(1, 1, '', 'missing-key', 'missing required key "locality"')]);
	});

	it('a key present with no value is not missing: it says what was expected', () => {
		expect(errorsOf(replaceLine('    sector: social-care', '    sector:'))).toEqual([
			mapError(14, 12, 'agencies[1].sector', 'bad-value', `expected one of ${SECTORS}; found nothing`)
		]);
	});
});

describe('wrong types', () => {
	it.each([
		['text', '    name: Schools', '    name: [Schools]', mapError(8, 11, 'agencies[0].name', 'wrong-type', 'expected text, found a list of 1 item')],
		['a list', '    tiers: [1, 2]', '    tiers: 1', mapError(10, 12, 'agencies[0].tiers', 'wrong-type', 'expected a list, found number 1')],
		['text, not a list', '    chair: hsclw', '    chair: [hsclw]', mapError(24, 12, 'groups[0].chair', 'wrong-type', 'expected text, found a list of 1 item')],
		['a member', '      - hsclw', '      - 3', mapError(26, 9, 'groups[0].members[0]', 'wrong-type', 'expected text or a mapping of keys to values; found number 3')],
		['a list, not a mapping', '    tiers: [1, 2]', '    tiers: { a: 1 }', mapError(10, 12, 'agencies[0].tiers', 'wrong-type', 'expected a list, found a mapping')],
		['a mapping, not text', '  - from: core-group', '  - from: { id: core-group }', mapError(30, 11, 'links[0].from', 'wrong-type', 'expected text, found a mapping')]
	])('expected %s', (_what, line, replacement, expected) => {
		expect(errorsOf(replaceLine(line, replacement))).toEqual([expected]);
	});

	it('expected true or false', () => {
		expect(errorsOf(insertAfter('    sector: social-care', '    external: yes'))).toEqual([
			mapError(15, 15, 'agencies[1].external', 'wrong-type', 'expected true or false, found "yes"')
		]);
	});
});

describe('bad values', () => {
	it('an enum value, with a suggestion (educaton -> education)', () => {
		expect(errorsOf(replaceLine('    sector: education', '    sector: educaton'))).toEqual([
			mapError(9, 13, 'agencies[0].sector', 'bad-value', `expected one of ${SECTORS}; found "educaton"; did you mean "education"?`)
		]);
	});

	it('an enum value with no close word', () => {
		expect(errorsOf(replaceLine('    kind: refers', '    kind: shouts-at'))).toEqual([
			mapError(32, 11, 'links[0].kind', 'bad-value', `expected one of ${LINK_KINDS}; found "shouts-at"`)
		]);
	});

	it('an attendance', () => {
		expect(errorsOf(replaceLine('      - { id: social-care, attendance: occasional }', '      - { id: social-care, attendance: sometimes }'))).toEqual([
			mapError(27, 40, 'groups[0].members[1].attendance', 'bad-value', 'expected one of regular, occasional, absent; found "sometimes"')
		]);
	});

	it('an id that is not kebab-case (Social Care), and each reference to the id it replaced', () => {
		expect(errorsOf(replaceLine('  - id: social-care', '  - id: Social Care'))).toEqual([
			mapError(12, 9, 'agencies[1].id', 'bad-format', `expected ${KEBAB}; found "Social Care"`),
			mapError(27, 15, 'groups[0].members[1].id', 'unknown-id', 'unknown id "social-care": a member must be the id of a role or an agency in this file'),
			mapError(31, 9, 'links[0].to', 'unknown-id', 'unknown id "social-care": a link end must be the id of an agency or a role or a group in this file')
		]);
	});

	it.each(['2005-13', '2005-7', 'July 2005', '2005-02-30x'])('as_of %s', (asOf) => {
		expect(errorsOf(replaceLine('  as_of: 2005', `  as_of: ${asOf}`))).toEqual([
			mapError(5, 10, 'locality.as_of', 'bad-format', `expected ${AS_OF}; found "${asOf}"`)
		]);
	});

	it.each([
		['99', 'number 99'],
		['200501', 'number 200501'],
		['2005.5', 'number 2005.5'],
		['true', 'boolean true']
	])('as_of %s that is not text is refused as a date', (asOf, found) => {
		expect(errorsOf(replaceLine('  as_of: 2005', `  as_of: ${asOf}`))).toEqual([
			mapError(5, 10, 'locality.as_of', 'bad-format', `expected ${AS_OF}; found ${found}`)
		]);
	});

	it.each([
		['an agency count of 0', '    count: 19', '    count: 0', mapError(11, 12, 'agencies[0].count', 'bad-value', 'expected a number greater than 0; found number 0')],
		['a role count below 0', '    count: 3', '    count: -1', mapError(19, 12, 'roles[0].count', 'bad-value', 'expected a number greater than 0; found number -1')],
		['a tier above 4', '    tiers: [1, 2]', '    tiers: [1, 5]', mapError(10, 16, 'agencies[0].tiers[1]', 'bad-value', 'expected one of 1, 2, 3, 4; found number 5')],
		['a tier of 0', '    tiers: [1, 2]', '    tiers: [0, 2]', mapError(10, 13, 'agencies[0].tiers[0]', 'bad-value', 'expected one of 1, 2, 3, 4; found number 0')]
	])('%s', (_what, line, replacement, expected) => {
		expect(errorsOf(replaceLine(line, replacement))).toEqual([expected]);
	});

	it('a fractional count is fine', () => {
		expect(modelOf(replaceLine('    count: 3', '    count: 0.8')).roles[0].count).toBe(0.8);
	});
});

describe('how fully the map records who sits where', () => {
	/** VALID_MAP with the core group's `members:` list (lines 25-28) replaced by `replacement` (lines, or nothing). */
	const withMembers = (replacement: string) => {
		const text = VALID_MAP.replace(/    members:\n(?:      - .*\n)+/, replacement);
		if (text === VALID_MAP) throw new Error('fixture: the members block was not found');
		return text;
	};

	it('a group with no members key: not recorded, a silence rather than an empty room', () => {
		const group = modelOf(withMembers('')).groups[0];
		expect(group.members).toEqual([]);
		expect(group.members_recorded).toBe('not-recorded');
	});

	it('a group with `members: []`: complete, the file says no one sits there', () => {
		const group = modelOf(withMembers('    members: []\n')).groups[0];
		expect(group.members).toEqual([]);
		expect(group.members_recorded).toBe('complete');
	});

	it('a group with members listed: complete by default', () => {
		expect(modelOf(VALID_MAP).groups[0].members_recorded).toBe('complete');
	});

	it('an explicit `members_recorded: partial` is kept, with the members listed', () => {
		const group = modelOf(insertAfter('    chair: hsclw', '    members_recorded: partial')).groups[0];
		expect(group.members_recorded).toBe('partial');
		expect(group.members.map((m) => m.id)).toEqual(['hsclw', 'social-care', 'schools']);
	});

	it('an explicit `members_recorded: not-recorded` with no members is kept', () => {
		const text = withMembers('    members_recorded: not-recorded\n');
		expect(modelOf(text).groups[0].members_recorded).toBe('not-recorded');
	});

	it('an explicit `members_recorded: complete` with no members key is kept: the file says the room is empty', () => {
		expect(modelOf(withMembers('    members_recorded: complete\n')).groups[0].members_recorded).toBe('complete');
	});

	it('agencies and posts: groups_recorded is complete where the file says nothing', () => {
		const model = modelOf(VALID_MAP);
		expect([...model.agencies, ...model.roles].map((item) => item.groups_recorded)).toEqual(['complete', 'complete', 'complete']);
	});

	it.each(['partial', 'not-recorded'])('an explicit groups_recorded %s is kept, on a post and on an agency', (value) => {
		const model = modelOf(insertAfter('    count: 3', `    groups_recorded: ${value}`).replace('    sector: social-care\n', `    sector: social-care\n    groups_recorded: ${value}\n`));
		expect(model.roles[0].groups_recorded).toBe(value);
		expect(model.agencies.map((a) => a.groups_recorded)).toEqual(['complete', value]);
	});

	it('refuses `members_recorded: not-recorded` while members are listed, at the value, naming how many', () => {
		// Line 25 is the inserted line; "    members_recorded: " is 22 characters, so the value starts at column 23.
		expect(errorsOf(insertAfter('    chair: hsclw', '    members_recorded: not-recorded'))).toEqual([
			mapError(25, 23, 'groups[0].members_recorded', 'bad-value', 'members_recorded is "not-recorded", but 3 members are listed: use "partial" when the list is not the whole group')
		]);
	});

	it('reports that error together with the others in the file', () => {
		const input = insertAfter('    chair: hsclw', '    members_recorded: not-recorded').replace('      - hsclw\n', '      - hsclv\n');
		expect(errorsOf(input)).toEqual([
			mapError(25, 23, 'groups[0].members_recorded', 'bad-value', 'members_recorded is "not-recorded", but 3 members are listed: use "partial" when the list is not the whole group'),
			mapError(27, 9, 'groups[0].members[0]', 'unknown-id', 'unknown id "hsclv": a member must be the id of a role or an agency in this file; did you mean "hsclw"?')
		]);
	});

	it.each([
		['members_recorded', '    chair: hsclw', 25, 'groups[0]'],
		['groups_recorded', '    count: 3', 20, 'roles[0]']
	])('%s must be one of the three recordings', (key, after, line, item) => {
		const prefix = `    ${key}: `;
		expect(errorsOf(insertAfter(after, `${prefix}some`))).toEqual([
			mapError(line, prefix.length + 1, `${item}.${key}`, 'bad-value', `expected one of ${RECORDINGS}; found "some"`)
		]);
	});

	it('keeps absences as text', () => {
		const text = 'Significant absences from some agencies (Appendix 2c)';
		expect(modelOf(insertAfter('    type: core-group', `    absences: ${text}`)).groups[0].absences).toBe(text);
	});

	it.each([
		['a list', '[police, housing]', 'a list of 2 items'],
		['a number', '2', 'number 2'],
		['a mapping', '{ police: absent }', 'a mapping']
	])('absences must be text, not %s', (_what, value, found) => {
		expect(errorsOf(insertAfter('    type: core-group', `    absences: ${value}`))).toEqual([
			mapError(24, 15, 'groups[0].absences', 'wrong-type', `expected text, found ${found}`)
		]);
	});
});

describe('references', () => {
	it.each([
		['a member', '      - hsclw', '      - hsclv', mapError(26, 9, 'groups[0].members[0]', 'unknown-id', 'unknown id "hsclv": a member must be the id of a role or an agency in this file; did you mean "hsclw"?')],
		['a member written as a mapping', '      - { id: schools }', '      - { id: schols }', mapError(28, 15, 'groups[0].members[2].id', 'unknown-id', 'unknown id "schols": a member must be the id of a role or an agency in this file; did you mean "schools"?')],
		['a chair', '    chair: hsclw', '    chair: hsclx', mapError(24, 12, 'groups[0].chair', 'unknown-id', 'unknown id "hsclx": a chair must be the id of a role or an agency in this file; did you mean "hsclw"?')],
		["a role's agency", '    agency: schools', '    agency: scools', mapError(18, 13, 'roles[0].agency', 'unknown-id', 'unknown id "scools": a role\'s agency must be the id of an agency in this file; did you mean "schools"?')],
		['a link from', '  - from: core-group', '  - from: core-grp', mapError(30, 11, 'links[0].from', 'unknown-id', 'unknown id "core-grp": a link end must be the id of an agency or a role or a group in this file; did you mean "core-group"?')],
		['a link to', '    to: social-care', '    to: social-cares', mapError(31, 9, 'links[0].to', 'unknown-id', 'unknown id "social-cares": a link end must be the id of an agency or a role or a group in this file; did you mean "social-care"?')]
	])('an unknown id in %s, with the closest id', (_where, line, replacement, expected) => {
		expect(errorsOf(replaceLine(line, replacement))).toEqual([expected]);
	});

	it('an unknown id with no close id', () => {
		expect(errorsOf(replaceLine('    chair: hsclw', '    chair: chair-person'))).toEqual([
			mapError(24, 12, 'groups[0].chair', 'unknown-id', 'unknown id "chair-person": a chair must be the id of a role or an agency in this file')
		]);
	});

	it('suggests only ids of the kind allowed there', () => {
		// hsclw is close, but it is a role, and a role's agency must be an agency.
		expect(errorsOf(replaceLine('    agency: schools', '    agency: hsclx'))).toEqual([
			mapError(18, 13, 'roles[0].agency', 'unknown-id', 'unknown id "hsclx": a role\'s agency must be the id of an agency in this file')
		]);
	});

	it('a member that is a group', () => {
		expect(errorsOf(replaceLine('      - hsclw', '      - core-group'))).toEqual([
			mapError(26, 9, 'groups[0].members[0]', 'wrong-kind', '"core-group" is a group, but a member must be a role or an agency')
		]);
	});

	it("a role's agency that is a role", () => {
		expect(errorsOf(replaceLine('    agency: schools', '    agency: hsclw'))).toEqual([
			mapError(18, 13, 'roles[0].agency', 'wrong-kind', '"hsclw" is a role, but a role\'s agency must be an agency')
		]);
	});

	it('a duplicate id, at the second, naming the line of the first', () => {
		expect(errorsOf(insertAfter('    sector: social-care', '  - id: hsclw\n    name: Duplicate\n    sector: other'))).toEqual([
			mapError(19, 9, 'roles[0].id', 'duplicate-id', 'duplicate id "hsclw": an agency at line 15 (agencies[2]) already has it; ids must be unique in a file')
		]);
	});

	it('a duplicate id names the one met first in the file, whatever its list', () => {
		const groupsFirst = `locality: { id: x, name: X, as_of: 2005 }
groups:
  - { id: same, name: A group, type: panel }
agencies:
  - { id: same, name: An agency, sector: health }
`;
		expect(errorsOf(groupsFirst)).toEqual([
			mapError(5, 11, 'agencies[0].id', 'duplicate-id', 'duplicate id "same": a group at line 3 (groups[0]) already has it; ids must be unique in a file')
		]);
	});

	it('a member listed twice', () => {
		expect(errorsOf(replaceLine('      - { id: schools }', '      - hsclw'))).toEqual([
			mapError(28, 9, 'groups[0].members[2]', 'duplicate-id', '"hsclw" is listed twice among this group\'s members; keep one')
		]);
	});

	it('a member listed twice, once as a mapping', () => {
		expect(errorsOf(replaceLine('      - { id: schools }', '      - { id: hsclw, attendance: absent }'))).toEqual([
			mapError(28, 15, 'groups[0].members[2].id', 'duplicate-id', '"hsclw" is listed twice among this group\'s members; keep one')
		]);
	});

	it('a link from an item to itself', () => {
		expect(errorsOf(replaceLine('    to: social-care', '    to: core-group'))).toEqual([
			mapError(31, 9, 'links[0].to', 'bad-value', 'this link goes from "core-group" to itself; a link joins two different items')
		]);
	});
});

describe('several errors in one file', () => {
	it('reports them all, in line order, across the schema and the references', () => {
		const input = replaceLine('  kind: pilot', '  knid: pilot')
			.replace('    sector: education', '    sector: educaton')
			.replace('    chair: hsclw', '    chair: hsclv')
			.replace('    kind: refers', '    kind: refer');
		expect(errorsOf(input)).toEqual([
			mapError(4, 3, 'locality.knid', 'unknown-key', 'unknown key "knid"; did you mean "kind"?'),
			mapError(9, 13, 'agencies[0].sector', 'bad-value', `expected one of ${SECTORS}; found "educaton"; did you mean "education"?`),
			mapError(24, 12, 'groups[0].chair', 'unknown-id', 'unknown id "hsclv": a chair must be the id of a role or an agency in this file; did you mean "hsclw"?'),
			mapError(32, 11, 'links[0].kind', 'bad-value', `expected one of ${LINK_KINDS}; found "refer"; did you mean "refers"?`)
		]);
	});
});

describe('ids and keys named like the members of Object.prototype', () => {
	/** VALID_MAP with an id renamed wherever it is declared or referred to. */
	const renameId = (text: string, from: string, to: string) =>
		text
			.replace(new RegExp(`((?:id|agency|chair|from|to): )${from}(?=[\\s,}])`, 'g'), `$1${to}`)
			.replace(new RegExp(`^( +- )${from}$`, 'gm'), `$1${to}`);

	const names = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof'];

	it('loads them as ordinary ids, and references to them resolve', () => {
		let text = VALID_MAP;
		text = renameId(text, 'schools', 'constructor');
		text = renameId(text, 'social-care', 'prototype');
		text = renameId(text, 'hsclw', 'tostring');
		text = renameId(text, 'core-group', 'hasownproperty');
		const model = modelOf(text);
		const index = indexItems(model);
		expect(model.agencies.map((a) => a.id)).toEqual(['constructor', 'prototype']);
		expect(model.roles[0]).toMatchObject({ id: 'tostring', agency: 'constructor' });
		expect(model.groups[0]).toMatchObject({ id: 'hasownproperty', type: 'core-group', chair: 'tostring' });
		expect(model.groups[0].members.map((m) => m.id)).toEqual(['tostring', 'prototype', 'constructor']);
		expect(model.links[0]).toMatchObject({ from: 'hasownproperty', to: 'prototype' });
		expect(index.get('constructor' as never)?.kind).toBe('agency');
		expect(index.get('tostring' as never)?.kind).toBe('role');
	});

	it.each(names)('a reference to %s that no item declares is an unknown id', (name) => {
		expect(errorsOf(replaceLine('    chair: hsclw', `    chair: ${name}`))).toEqual([
			mapError(24, 12, 'groups[0].chair', 'unknown-id', `unknown id "${name}": a chair must be the id of a role or an agency in this file`)
		]);
	});

	it.each(['__proto__', 'toString', 'hasOwnProperty'])('%s is not kebab-case, so it is refused as an id', (name) => {
		expect(errorsOf(insertAfter('    sector: social-care', `  - id: ${name}\n    name: Odd\n    sector: other`))).toEqual([
			mapError(15, 9, 'agencies[2].id', 'bad-format', `expected ${KEBAB}; found "${name}"`)
		]);
	});

	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a key %s in a mapping is an unknown key', (key) => {
		expect(errorsOf(insertAfter('  kind: pilot', `  ${key}: x`))).toEqual([
			mapError(5, 3, `locality.${key}`, 'unknown-key', `unknown key "${key}"; the keys allowed here are id, name, kind, as_of, boundary, summary, sources, expected_sectors, notes, source`)
		]);
	});

	it('a __proto__ key is not merged into its mapping', () => {
		// If `__proto__: {sector: police}` became the prototype, the agency would seem to have a sector.
		expect(errorsOf(replaceLine('    sector: social-care', '    __proto__: { sector: police }'))).toEqual([
			mapError(12, 5, 'agencies[1]', 'missing-key', 'missing required key "sector"'),
			mapError(14, 5, 'agencies[1].__proto__', 'unknown-key', `unknown key "__proto__"; the keys allowed here are ${AGENCY_KEYS}`)
		]);
	});

	it('a top-level __proto__ key is an unknown key', () => {
		expect(errorsOf(`${VALID_MAP}__proto__: { assessment: {} }\n`)).toEqual([
			mapError(33, 1, '__proto__', 'unknown-key', 'unknown key "__proto__"; the keys allowed here are locality, agencies, roles, groups, links, assessment')
		]);
	});
});
