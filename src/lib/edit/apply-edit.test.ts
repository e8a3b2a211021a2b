import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../format/schema';
import { loadMap } from '../load/load-map';
import { applyEdit } from './apply-edit';
import type { MapEdit } from './map-edit';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const MAP = read('commented-map.yaml');
const BARE = read('bare-map.yaml');
const id = (s: string) => s as ItemId;
/** The map with its last link written as a block, with notes and a comment of its own. */
const BLOCK_LINK = MAP.replace(
	'  - { from: coordinator, to: steering, kind: informs }\n',
	'  # The co-ordinator keeps the steering group up to date.\n  - from: coordinator\n    to: steering\n    kind: informs # by email\n    notes: Weekly bulletin\n'
);
/** The map with the steering group's members not recorded, said in so many words. */
const NOT_RECORDED = MAP.replace('    members: [coordinator, head, { id: council, attendance: occasional }]\n', '    members_recorded: not-recorded # the minutes do not say\n');

/** Every comment in a text: `# ...` at a line's start or after a space. */
const comments = (text: string) => text.split('\n').flatMap((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1] ?? []);

function edited(text: string, edit: MapEdit) {
	const result = applyEdit(text, edit);
	if (!result.ok) throw new Error(result.message);
	return result;
}

function expectLoads(text: string) {
	const loaded = loadMap(text);
	expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`)).toEqual([]);
	return loaded;
}

/** Each edit, its snapshot name, and the comments it may remove (those on the entries it removes). */
const CASES: readonly { name: string; edit: MapEdit; text?: string; lost?: string[]; removed?: string[] }[] = [
	{ name: 'add-agency', edit: { action: 'add-agency', id: id('police'), name: 'Thames Valley Police', sector: 'police', tiers: [3, 4] } },
	{ name: 'add-agency-awkward-name', edit: { action: 'add-agency', id: id('tostring'), name: 'Mind: "Riverside" #1, [east]', sector: 'voluntary' } },
	{ name: 'add-agency-bare', text: BARE, edit: { action: 'add-agency', id: id('schools'), name: 'Schools', sector: 'education' } },
	{ name: 'update-agency', edit: { action: 'update-agency', id: id('health'), changes: { name: 'Health visiting & school nursing', count: 3 } } },
	{ name: 'update-agency-remove-field', edit: { action: 'update-agency', id: id('council'), changes: { external: undefined } } },
	{ name: 'remove-agency', edit: { action: 'remove-agency', id: id('constructor') }, lost: ['# an id that is a JavaScript word'], removed: ['groups[1].members[2]'] },
	{ name: 'add-role', edit: { action: 'add-role', id: id('school-nurse'), name: 'School nurse', agency: id('health'), count: 0.5 } },
	{ name: 'add-role-bare', text: BARE, edit: { action: 'add-role', id: id('worker'), name: 'Worker', agency: id('nobody') } },
	{ name: 'update-role', edit: { action: 'update-role', id: id('coordinator'), changes: { funding: 'core', systems_minder: undefined, notes: 'Line one\nline two' } } },
	{ name: 'remove-role-chair', edit: { action: 'remove-role', id: id('coordinator') }, lost: ['# renewed every year', '# the co-ordinator chairs it'], removed: ['groups[0].chair', 'groups[0].members[0]', 'links[2]'] },
	{ name: 'remove-role', edit: { action: 'remove-role', id: id('health-visitor') }, removed: ['groups[1].members[1]', 'links[1]'] },
	{
		name: 'add-group',
		edit: {
			action: 'add-group',
			id: id('forum'),
			name: 'Riverside forum',
			type: 'forum',
			purpose: 'Anyone working with children: issues, news',
			meets: 'termly',
			chair: id('head'),
			members: [{ id: id('head') }, { id: id('health'), attendance: 'occasional' }]
		}
	},
	{ name: 'add-group-bare', text: BARE, edit: { action: 'add-group', id: id('team'), name: 'Team', type: 'team' } },
	{ name: 'update-group', edit: { action: 'update-group', id: id('steering'), changes: { meets: 'termly', chair: id('head'), purpose: 'Plans the pilot' } } },
	{ name: 'update-group-remove-chair', edit: { action: 'update-group', id: id('steering'), changes: { chair: undefined } }, lost: ['# the co-ordinator chairs it'] },
	{ name: 'remove-group', edit: { action: 'remove-group', id: id('steering') }, lost: ['# the co-ordinator chairs it', '# upwards'], removed: ['links[0]', 'links[2]'] },
	{ name: 'add-member-flow', edit: { action: 'add-member', group: id('steering'), id: id('health'), attendance: 'occasional' } },
	{ name: 'add-member-block', edit: { action: 'add-member', group: id('panel'), id: id('council') } },
	{ name: 'set-attendance-plain', edit: { action: 'set-attendance', group: id('panel'), id: id('health-visitor'), attendance: 'occasional' } },
	{ name: 'set-attendance-regular', edit: { action: 'set-attendance', group: id('steering'), id: id('council'), attendance: 'regular' } },
	{ name: 'set-attendance-with-notes', edit: { action: 'set-attendance', group: id('panel'), id: id('constructor'), attendance: 'occasional' } },
	{ name: 'remove-member-flow', edit: { action: 'remove-member', group: id('steering'), id: id('council') } },
	{ name: 'remove-member-block', edit: { action: 'remove-member', group: id('panel'), id: id('head') }, lost: ['# always there'] },
	{ name: 'add-link', edit: { action: 'add-link', from: id('panel'), to: id('steering'), kind: 'raises-issues', notes: 'Gaps: housing' } },
	{ name: 'add-link-bare', text: BARE, edit: { action: 'add-agency', id: id('a'), name: 'A', sector: 'other' } },
	{ name: 'remove-link', edit: { action: 'remove-link', index: 0 }, lost: ['# upwards'] },
	{ name: 'update-link-kind', edit: { action: 'update-link', index: 0, was: { from: id('steering'), to: id('council'), kind: 'reports-to' }, changes: { kind: 'informs' } } },
	{ name: 'update-link-end-and-notes', edit: { action: 'update-link', index: 1, changes: { to: id('head'), notes: 'Cases: the school first' } } },
	{
		name: 'update-link-block',
		text: BLOCK_LINK,
		edit: { action: 'update-link', index: 2, was: { from: id('coordinator'), to: id('steering'), kind: 'informs' }, changes: { from: id('head'), kind: 'consults', notes: undefined, source: 'Interview, 2006' } }
	},
	{
		name: 'update-group-more-fields',
		edit: {
			action: 'update-group',
			id: id('panel'),
			changes: { focus: 'downstream', tiers: [3, 4], membership: 'representative', external: true, members_recorded: 'partial', absences: 'Social care rarely comes', notes: 'Meets in the school', source: 'Minutes, 2006' }
		}
	},
	{ name: 'update-agency-more-fields', edit: { action: 'update-agency', id: id('council'), changes: { tiers: [3, 4], count: 2, groups_recorded: 'partial', notes: 'Two area teams', source: 'Appendix 2b' } } },
	{ name: 'update-role-more-fields', edit: { action: 'update-role', id: id('head'), changes: { agency: id('council'), count: 2.5, tiers: [1, 2], groups_recorded: 'not-recorded', systems_minder: false } } },
	{ name: 'add-member-not-recorded', text: NOT_RECORDED, edit: { action: 'add-member', group: id('steering'), id: id('head') } },
	{ name: 'set-locality', edit: { action: 'set-locality', changes: { name: 'Riverside & Hill', kind: 'pilot', as_of: '2006-09', boundary: undefined, summary: 'One line now.' } } }
];

describe('applyEdit on a commented map', () => {
	for (const c of CASES.filter((c) => c.name !== 'add-role-bare')) {
		it(`${c.name}: writes exactly the expected text, which loads, keeping every comment`, async () => {
			const before = c.text ?? MAP;
			const result = edited(before, c.edit);
			await expect(result.text).toMatchFileSnapshot(`__snapshots__/${c.name}.yaml`);
			expectLoads(result.text);
			const after = new Set(comments(result.text));
			expect(comments(before).filter((comment) => !after.has(comment))).toEqual(c.lost ?? []);
			expect(result.removed).toEqual(c.removed ?? []);
		});
	}

	it('changes nothing but the edited entry: the rest of the text is byte for byte the same', () => {
		const result = edited(MAP, { action: 'update-agency', id: id('health'), changes: { name: 'Health' } });
		expect(result.text).toBe(MAP.replace('name: Health visiting,', 'name: Health,'));
	});
});

describe('names that YAML must quote', () => {
	const names = ['Mind: the gap', 'Say "hello"', "It's #1", 'Two\nlines', '- dash', 'yes', '123', '[brackets], {braces}', '  spaced  ', '@at'];
	for (const name of names) {
		it(`${JSON.stringify(name)} loads back as the same name, in flow and block lists`, () => {
			const agency = edited(MAP, { action: 'add-agency', id: id('new'), name, sector: 'other' });
			const role = edited(MAP, { action: 'add-role', id: id('new'), name, agency: id('health') });
			const group = edited(MAP, { action: 'update-group', id: id('steering'), changes: { name } });
			for (const [text, find] of [
				[agency.text, (m: { agencies: { id: string; name: string }[] }) => m.agencies],
				[role.text, (m: { roles: { id: string; name: string }[] }) => m.roles],
				[group.text, (m: { groups: { id: string; name: string }[] }) => m.groups]
			] as const) {
				const loaded = expectLoads(text);
				if (!loaded.ok) continue;
				const wanted = find === undefined ? [] : (find as (m: unknown) => { id: string; name: string }[])(loaded.value);
				expect(wanted.find((x) => x.id === 'new' || x.id === 'steering')?.name).toBe(name);
			}
		});
	}
});

describe('ids that are JavaScript words', () => {
	it('adds, updates and removes `tostring` and `constructor` like any id', () => {
		const added = edited(MAP, { action: 'add-role', id: id('tostring'), name: 'To string', agency: id('constructor') });
		const member = edited(added.text, { action: 'add-member', group: id('steering'), id: id('tostring') });
		expect(member.text).toContain('members: [coordinator, head, { id: council, attendance: occasional }, tostring]');
		expectLoads(member.text);
		const refused = applyEdit(member.text, { action: 'remove-agency', id: id('constructor') });
		expect(refused).toEqual({ ok: false, message: '"constructor" cannot be removed while posts belong to it: "tostring". Remove those posts or move them to another agency first' });
		const gone = edited(member.text, { action: 'remove-role', id: id('tostring') });
		expect(gone.removed).toEqual(['groups[0].members[3]']);
		expect(gone.text).toBe(MAP);
	});
});

describe('edits refused, in plain words, with the text unchanged', () => {
	const refusals: [string, MapEdit, string][] = [
		['an agency with posts', { action: 'remove-agency', id: id('schools') }, '"schools" cannot be removed while posts belong to it: "head". Remove those posts or move them to another agency first'],
		['an unknown id', { action: 'update-agency', id: id('nobody'), changes: { name: 'X' } }, 'unknown id "nobody": the item to change must be the id of an agency in this map'],
		['a duplicate id', { action: 'add-agency', id: id('head'), name: 'Head', sector: 'education' }, 'the id "head" is already taken by a post (role) (roles[1]); choose another'],
		['an id that is not kebab-case', { action: 'add-agency', id: id('Head Office'), name: 'Head', sector: 'education' }, '"Head Office" is not a valid id: use lower-case letters and digits joined by single hyphens, such as "social-care"'],
		['a group as a member', { action: 'add-member', group: id('panel'), id: id('steering') }, '"steering" is a group, but a member must be a post (role) or an agency'],
		['a member twice', { action: 'add-member', group: id('panel'), id: id('head') }, '"head" is already a member of "panel"'],
		['a member that is not there', { action: 'remove-member', group: id('panel'), id: id('council') }, '"council" is not a member of "panel"'],
		['a link to itself', { action: 'add-link', from: id('panel'), to: id('panel'), kind: 'informs' }, 'a link must join two different items; both ends are "panel"'],
		['a link to nowhere', { action: 'add-link', from: id('panel'), to: id('nowhere'), kind: 'informs' }, 'unknown id "nowhere": the end of a link must be the id of an agency or a post (role) or a group in this map'],
		['a link that is not there', { action: 'remove-link', index: 3 }, 'there is no link number 4: the map has 3 links'],
		['a post of an unknown agency', { action: 'add-role', id: id('worker'), name: 'Worker', agency: id('nobody') }, 'unknown id "nobody": the agency of a post must be the id of an agency in this map'],
		['a chair that is a group', { action: 'update-group', id: id('panel'), changes: { chair: id('steering') } }, '"steering" is a group, but a chair must be a post (role) or an agency'],
		['removing a required field', { action: 'update-agency', id: id('health'), changes: { sector: undefined } }, "the agency's sector cannot be removed: every agency has one"],
		['removing the date', { action: 'set-locality', changes: { as_of: undefined } }, "the locality's as_of cannot be removed: every locality has one"],
		['a link changed to join an item to itself', { action: 'update-link', index: 0, changes: { to: id('steering') } }, 'a link must join two different items; both ends are "steering"'],
		['a link changed to an unknown end', { action: 'update-link', index: 0, changes: { from: id('nowhere') } }, 'unknown id "nowhere": the start of a link must be the id of an agency or a post (role) or a group in this map'],
		['a link changed that is not there', { action: 'update-link', index: -1, changes: { kind: 'funds' } }, 'there is no link number 0: the map has 3 links'],
		['removing the kind of a link', { action: 'update-link', index: 1, changes: { kind: undefined } }, "the link's kind cannot be removed: every link has one"],
		[
			'changing a link the text no longer has in that place',
			{ action: 'update-link', index: 1, was: { from: id('steering'), to: id('council'), kind: 'reports-to' }, changes: { kind: 'funds' } },
			'the links have changed since the form read them: link number 2 is no longer "steering" reports-to "council". Choose the link again'
		],
		[
			'removing a link the text no longer has in that place',
			{ action: 'remove-link', index: 0, was: { from: id('panel'), to: id('health-visitor'), kind: 'refers' } },
			'the links have changed since the form read them: link number 1 is no longer "panel" refers "health-visitor". Choose the link again'
		],
		[
			'members marked not recorded while some are listed',
			{ action: 'update-group', id: id('steering'), changes: { members_recorded: 'not-recorded' } },
			'"steering" lists 3 members, so its members cannot be marked as not recorded: use "partial" when the list is not the whole group'
		],
		[
			'a new group with members marked not recorded',
			{ action: 'add-group', id: id('new'), name: 'New', type: 'team', members_recorded: 'not-recorded', members: [{ id: id('head') }] },
			'"new" lists 1 member, so its members cannot be marked as not recorded: use "partial" when the list is not the whole group'
		]
	];
	for (const [what, edit, message] of refusals) {
		it(`refuses ${what}`, () => {
			expect(applyEdit(MAP, edit)).toEqual({ ok: false, message });
		});
	}

	it('refuses a value outside the vocabulary', () => {
		const result = applyEdit(MAP, { action: 'update-group', id: id('panel'), changes: { meets: 'hourly' as never } });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/^the group's meets is not right: /);
	});

	it('refuses text the loader cannot read as YAML, and edits through schema errors', () => {
		const broken = applyEdit('locality:\n  name: "Riverside\n', { action: 'set-locality', changes: { name: 'R' } });
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.message).toMatch(/^The map cannot be changed by form until its YAML is fixed: map\.yaml:2:9: /);
		const incomplete = applyEdit('locality:\n  id: x\n  name: X\n  as_of: "2000"\n  colour: red\n', { action: 'set-locality', changes: { name: 'Y' } });
		expect(incomplete).toEqual({ ok: true, text: 'locality:\n  id: x\n  name: Y\n  as_of: "2000"\n  colour: red\n', removed: [] });
	});
});
