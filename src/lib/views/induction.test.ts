/**
 * The induction tour of one post, worked by hand on the Vale below: the steps in order
 * (locality, one per group the post or its agency sits on, support, issues, people), their
 * titles and sentences, and the colleagues ranked by meetings a year together
 * (MEETINGS_PER_YEAR), then the post with no groups, the post in the local authority, the
 * other endings of the issue step and ids that are not posts.
 */
import { describe, expect, it } from 'vitest';
import { MEETINGS_PER_YEAR } from '../analysis/find-overlaps';
import { groupTypes } from '../format/vocabulary';
import { modelOf } from '../load/fixtures';
import type { ItemId } from '../model/locality-model';
import { induction, type Induction, type TourStep } from './induction';

const id = (s: string) => s as ItemId;

/*
 * The Vale. The link worker (hsclw) chairs the weekly school team, sits on the monthly panel
 * because Schools, its agency, is a member, and sits on the task group (ad hoc) in person.
 * It is not on the core group. The council officer chairs the termly core group and sits on
 * the task group because the council, its agency, is a member. The lonely post's agency,
 * Housing, is on nothing.
 *
 * Route links: sct -raises-issues-> core -reports-to-> la.
 * Advice and supervision: psych -> hsclw (consults, "by phone"), sc -> panel (supervises),
 * hsclw -> head (consults), camhs -> psych (supervises, nothing to do with hsclw).
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
groups:
  - { id: sct, name: School team, type: school-consultation-team, meets: weekly, chair: hsclw, members: [hsclw, head, ta, camhs] }
  - { id: panel, name: Panel, type: panel, purpose: Cases at tier 3, meets: monthly, membership: representative, chair: sc, members: [schools, psych, { id: sc, attendance: occasional }, head] }
  - { id: core, name: Core, type: core-group, meets: termly, chair: officer, members: [head, officer] }
  - { id: adhoc, name: Task group, type: working-group, meets: ad-hoc, members: [hsclw, sc, la] }
links:
  - { from: sct, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
  - { from: psych, to: hsclw, kind: consults, notes: by phone }
  - { from: sc, to: panel, kind: supervises }
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

const NO_ROUTE = 'The map shows no route from you or your groups toward a strategic group or the local authority. Ask whoever minds the system how issues are raised.';
const NO_SUPPORT = 'The map records no advice or supervision for this post. Ask who supervises you, and add it to the map.';

describe('induction: the link worker in the Vale', () => {
	const hsclw = tour();

	it('has the steps locality, one per group in map order, support, issues, people', () => {
		expect(hsclw.steps.map((s) => s.id)).toEqual(['locality', 'group-sct', 'group-panel', 'group-adhoc', 'support', 'issues', 'people']);
		expect(hsclw.steps.map((s) => s.title)).toEqual([
			'Welcome to Vale',
			'School team (School consultation team)',
			'Panel (Panel)',
			'Task group (Working group)',
			'Who to ask for advice or supervision',
			'Where an issue you raise goes',
			'The people you will meet most often'
		]);
		expect(hsclw.role.id).toBe('hsclw');
		// In person (sct, adhoc) or through its agency (panel); not the core group.
		expect(hsclw.groups.map((g) => g.id)).toEqual(['sct', 'panel', 'adhoc']);
	});

	it('welcomes the post with its agency, the summary and the boundary', () => {
		expect(step(hsclw, 'locality')).toEqual({
			id: 'locality',
			title: 'Welcome to Vale',
			paragraphs: [
				'You are joining Vale in the post “Link worker”, with Schools. This tour walks you through the communication system you are part of: the groups you will sit on, who to ask for help, and where an issue you raise goes.',
				'A small town.',
				"The locality's boundary is clear: Everyone knows the patch and the people they can draw on (report 2.1)."
			],
			focus: ['hsclw']
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

	it('a group it sits on through its agency: every fact the map gives', () => {
		// Seats schools, psych, sc, head (the chair sc again); Schools is the post's own agency.
		expect(step(hsclw, 'group-panel')).toEqual({
			id: 'group-panel',
			title: 'Panel (Panel)',
			paragraphs: ['You sit on this group as part of Schools.'],
			facts: [
				{ label: 'What this kind of group is for', value: typeDescription('panel') },
				{ label: 'Its purpose', value: 'Cases at tier 3' },
				{ label: 'Chair', value: 'Social care' },
				{ label: 'Meets', value: 'Monthly' },
				{ label: 'Membership', value: 'Representative' },
				{ label: 'Who else is there', value: 'Psychologist, Social care, Head teacher' }
			],
			focus: ['panel', 'psych', 'sc', 'head']
		});
	});

	it('a group it sits on in person, meeting when needed', () => {
		const adhoc = step(hsclw, 'group-adhoc');
		expect(adhoc.paragraphs).toEqual(['You sit on this group.']);
		expect(adhoc.facts).toEqual([
			{ label: 'What this kind of group is for', value: typeDescription('working-group') },
			{ label: 'Meets', value: 'When needed' },
			{ label: 'Who else is there', value: 'Social care, Council' }
		]);
		expect(adhoc.focus).toEqual(['adhoc', 'sc', 'la']);
	});

	it('support: advice to it, supervision to a group it is on, and advice it gives; not supervision between others', () => {
		expect(step(hsclw, 'support')).toEqual({
			id: 'support',
			title: 'Who to ask for advice or supervision',
			paragraphs: ['Advice from Psychologist to you. (by phone)', 'Supervision from Social care to Panel.', 'You give advice to Head teacher.'],
			focus: ['hsclw', 'psych', 'sc', 'head']
		});
	});

	it('issues: from its groups to the core group and the council', () => {
		// Starts hsclw, sct, panel, adhoc; only sct has a route: sct -> core -> la.
		expect(step(hsclw, 'issues')).toEqual({
			id: 'issues',
			title: 'Where an issue you raise goes',
			paragraphs: ['An issue you raise travels: School team → Core → Council.', 'It reaches the local authority: the centre that shapes policy and resources.'],
			focus: ['sct', 'core', 'la'],
			path: ['sct', 'core', 'la']
		});
		expect(hsclw.issuePath).toEqual(['sct', 'core', 'la']);
	});

	it('people: ranked by meetings a year together, then groups in common, then name', () => {
		expect([MEETINGS_PER_YEAR.weekly, MEETINGS_PER_YEAR.monthly, MEETINGS_PER_YEAR['ad-hoc']]).toEqual([39, 12, undefined]);
		// sct weekly (39): head, ta, camhs. panel monthly (12): psych, sc, head. adhoc (unknown, 0): sc, la.
		// head 39 + 12 = 51 in 2 groups; ta and camhs 39 in 1 (CAMHS before Teaching assistant by
		// name, though ta sits first); sc 12 + 0 = 12 in 2 before psych 12 in 1; la 0.
		expect(hsclw.colleagues).toEqual([
			{ id: 'head', name: 'Head teacher', meetingsTogether: 51, groups: ['sct', 'panel'] },
			{ id: 'camhs', name: 'CAMHS', meetingsTogether: 39, groups: ['sct'] },
			{ id: 'ta', name: 'Teaching assistant', meetingsTogether: 39, groups: ['sct'] },
			{ id: 'sc', name: 'Social care', meetingsTogether: 12, groups: ['panel', 'adhoc'] },
			{ id: 'psych', name: 'Psychologist', meetingsTogether: 12, groups: ['panel'] },
			{ id: 'la', name: 'Council', meetingsTogether: 0, groups: ['adhoc'] }
		]);
		expect(step(hsclw, 'people')).toEqual({
			id: 'people',
			title: 'The people you will meet most often',
			paragraphs: [
				'Head teacher: 2 groups in common, about 51 meetings a year.',
				'CAMHS: 1 group in common, about 39 meetings a year.',
				'Teaching assistant: 1 group in common, about 39 meetings a year.',
				'Social care: 2 groups in common, about 12 meetings a year.',
				'Psychologist: 1 group in common, about 12 meetings a year.',
				'Council: 1 group in common.'
			],
			focus: ['head', 'camhs', 'ta', 'sc', 'psych', 'la']
		});
	});
});

describe('induction: other posts', () => {
	it('a post with no groups: the no-group step, and no support, route or people', () => {
		const lonely = tour(vale, 'lonely');
		expect(lonely.steps.map((s) => s.id)).toEqual(['locality', 'groups', 'support', 'issues', 'people']);
		expect(lonely.groups).toEqual([]);
		expect(lonely.colleagues).toEqual([]);
		expect(lonely.issuePath).toEqual(['lonely']);
		expect(step(lonely, 'locality').paragraphs[0]).toBe(
			'You are joining Vale in the post “Lonely post”, with Housing. This tour walks you through the communication system you are part of: the groups you will sit on, who to ask for help, and where an issue you raise goes.'
		);
		expect(step(lonely, 'groups')).toEqual({
			id: 'groups',
			title: 'Your groups',
			paragraphs: ['The map shows no group that Lonely post sits on. Ask your manager which meetings you should attend, and whether the map needs updating.'],
			focus: ['lonely']
		});
		expect(step(lonely, 'support')).toEqual({ id: 'support', title: 'Who to ask for advice or supervision', paragraphs: [NO_SUPPORT], focus: ['lonely'] });
		// The path is the post alone: no step toward anywhere.
		expect(step(lonely, 'issues')).toEqual({ id: 'issues', title: 'Where an issue you raise goes', paragraphs: [NO_ROUTE], focus: ['lonely'], path: ['lonely'] });
		expect(step(lonely, 'people')).toEqual({
			id: 'people',
			title: 'The people you will meet most often',
			paragraphs: ['The map names no one else in your groups.'],
			focus: []
		});
	});

	it('a post in the local authority: its issues go on from its groups to the council, not stop at itself', () => {
		const officer = tour(vale, 'officer');
		// Chairs core in person; on the task group because the council is.
		expect(officer.steps.map((s) => s.id)).toEqual(['locality', 'group-core', 'group-adhoc', 'support', 'issues', 'people']);
		expect(step(officer, 'locality').paragraphs[0]).toMatch(/^You are joining Vale in the post “Council officer”, with Council\. /);
		expect(step(officer, 'group-core').paragraphs).toEqual(['You chair this group.']);
		expect(step(officer, 'group-core').facts).toEqual([
			{ label: 'What this kind of group is for', value: typeDescription('core-group') },
			{ label: 'Chair', value: 'You' },
			{ label: 'Meets', value: 'Termly' },
			{ label: 'Who else is there', value: 'Head teacher' }
		]);
		expect(step(officer, 'group-adhoc').paragraphs).toEqual(['You sit on this group as part of Council.']);
		expect(step(officer, 'group-adhoc').facts?.at(-1)).toEqual({ label: 'Who else is there', value: 'Link worker, Social care' });
		expect(step(officer, 'support').paragraphs).toEqual([NO_SUPPORT]);
		// Starts officer, core, adhoc: the officer is in the council but is where the issue begins;
		// core (a start too) reports to la.
		expect(step(officer, 'issues').paragraphs).toEqual([
			'An issue you raise travels: Core → Council.',
			'It reaches the local authority: the centre that shapes policy and resources.'
		]);
		expect(officer.issuePath).toEqual(['core', 'la']);
		// core termly (3): head. adhoc (unknown): hsclw, sc, 0 each, by name.
		expect(step(officer, 'people').paragraphs).toEqual([
			'Head teacher: 1 group in common, about 3 meetings a year.',
			'Link worker: 1 group in common.',
			'Social care: 1 group in common.'
		]);
	});

	it('is undefined for an agency, a group, or an id not in the map', () => {
		expect(induction(vale, id('schools'))).toBeUndefined();
		expect(induction(vale, id('sct'))).toBeUndefined();
		expect(induction(vale, id('nobody'))).toBeUndefined();
		expect(induction(modelOf('locality: { id: empty, name: Empty, as_of: "2005" }\n'), id('hsclw'))).toBeUndefined();
	});
});

describe('induction: the other endings, and the bare map', () => {
	const HEAD = 'locality: { id: bare, name: Bare, as_of: "2005" }\n';
	const withLinks = (links: string) =>
		modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: worker, name: Worker, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, members: [worker] }
  - { id: panel2, name: Second panel, type: panel }
  - { id: forum, name: Forum, type: forum }
links:
${links}`);

	it('without summary or boundary, the welcome is one paragraph', () => {
		const worker = tour(withLinks('  - { from: panel, to: forum, kind: raises-issues }\n'), 'worker');
		expect(step(worker, 'locality').paragraphs).toEqual([
			'You are joining Bare in the post “Worker”, with Schools. This tour walks you through the communication system you are part of: the groups you will sit on, who to ask for help, and where an issue you raise goes.'
		]);
		// A group with no chair, frequency, purpose or membership, and no one else on it.
		expect(step(worker, 'group-panel').facts).toEqual([
			{ label: 'What this kind of group is for', value: typeDescription('panel') },
			{ label: 'Who else is there', value: 'No one else is named in the map' }
		]);
		expect(step(worker, 'people').paragraphs).toEqual(['The map names no one else in your groups.']);
	});

	it('a route to a strategic group but not the council', () => {
		const worker = tour(withLinks('  - { from: panel, to: forum, kind: raises-issues }\n'), 'worker');
		expect(step(worker, 'issues').paragraphs).toEqual([
			'An issue you raise travels: Panel → Forum.',
			'It reaches a strategic group, but the map shows no route on to the local authority.'
		]);
	});

	it('a route that reaches neither', () => {
		const worker = tour(withLinks('  - { from: panel, to: panel2, kind: refers }\n'), 'worker');
		// No strategic group is reached: the path is the first start, the worker alone.
		expect(step(worker, 'issues').paragraphs).toEqual([NO_ROUTE]);
		expect(worker.issuePath).toEqual(['worker']);
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
});
