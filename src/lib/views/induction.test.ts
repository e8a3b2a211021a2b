/**
 * The induction tour of one post, worked by hand on the Vale below: the steps in order
 * (locality, the groups in brief, one per group the post sits on itself, the groups its
 * agency sits on, support, issues, people), their titles and sentences, and the colleagues
 * ranked by meetings a year together. Then a chair who is not a member, posts whose groups
 * the map does not record, the systems minder named when no route reaches the centre, the
 * other endings of the issue step and ids that are not posts.
 */
import { describe, expect, it } from 'vitest';
import { groupTypes, meetingsPerYear } from '../format/vocabulary';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import type { ItemId } from '../model/locality-model';
import { seatsHeldBy } from '../model/seats';
import { induction, type Induction, type TourStep } from './induction';

const id = (s: string) => s as ItemId;

/*
 * The Vale. The link worker (hsclw) chairs the weekly school team and sits on the task group
 * (ad hoc) in person. Schools, its employer, has a seat on the monthly panel and on the heads'
 * partnership (half-termly, members partly recorded): the link worker is NOT on those. The
 * council officer chairs the termly core group without being listed as a member; the
 * council, its agency, sits on the task group. The lonely post's agency, Housing, is on
 * nothing; the outreach worker's groups are not recorded.
 *
 * The centre (centreOf): the council and the officer (the local authority), the core group
 * (the officer sits on it as chair) and the task group (the council is a member).
 * Issue links: sct -raises-issues-> core -reports-to-> la.
 * Advice and supervision: psych -> hsclw (consults, "by phone"), sc -> panel (supervises),
 * camhs -> schools (consults: advice to the employer), psych -> adhoc (supervises),
 * hsclw -> head (consults), camhs -> psych (supervises, nothing to do with hsclw).
 * No post minds the system.
 */
const VALE = `locality:
  id: vale
  name: Vale
  as_of: "2005"
  boundary: clear
  summary: A small town.
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: sc, name: Social care, sector: social-care }
  - { id: housing, name: Housing, sector: housing }
roles:
  - { id: hsclw, name: Link worker, agency: schools }
  - { id: head, name: Head teacher, agency: schools }
  - { id: ta, name: Teaching assistant, agency: schools }
  - { id: officer, name: Council officer, agency: la }
  - { id: psych, name: Psychologist, agency: camhs }
  - { id: lonely, name: Lonely post, agency: housing }
  - { id: outreach, name: Outreach worker, agency: housing, groups_recorded: not-recorded }
groups:
  - { id: sct, name: School team, type: school-consultation-team, meets: weekly, chair: hsclw, members: [hsclw, head, ta, camhs] }
  - { id: panel, name: Panel, type: panel, purpose: Cases at tier 3, meets: monthly, membership: representative, chair: sc, members: [schools, psych, { id: sc, attendance: occasional }, head] }
  - { id: core, name: Core, type: core-group, meets: termly, chair: officer, members: [head] }
  - { id: adhoc, name: Task group, type: working-group, meets: ad-hoc, members: [hsclw, sc, la] }
  - { id: heads, name: Heads' partnership, type: partnership, meets: half-termly, members: [schools], members_recorded: partial }
links:
  - { from: sct, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
  - { from: psych, to: hsclw, kind: consults, notes: by phone }
  - { from: sc, to: panel, kind: supervises }
  - { from: camhs, to: schools, kind: consults }
  - { from: psych, to: adhoc, kind: supervises }
  - { from: hsclw, to: head, kind: consults }
  - { from: camhs, to: psych, kind: supervises }
`;
const vale = modelOf(VALE);

const tour = (model = vale, roleId = 'hsclw'): Induction => {
	const result = induction(model, id(roleId));
	if (!result) throw new Error(`no induction for ${roleId}`);
	return result;
};
const step = (result: Induction, stepId: string): TourStep => {
	const found = result.steps.find((s) => s.id === stepId);
	if (!found) throw new Error(`no step ${stepId}`);
	return found;
};
const typeDescription = (type: string) => groupTypes.list.find((t) => t.value === type)!.description;

const CENTRE_WORDS = 'the local authority, a group it sits on, or a body that funds others';
const NO_ROUTE = `The map records no route from you or your groups to the centre (${CENTRE_WORDS}).`;
const NO_MINDER = 'The map does not record who minds the system here (report 3.8): ask your manager who does, and how issues are raised.';
const NO_SUPPORT = 'The map records no advice or supervision for this post. Ask who supervises you, and add it to the map.';

describe('induction: the link worker in the Vale', () => {
	const hsclw = tour();

	it('has the steps locality, groups, one per group it sits on itself, its agency’s groups, support, issues, people', () => {
		expect(hsclw.steps.map((s) => s.id)).toEqual(['locality', 'groups', 'group-sct', 'group-adhoc', 'agency-groups', 'support', 'issues', 'people']);
		expect(hsclw.steps.map((s) => s.title)).toEqual([
			'Welcome to Vale',
			'Your groups',
			'School team (School consultation team)',
			'Task group (Working group)',
			'Groups your agency sits on',
			'Who to ask for advice or supervision',
			'Where an issue you raise goes',
			'The people you will meet most often'
		]);
		expect(hsclw.role.id).toBe('hsclw');
		// Its own seats only: the panel and the partnership are its employer's.
		expect(hsclw.groups.map((g) => g.id)).toEqual(['sct', 'adhoc']);
		expect(hsclw.agencyGroups.map((g) => g.id)).toEqual(['panel', 'heads']);
	});

	it('a post whose agency sits on a group is not told it sits there', () => {
		expect(hsclw.steps.some((s) => s.id === 'group-panel' || s.id === 'group-heads')).toBe(false);
		const said = hsclw.steps.flatMap((s) => s.paragraphs).join('\n');
		expect(said).not.toMatch(/You (sit on|chair) (Panel|Heads)/);
		expect(said).not.toMatch(/as part of Schools/);
	});

	it('welcomes the post with its agency, the summary and the boundary', () => {
		expect(step(hsclw, 'locality')).toEqual({
			id: 'locality',
			title: 'Welcome to Vale',
			paragraphs: [
				'You are joining Vale in the post “Link worker”, with Schools. This tour walks you through the communication system you are part of: the groups you sit on, who to ask for help, and where an issue you raise goes.',
				'A small town.',
				"The locality's boundary is clear: Everyone knows the patch and the people they can draw on (report 2.1)."
			],
			focus: ['hsclw']
		});
	});

	it('the groups in brief: its own, the one it chairs marked, and its agency’s seats pointed to', () => {
		expect(step(hsclw, 'groups')).toEqual({
			id: 'groups',
			title: 'Your groups',
			paragraphs: [
				'The map records you on 2 groups: School team (you chair it) and Task group. The next steps take them one by one.',
				'Your agency, Schools, has a seat on 2 other groups: see “Groups your agency sits on”.'
			],
			focus: ['hsclw', 'sct', 'adhoc']
		});
	});

	it('a group it chairs: "You chair this group", chair "You", and everyone else on it', () => {
		// Seats hsclw, head, ta, camhs (the chair is hsclw again); others leave out hsclw and Schools.
		expect(step(hsclw, 'group-sct')).toEqual({
			id: 'group-sct',
			title: 'School team (School consultation team)',
			paragraphs: ['You chair this group.'],
			facts: [
				{ label: 'What this kind of group is for', value: typeDescription('school-consultation-team') },
				{ label: 'Chair', value: 'You' },
				{ label: 'Meets', value: 'Weekly' },
				{ label: 'Who else is there', value: 'Head teacher, Teaching assistant, CAMHS' }
			],
			focus: ['sct', 'head', 'ta', 'camhs']
		});
	});

	it('a group it sits on in person, meeting when needed', () => {
		expect(step(hsclw, 'group-adhoc')).toEqual({
			id: 'group-adhoc',
			title: 'Task group (Working group)',
			paragraphs: ['You sit on this group.'],
			facts: [
				{ label: 'What this kind of group is for', value: typeDescription('working-group') },
				{ label: 'Meets', value: 'When needed' },
				{ label: 'Who else is there', value: 'Social care, Council' }
			],
			focus: ['adhoc', 'sc', 'la']
		});
	});

	it('its agency’s groups: a seat of the agency, and the map does not say whether the post attends', () => {
		expect(step(hsclw, 'agency-groups')).toEqual({
			id: 'agency-groups',
			title: 'Groups your agency sits on',
			paragraphs: ['Your agency, Schools, has a seat on these 2 groups; the map does not say whether you attend: ask your manager.'],
			facts: [
				{ label: 'Panel (Panel)', value: 'Cases at tier 3. Meets monthly. Chair: Social care.' },
				{ label: "Heads' partnership (Partnership)", value: `${typeDescription('partnership')} Meets half-termly.` }
			],
			focus: ['schools', 'panel', 'heads']
		});
	});

	it('support: to the person, to the employer, to a group it sits on, to its agency’s group; advice it gives', () => {
		expect(step(hsclw, 'support')).toEqual({
			id: 'support',
			title: 'Who to ask for advice or supervision',
			paragraphs: [
				'Advice from Psychologist to you. (by phone)',
				'Supervision from Social care to Panel, where your agency, Schools, has a seat.',
				'Advice from CAMHS to Schools, your employer.',
				'Supervision from Psychologist to Task group, which you sit on.',
				'You give advice to Head teacher.'
			],
			focus: ['hsclw', 'psych', 'sc', 'camhs', 'head']
		});
	});

	it('issues: from its school team to the core group, part of the centre; the task group is at the centre already', () => {
		// Starts hsclw, sct, adhoc. sct -> core, which the council officer chairs: the centre at depth 1.
		expect(step(hsclw, 'issues')).toEqual({
			id: 'issues',
			title: 'Where an issue you raise goes',
			paragraphs: [
				'An issue you raise travels: School team → Core.',
				'It reaches Core, part of the centre (the local authority sits on it).',
				'You also sit on Task group, itself part of the centre (the local authority sits on it): an issue you raise there is already at the centre.'
			],
			focus: ['sct', 'core'],
			path: ['sct', 'core']
		});
		expect(hsclw.issuePath).toEqual(['sct', 'core']);
	});

	it('people: from its own groups, by meetings a year together, then groups in common, then name; its agency’s apart', () => {
		expect([meetingsPerYear('weekly'), meetingsPerYear('monthly'), meetingsPerYear('ad-hoc')]).toEqual([39, 12, undefined]);
		// sct weekly (39): head, ta, camhs. adhoc (unknown, 0): sc, la. Ties by name.
		expect(hsclw.colleagues).toEqual([
			{ id: 'camhs', name: 'CAMHS', meetingsTogether: 39, groups: ['sct'] },
			{ id: 'head', name: 'Head teacher', meetingsTogether: 39, groups: ['sct'] },
			{ id: 'ta', name: 'Teaching assistant', meetingsTogether: 39, groups: ['sct'] },
			{ id: 'la', name: 'Council', meetingsTogether: 0, groups: ['adhoc'] },
			{ id: 'sc', name: 'Social care', meetingsTogether: 0, groups: ['adhoc'] }
		]);
		// The panel (12) and the partnership (6) through Schools: psych only; head and sc are met
		// in its own groups already, and Schools is its own agency.
		expect(hsclw.agencyColleagues).toEqual([{ id: 'psych', name: 'Psychologist', meetingsTogether: 12, groups: ['panel'] }]);
		expect(step(hsclw, 'people')).toEqual({
			id: 'people',
			title: 'The people you will meet most often',
			paragraphs: [
				'CAMHS: 1 group in common, about 39 meetings a year.',
				'Head teacher: 1 group in common, about 39 meetings a year.',
				'Teaching assistant: 1 group in common, about 39 meetings a year.',
				'Council: 1 group in common.',
				'Social care: 1 group in common.',
				'On the groups where your agency, Schools, has a seat, you would also meet Psychologist, if you go.'
			],
			focus: ['camhs', 'head', 'ta', 'la', 'sc']
		});
	});
});

describe('induction: the council officer, who chairs the core group without being a member', () => {
	const officer = tour(vale, 'officer');

	it('sits on the group it chairs, as seatsHeldBy says', () => {
		expect(seatsHeldBy(vale, id('officer')).map((s) => [s.group.id, s.chair, s.member])).toEqual([['core', true, false]]);
		expect(officer.groups.map((g) => g.id)).toEqual(['core']);
		expect(officer.steps.map((s) => s.id)).toEqual(['locality', 'groups', 'group-core', 'agency-groups', 'support', 'issues', 'people']);
		expect(step(officer, 'groups').paragraphs).toEqual([
			'The map records you on 1 group: Core (you chair it). The next step shows it.',
			'Your agency, Council, has a seat on 1 other group: see “Groups your agency sits on”.'
		]);
		expect(step(officer, 'group-core')).toEqual({
			id: 'group-core',
			title: 'Core (Core group)',
			paragraphs: ['You chair this group.'],
			facts: [
				{ label: 'What this kind of group is for', value: typeDescription('core-group') },
				{ label: 'Chair', value: 'You' },
				{ label: 'Meets', value: 'Termly' },
				{ label: 'Who else is there', value: 'Head teacher' }
			],
			focus: ['core', 'head']
		});
	});

	it('the task group is the council’s seat, not the officer’s', () => {
		expect(step(officer, 'agency-groups').paragraphs).toEqual(['Your agency, Council, has a seat on this group; the map does not say whether you attend: ask your manager.']);
		expect(step(officer, 'agency-groups').facts).toEqual([{ label: 'Task group (Working group)', value: `${typeDescription('working-group')} Meets when needed.` }]);
		expect(step(officer, 'support').paragraphs).toEqual(['Supervision from Psychologist to Task group, where your agency, Council, has a seat.']);
	});

	it('issues go on from its group to the council; the post and the group are part of the centre themselves', () => {
		expect(step(officer, 'issues').paragraphs).toEqual([
			'An issue you raise travels: Core → Council.',
			'It reaches Council, part of the centre (the local authority itself).',
			'Your post is itself part of the centre (the local authority itself): an issue you raise is already there.',
			'You also sit on Core, itself part of the centre (the local authority sits on it): an issue you raise there is already at the centre.'
		]);
		expect(officer.issuePath).toEqual(['core', 'la']);
	});

	it('people: the head on its own group; the task group’s people through the council, apart', () => {
		expect(step(officer, 'people').paragraphs).toEqual([
			'Head teacher: 1 group in common, about 3 meetings a year.',
			'On the groups where your agency, Council, has a seat, you would also meet Link worker and Social care, if you go.'
		]);
	});
});

describe('induction: posts whose groups the map does not record, or records as none', () => {
	it('a post recorded on no group: the map records none; no support, route or people', () => {
		const lonely = tour(vale, 'lonely');
		expect(lonely.steps.map((s) => s.id)).toEqual(['locality', 'groups', 'support', 'issues', 'people']);
		expect(lonely.groups).toEqual([]);
		expect(lonely.agencyGroups).toEqual([]);
		expect(lonely.colleagues).toEqual([]);
		expect(lonely.issuePath).toEqual(['lonely']);
		expect(step(lonely, 'groups')).toEqual({
			id: 'groups',
			title: 'Your groups',
			paragraphs: ['The map records no group that Lonely post sits on. Ask your manager which meetings you should attend, and whether the map needs updating.'],
			focus: ['lonely']
		});
		expect(step(lonely, 'support')).toEqual({ id: 'support', title: 'Who to ask for advice or supervision', paragraphs: [NO_SUPPORT], focus: ['lonely'] });
		expect(step(lonely, 'issues')).toEqual({
			id: 'issues',
			title: 'Where an issue you raise goes',
			paragraphs: [NO_ROUTE, NO_MINDER],
			focus: ['lonely'],
			path: ['lonely']
		});
		expect(step(lonely, 'people')).toEqual({
			id: 'people',
			title: 'The people you will meet most often',
			paragraphs: ['The map names no one you sit with: it records no group you sit on.'],
			focus: []
		});
	});

	it('a post whose groups are not recorded: the map does not say, rather than "no group"', () => {
		const outreach = tour(vale, 'outreach');
		expect(step(outreach, 'groups').paragraphs).toEqual([
			'The map does not record which groups Outreach worker sits on. Ask your manager which meetings you should attend, and add them to the map.'
		]);
		expect(outreach.steps.flatMap((s) => s.paragraphs).join('\n')).not.toMatch(/no group that/);
	});

	const PARTIAL = `locality: { id: bare, name: Bare, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: worker, name: Worker, agency: schools, groups_recorded: partial }
  - { id: nurse, name: Nurse, agency: schools, groups_recorded: partial }
groups:
  - { id: panel, name: Panel, type: panel, members: [worker], members_recorded: partial }
  - { id: team, name: Team, type: team, members: [worker, { id: nurse, attendance: occasional }] }
  - { id: silent, name: Silent, type: forum, chair: worker }
`;

	it('a post whose groups are partly recorded: its groups, and a word that there are others', () => {
		const worker = tour(modelOf(PARTIAL), 'worker');
		expect(step(worker, 'groups').paragraphs).toEqual([
			'The map records you on 3 groups: Panel, Team and Silent (you chair it). The next steps take them one by one.',
			'The map does not record all the groups Worker sits on: ask your manager which others you attend.'
		]);
		const nurse = tour(modelOf(PARTIAL), 'nurse');
		expect(step(nurse, 'group-team').paragraphs).toEqual(['You sit on this group. The map records you as attending now and then.']);
	});

	it('who else is there: the map’s silence on a group’s members is said, not read as no one', () => {
		const worker = tour(modelOf(PARTIAL), 'worker');
		const whoElse = (g: string) => step(worker, `group-${g}`).facts?.at(-1);
		expect(whoElse('panel')).toEqual({ label: 'Who else is there', value: 'The map names only some of its members, and no one else' });
		expect(whoElse('team')).toEqual({ label: 'Who else is there', value: 'Nurse' });
		// No members listed and none said: not recorded (the chair alone is named).
		expect(whoElse('silent')).toEqual({ label: 'Who else is there', value: 'The map does not record its members' });
	});
});

describe('induction: a post on no group of its own, whose agency has seats', () => {
	/*
	 * Schools sits on the steering group, which the council lead chairs (the centre); the
	 * Family Centre sits on a casework meeting and a forum, and the forum reports to the
	 * council. The worker's own groups are not recorded; the nurse's are recorded as none.
	 */
	const model = modelOf(`locality: { id: bare, name: Bare, as_of: "2005" }
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
  - { id: fc, name: Family Centre, sector: voluntary }
roles:
  - { id: lead, name: Council lead, agency: la }
  - { id: worker, name: Worker, agency: schools, groups_recorded: not-recorded }
  - { id: nurse, name: Nurse, agency: fc }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: lead, members: [schools] }
  - { id: cases, name: Casework meeting, type: panel, members: [fc] }
  - { id: forum, name: Forum, type: forum, members: [fc] }
links:
  - { from: cases, to: forum, kind: raises-issues }
  - { from: forum, to: la, kind: reports-to }
`);

	it('its agency’s group at the centre is told as the agency’s seat, with the question to ask', () => {
		const worker = tour(model, 'worker');
		expect(worker.groups).toEqual([]);
		expect(step(worker, 'groups').paragraphs).toEqual([
			'The map does not record which groups Worker sits on. Ask your manager which meetings you should attend, and add them to the map.',
			'Your agency, Schools, has a seat on 1 group: see “Groups your agency sits on”.'
		]);
		expect(step(worker, 'issues')).toEqual({
			id: 'issues',
			title: 'Where an issue you raise goes',
			paragraphs: [
				NO_ROUTE,
				'Your agency, Schools, has a seat on Steering group (the local authority sits on it), part of the centre; the map does not say whether you attend: ask your manager how to raise an issue there.',
				NO_MINDER
			],
			focus: ['worker', 'steer'],
			path: ['worker']
		});
	});

	it('a route from its agency’s groups to the centre is told as theirs', () => {
		const nurse = tour(model, 'nurse');
		expect(step(nurse, 'groups').paragraphs).toEqual([
			'The map records no group that Nurse sits on. Ask your manager which meetings you should attend, and whether the map needs updating.',
			'Your agency, Family Centre, has a seat on 2 groups: see “Groups your agency sits on”.'
		]);
		expect(step(nurse, 'issues').paragraphs).toEqual([
			NO_ROUTE,
			'From the groups your agency, Family Centre, sits on, an issue can travel: Forum → Council, part of the centre (the local authority itself); the map does not say whether you attend them: ask your manager.',
			NO_MINDER
		]);
		expect(step(nurse, 'issues').focus).toEqual(['nurse', 'forum', 'la']);
	});
});

describe('induction: the route for an issue, and who minds the system', () => {
	const HEAD = 'locality: { id: bare, name: Bare, as_of: "2005" }\n';
	const withLinks = (links: string, roles = '') =>
		modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: fc, name: Family Centre, sector: voluntary }
roles:
  - { id: worker, name: Worker, agency: schools }
${roles}groups:
  - { id: panel, name: Panel, type: panel, members: [worker] }
  - { id: panel2, name: Second panel, type: panel }
  - { id: forum, name: Forum, type: forum }
links:
${links || '  []\n'}`);

	it('no route, and the map names the systems minder: raise it with them', () => {
		const model = withLinks('', '  - { id: minder, name: Co-ordinator, agency: fc, systems_minder: true }\n');
		expect(step(tour(model, 'worker'), 'issues')).toEqual({
			id: 'issues',
			title: 'Where an issue you raise goes',
			paragraphs: [NO_ROUTE, 'Raise it with Co-ordinator (Family Centre), who minds the system here (report 3.8).'],
			focus: ['worker', 'minder'],
			path: ['worker']
		});
	});

	it('two systems minders are both named; the minder is told the route is part of its work', () => {
		const model = withLinks(
			'',
			`  - { id: minder, name: Co-ordinator, agency: fc, systems_minder: true }
  - { id: minder2, name: Family worker, agency: fc, systems_minder: true }
`
		);
		expect(step(tour(model, 'worker'), 'issues').paragraphs).toEqual([
			NO_ROUTE,
			'Raise it with Co-ordinator (Family Centre) or Family worker (Family Centre), who mind the system here (report 3.8).'
		]);
		expect(step(tour(model, 'minder'), 'issues').paragraphs).toEqual([
			NO_ROUTE,
			'You mind the system here (report 3.8): finding or making that route is part of your work, with Family worker (Family Centre).'
		]);
	});

	it('no route and no systems minder recorded: the map says it does not record one', () => {
		expect(step(tour(withLinks(''), 'worker'), 'issues').paragraphs).toEqual([NO_ROUTE, NO_MINDER]);
		// Never the old words.
		expect(step(tour(withLinks(''), 'worker'), 'issues').paragraphs.join(' ')).not.toMatch(/whoever/);
	});

	it('a route to a strategic group but not the centre', () => {
		const worker = tour(withLinks('  - { from: panel, to: forum, kind: raises-issues }\n'), 'worker');
		expect(step(worker, 'issues').paragraphs).toEqual([
			'An issue you raise travels: Panel → Forum.',
			`It reaches a strategic group, but the map records no route from there to the centre (${CENTRE_WORDS}).`,
			NO_MINDER
		]);
	});

	it('a route to a body that funds others reaches the centre', () => {
		const worker = tour(
			withLinks(`  - { from: panel, to: fc, kind: refers }
  - { from: fc, to: forum, kind: funds }
`),
			'worker'
		);
		expect(step(worker, 'issues').paragraphs).toEqual(['An issue you raise travels: Panel → Family Centre.', 'It reaches Family Centre, part of the centre (it funds others: it holds resources).']);
	});

	it('a route that reaches neither: the path is the post alone', () => {
		const worker = tour(withLinks('  - { from: panel, to: panel2, kind: refers }\n'), 'worker');
		expect(step(worker, 'issues').paragraphs).toEqual([NO_ROUTE, NO_MINDER]);
		expect(worker.issuePath).toEqual(['worker']);
	});

	it('a strategic group it sits on, with no route on', () => {
		const model = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: worker, name: Worker, agency: schools }
groups:
  - { id: forum, name: Forum, type: forum, members: [worker] }
`);
		expect(step(tour(model, 'worker'), 'issues').paragraphs).toEqual([
			`You sit on Forum, a strategic group, but the map records no route from it to the centre (${CENTRE_WORDS}).`,
			NO_MINDER
		]);
	});

	it('names at most eight people, all of them ranked by name when they tie', () => {
		const names = ['Iota', 'Theta', 'Eta', 'Zeta', 'Epsilon', 'Delta', 'Gamma', 'Beta', 'Alpha'];
		const model = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
${names.map((n) => `  - { id: ${n.toLowerCase()}, name: ${n}, sector: other }`).join('\n')}
roles:
  - { id: worker, name: Worker, agency: schools }
groups:
  - { id: big, name: Big, type: network, meets: termly, members: [worker, ${names.map((n) => n.toLowerCase()).join(', ')}] }
`);
		const worker = tour(model, 'worker');
		expect(worker.colleagues.map((c) => c.name)).toEqual(['Alpha', 'Beta', 'Delta', 'Epsilon', 'Eta', 'Gamma', 'Iota', 'Theta', 'Zeta']);
		expect(worker.colleagues.every((c) => c.meetingsTogether === 3)).toBe(true);
		expect(step(worker, 'people').paragraphs).toHaveLength(8);
		expect(step(worker, 'people').focus).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'eta', 'gamma', 'iota', 'theta']);
		expect(step(worker, 'people').paragraphs[0]).toBe('Alpha: 1 group in common, about 3 meetings a year.');
	});

	it('through its agency, names eight people and counts the rest', () => {
		const names = ['Iota', 'Theta', 'Eta', 'Zeta', 'Epsilon', 'Delta', 'Gamma', 'Beta', 'Alpha', 'Kappa'];
		const model = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
${names.map((n) => `  - { id: ${n.toLowerCase()}, name: ${n}, sector: other }`).join('\n')}
roles:
  - { id: worker, name: Worker, agency: schools }
groups:
  - { id: big, name: Big, type: network, members: [schools, ${names.map((n) => n.toLowerCase()).join(', ')}] }
`);
		expect(step(tour(model, 'worker'), 'people').paragraphs).toEqual([
			'The map names no one you sit with: it records no group you sit on.',
			'On the groups where your agency, Schools, has a seat, you would also meet Alpha, Beta, Delta, Epsilon, Eta, Gamma, Iota, Kappa and 2 more, if you go.'
		]);
	});

	it('is undefined for an agency, a group, or an id not in the map', () => {
		expect(induction(vale, id('schools'))).toBeUndefined();
		expect(induction(vale, id('sct'))).toBeUndefined();
		expect(induction(vale, id('nobody'))).toBeUndefined();
		expect(induction(modelOf(HEAD), id('hsclw'))).toBeUndefined();
	});
});
