/**
 * The whole audit, as `npm run map -- audit FILE --json` prints it: one small map worked
 * through by hand, the empty map, what-if, and the report's own maps.
 */
import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { HEAD, VALE, reportMap } from '../../../tests/unit/helpers/maps';
import type { ItemId } from '../model/locality-model';
import { audit } from './audit';
import { structureGraph } from '../../../tests/unit/helpers/graphology';

/** Ids as the analyses take them (a branded string). */
const ids = (...list: string[]) => list as ItemId[];
/** What the command line prints, read back. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/*
 * The Vale, by hand. Ties (7): schools-head (post in its agency), head-panel, camhs-panel,
 * head-team, camhs-team (memberships), la-steer (chair), panel-steer (link).
 *
 *   schools - head - panel - steer - la
 *              \     /
 *               team - camhs - panel
 *
 * n = 7: density 7 / (7·6/2) = 7/21 = 0.333; degree = ties / 6; betweenness over
 * 6·5/2 = 15 pairs of others.
 * - panel (3 ties): all 4·2 = 8 pairs between {schools, head, camhs, team} and {steer, la},
 *   plus half of head-camhs and half of schools-camhs (each also goes round by the team):
 *   9/15 = 0.6.
 * - head (3 ties): the 5 pairs of schools with the others, plus half of team-panel,
 *   team-steer and team-la (each also goes by camhs): 6.5/15 = 0.433.
 * - steer (2): the 5 pairs of la with the others: 5/15 = 0.333.
 * - camhs (2): the other halves of team-panel, team-steer, team-la: 1.5/15 = 0.1.
 * - team (2): the other halves of head-camhs and schools-camhs: 1/15 = 0.067.
 * - schools, la (1 each): 0, and stand by name: Local authority, Schools.
 * Hubs rank by ties, then betweenness: panel, head, steer, camhs, team, la, schools.
 *
 * The steering group lists no members: the map records its chair, the local authority, and
 * not who else sits there. So the audit does not say what depends on who sits there:
 * - Single points of failure: head alone cuts off schools, its own employer: no finding.
 *   The steering group leaves la apart; la's own seats are recorded in full (by default), but
 *   la is an agency and the steering group's members are not recorded, so la may sit on it
 *   (or anywhere else) unrecorded: unsure. Without the panel, {steer, la} is left apart, and
 *   someone the map does not name may sit on the steering group and join it to the rest:
 *   unsure. Nothing is sure, so both are listed holding what they hold on the map's record
 *   only, the panel first (two unsure to one).
 * - Overlap: panel and team, both listed in full, seat {head, camhs}: 2 of 2 = 1.
 * - Load: head and camhs sit on the termly panel (3) and the weekly team (39): 42 each; la
 *   chairs the steering group, whose frequency is not given. All at least, since the
 *   steering group may seat others.
 * - Gaps: camhs attends the panel occasionally. The panel raises issues with the steering
 *   group, which the local authority chairs (the centre); the team reaches it through the
 *   head, who sits on both. Head minds the system, and the panel (tiers 3-4, with CAMHS)
 *   covers tier 3, so neither a systems minder nor a tier gap.
 * - Not recorded: who sits on the steering group; so whether anyone from health, social
 *   care, voluntary or families sits anywhere (seated: education, mental health and the
 *   local authority); and the focus of the team and the steering group, so whether any
 *   group looks upstream (the panel looks downstream).
 */
/** The Vale with the steering group's membership recorded: the local authority alone. */
const VALE_RECORDED = VALE.replace('chair: la }', 'chair: la, members: [la] }');

describe('audit of a map worked by hand', () => {
	const result = json(audit(modelOf(VALE)));

	it('has exactly the fields of the JSON output', () => {
		expect(Object.keys(result)).toEqual(['locality', 'metrics', 'hubs', 'overlaps', 'purposeOverlaps', 'load', 'gaps', 'unrecorded', 'fragile', 'limits']);
		expect(Object.keys(result.locality)).toEqual(['id', 'name', 'as_of']);
		expect(Object.keys(result.metrics)).toEqual(['nodes', 'edges', 'density', 'components']);
		expect(Object.keys(result.hubs[0])).toEqual(['id', 'name', 'kind', 'degree', 'betweenness', 'ties', 'insecure', 'sentence']);
		expect(Object.keys(result.overlaps[0])).toEqual(['groups', 'shared', 'jaccard', 'sentence']);
		expect(Object.keys(result.fragile[0])).toEqual(['id', 'name', 'kind', 'cuts_off', 'cutOffCount', 'unsure', 'unsureCount', 'insecure', 'sentence']);
		expect(Object.keys(result.load[0])).toEqual(['id', 'name', 'kind', 'groups', 'meetingsPerYear', 'unknownFrequency', 'atLeast']);
		expect(result.gaps.map((g: object) => Object.keys(g))).toEqual([['kind', 'ids', 'message']]);
		// `sectors` only on the question of sectors.
		expect(result.unrecorded.map((u: object) => Object.keys(u))).toEqual([
			['kind', 'ids', 'message', 'question'],
			['kind', 'ids', 'sectors', 'message', 'question'],
			['kind', 'ids', 'message', 'question']
		]);
	});

	it('locality and metrics', () => {
		expect(result.locality).toEqual({ id: 'vale', name: 'Vale', as_of: '2005-07' });
		expect(result.metrics).toEqual({ nodes: 7, edges: 7, density: 0.333, components: 1 });
	});

	it('hubs, most ties first, then highest betweenness', () => {
		expect(result.hubs.map((h: { id: string; name: string; kind: string; degree: number; betweenness: number }) => [h.id, h.name, h.kind, h.degree, h.betweenness])).toEqual([
			['panel', 'Panel', 'group', 0.5, 0.6],
			['head', 'Head', 'role', 0.5, 0.433],
			['steer', 'Steering group', 'group', 0.333, 0.333],
			['camhs', 'CAMHS', 'agency', 0.333, 0.1],
			['team', 'Team', 'group', 0.333, 0.067],
			['la', 'Local authority', 'agency', 0.167, 0],
			['schools', 'Schools', 'agency', 0.167, 0]
		]);
		// The head has as many ties as the panel, so the panel is not called the single top hub.
		expect(result.hubs[0]).toEqual({
			id: 'panel',
			name: 'Panel',
			kind: 'group',
			degree: 0.5,
			betweenness: 0.6,
			ties: 3,
			insecure: false,
			sentence: 'Panel has 3 direct ties, and 60% of the shortest routes between two other items pass through it.'
		});
	});

	it('overlaps, purpose overlaps and load', () => {
		expect(result.overlaps).toEqual([
			{ groups: ['panel', 'team'], shared: ['head', 'camhs'], jaccard: 1, sentence: 'Panel and Team share 2 of the 2 people and agencies who sit on either (100%): do both need to meet?' }
		]);
		expect(result.purposeOverlaps).toEqual([]);
		expect(result.load).toEqual([
			{ id: 'camhs', name: 'CAMHS', kind: 'agency', groups: ['panel', 'team'], meetingsPerYear: 42, unknownFrequency: 0, atLeast: true },
			{ id: 'head', name: 'Head', kind: 'role', groups: ['panel', 'team'], meetingsPerYear: 42, unknownFrequency: 0, atLeast: true },
			{ id: 'la', name: 'Local authority', kind: 'agency', groups: ['steer'], meetingsPerYear: 0, unknownFrequency: 1, atLeast: true }
		]);
	});

	it('gaps: only what the map records', () => {
		expect(result.gaps).toEqual([{ kind: 'absent-members', ids: ['panel', 'camhs'], message: 'Panel meets without all its members: CAMHS (occasional).' }]);
	});

	it('not recorded: what to find out', () => {
		expect(result.unrecorded).toEqual([
			{ kind: 'members', ids: ['steer'], message: 'The map does not record who sits on Steering group.', question: 'Who sits on Steering group, and how often do they come?' },
			{
				kind: 'sector',
				ids: ['steer'],
				sectors: ['health', 'social-care', 'voluntary', 'families'],
				message: 'No one from health, social care, voluntary and families is recorded on any group, but the map does not record who sits on Steering group.',
				question: 'Does anyone from health, social care, voluntary and families sit on a group here?'
			},
			{
				kind: 'focus',
				ids: ['team', 'steer'],
				message: 'No group is recorded with an upstream focus, but the map does not record the focus of Team and Steering group.',
				question: 'Where do people talk about making things better for all children, not only those already in difficulty (report 3.3)?'
			}
		]);
	});

	it('single points of failure: with a group’s members not recorded, each holds what it holds only on the map’s record', () => {
		// Nothing sure (see above): ranked by how many unsure, panel (2) before steer (1).
		expect(result.fragile).toEqual([
			{
				id: 'panel',
				name: 'Panel',
				kind: 'group',
				cuts_off: [],
				unsure: ['la', 'steer'],
				unsureCount: 2,
				cutOffCount: 0,
				insecure: false,
				sentence: 'If Panel went, nothing the map records would join Local authority and Steering group to the rest of the system; but the map does not record all the seats that might.'
			},
			{
				id: 'steer',
				name: 'Steering group',
				kind: 'group',
				cuts_off: [],
				unsure: ['la'],
				unsureCount: 1,
				cutOffCount: 0,
				insecure: false,
				sentence: 'If Steering group went, nothing the map records would join Local authority to the rest of the system; but the map does not record all the seats that might.'
			}
		]);
	});

	it('passes the overlap threshold on', () => {
		expect(audit(modelOf(VALE), { overlapThreshold: 1 }).overlaps).toHaveLength(1);
		expect(audit(modelOf(VALE), { overlapThreshold: 1.01 }).overlaps).toEqual([]);
	});
});

describe('the same map with the steering group’s membership recorded', () => {
	// The steering group is recorded as the local authority alone (its chair). The ties are
	// the same (la-steer, now a membership as well as the chair): metrics and hubs do not change.
	const result = audit(modelOf(VALE_RECORDED));

	it('asserts the sectors no one sits for', () => {
		expect(result.gaps).toEqual([
			{ kind: 'missing-sector', ids: [], sector: 'health', message: 'No one from health sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'voluntary', message: 'No one from voluntary sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'families', message: 'No one from families sits on any group.' },
			{ kind: 'absent-members', ids: ['panel', 'camhs'], message: 'Panel meets without all its members: CAMHS (occasional).' }
		]);
		// The focus of the team and the steering group is still not recorded.
		expect(result.unrecorded.map((u) => [u.kind, u.ids])).toEqual([['focus', ['team', 'steer']]]);
	});

	it('asserts what the panel cuts off, and counts load in full', () => {
		// Without the panel: {schools, head, team, camhs} (4) is the main part; la and steer,
		// both recorded in full, are cut off. The steering group cuts off la.
		expect(result.fragile.map((f) => [f.id, f.cuts_off, f.unsure])).toEqual([
			['panel', ['la', 'steer'], []],
			['steer', ['la'], []]
		]);
		expect(result.fragile[0].sentence).toBe('If Panel went, Local authority and Steering group would be cut off from the rest of the system.');
		expect(result.load.map((l) => [l.id, l.meetingsPerYear, l.atLeast])).toEqual([
			['camhs', 42, false],
			['head', 42, false],
			['la', 0, false]
		]);
		expect(result.metrics).toEqual({ nodes: 7, edges: 7, density: 0.333, components: 1 });
	});
});

describe('metrics: what counts as a tie', () => {
	it('one tie per pair, however many ways they are tied', () => {
		// head chairs the panel, sits on it, and is linked to it both ways: one tie. head is
		// also a post of schools, and linked to schools: one more. 3 items, 2 ties.
		const model = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, chair: head, members: [head] }
links:
  - { from: head, to: panel, kind: refers }
  - { from: panel, to: head, kind: informs }
  - { from: head, to: schools, kind: informs }
`);
		// density 2 / (3·2/2) = 0.667.
		expect(audit(model).metrics).toEqual({ nodes: 3, edges: 2, density: 0.667, components: 1 });
	});

	it('items with no tie are parts of their own', () => {
		const model = modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
links:
  - { from: a, to: b, kind: informs }
`);
		// 1 tie of 3 possible: 0.333; {a, b} and {c}.
		expect(audit(model).metrics).toEqual({ nodes: 3, edges: 1, density: 0.333, components: 2 });
	});

	it('one item alone: density 0, one part', () => {
		expect(audit(modelOf(`${HEAD}agencies: [{ id: a, name: A, sector: other }]\n`)).metrics).toEqual({ nodes: 1, edges: 0, density: 0, components: 1 });
	});
});

describe('audit of an empty map', () => {
	it('has no hubs, overlaps, load or single points of failure, all metrics 0, and only the gaps of absence', () => {
		expect(json(audit(modelOf(HEAD)))).toEqual({
			locality: { id: 'test', name: 'Test', as_of: '2005' },
			metrics: { nodes: 0, edges: 0, density: 0, components: 0 },
			hubs: [],
			overlaps: [],
			purposeOverlaps: [],
			load: [],
			// See find-gaps.test.ts: no one sits on a group and nothing is silent, so every
			// expected sector is missing; there is no post to mark as minding the system, so who
			// does is not recorded; gaps about groups need groups.
			gaps: [
				{ kind: 'missing-sector', ids: [], sector: 'education', message: 'No one from education sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'health', message: 'No one from health sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'mental-health', message: 'No one from mental health sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'voluntary', message: 'No one from voluntary sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'families', message: 'No one from families sits on any group.' }
			],
			unrecorded: [
				{
					kind: 'systems-minder',
					ids: [],
					message: 'The map does not record who minds the communication system.',
					question: 'Who minds the system here: who receives issues, frees up communication and notices when it goes wrong (report 3.8)?'
				}
			],
			fragile: [],
			limits: []
		});
	});

	it('and with a removal asked for, a what-if that removes and cuts off nothing real', () => {
		expect(audit(modelOf(HEAD), { removed: ids('ghost') }).whatIf).toEqual({ removed: ids('ghost'), cutOff: [], unsure: [] });
	});
});

describe('what if', () => {
	it('audits the map without the items, and names those cut off from the main part', () => {
		// The Vale with the steering group's members recorded, so that what is cut off is sure.
		// Without the panel: {schools, head, team, camhs} (3 ties) and {steer, la} (1 tie).
		// 6 items, 4 ties: density 4 / (6·5/2) = 4/15 = 0.267, 2 parts.
		const result = audit(modelOf(VALE_RECORDED), { removed: ids('panel') });
		expect(result.metrics).toEqual({ nodes: 6, edges: 4, density: 0.267, components: 2 });
		expect(result.whatIf?.removed).toEqual(['panel']);
		// In the order the graph search meets them, not the file's: compare as a set.
		expect([...(result.whatIf?.cutOff ?? [])].sort()).toEqual(['la', 'steer']);
		expect(result.whatIf?.unsure).toEqual([]);
		expect(result.hubs.map((h) => h.id)).not.toContain('panel');
	});

	it('what is left apart is unsure, not cut off, when its piece may hold seats the map does not record', () => {
		// The Vale as it stands: the steering group lists no members, so someone unnamed may
		// join {steer, la} to the rest without the panel (and la, an agency, may sit on it).
		const result = audit(modelOf(VALE), { removed: ids('panel') });
		expect(result.whatIf?.cutOff).toEqual([]);
		expect([...(result.whatIf?.unsure ?? [])].sort()).toEqual(['la', 'steer']);
	});

	it('without a removal there is no what-if', () => {
		expect(audit(modelOf(VALE)).whatIf).toBeUndefined();
		expect(audit(modelOf(VALE), { removed: [] }).whatIf).toBeUndefined();
	});

	it('removing an item that cuts nothing off', () => {
		// Without the team, the panel still joins head and camhs.
		expect(audit(modelOf(VALE), { removed: ids('team') }).whatIf).toEqual({ removed: ids('team'), cutOff: [], unsure: [] });
	});

	it('an agency’s posts go with it, and leave no trace in overlaps, gaps or load', () => {
		// Without schools, head goes too: the panel and the team keep CAMHS only (1 in common:
		// no duplicate meeting), no post is left to mind the system, and nobody from education
		// is recorded on a group (the steering group's members are still not recorded).
		const result = audit(modelOf(VALE), { removed: ids('schools') });
		expect(result.overlaps).toEqual([]);
		expect(result.load.map((l) => l.id)).toEqual(['camhs', 'la']);
		expect(result.unrecorded.find((u) => u.kind === 'sector')?.sectors).toContain('education');
		expect(result.unrecorded.map((u) => u.kind)).toContain('systems-minder');
		expect(JSON.stringify([result.gaps, result.unrecorded, result.fragile])).not.toContain('"head"');
		expect(result.metrics.nodes).toBe(5);
	});

	it('measures what is cut off against the main part of the whole map', () => {
		// A triangle a-b-c, and apart from it a path p-q-r. Without q, p and r lose each other
		// (findFragile says so), but neither was in the main part of the map (the triangle),
		// so the what-if cuts off no one.
		const model = modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
  - { id: p, name: P, sector: other }
  - { id: q, name: Q, sector: other }
  - { id: r, name: R, sector: other }
links:
  - { from: a, to: b, kind: informs }
  - { from: b, to: c, kind: informs }
  - { from: c, to: a, kind: informs }
  - { from: p, to: q, kind: informs }
  - { from: q, to: r, kind: informs }
`);
		expect(audit(model).fragile.map((f) => [f.id, f.cuts_off])).toEqual([['q', ['p', 'r']]]);
		expect(audit(model, { removed: ids('q') }).whatIf).toEqual({ removed: ids('q'), cutOff: [], unsure: [] });
	});
});

describe('the report’s maps', () => {
	it('Banbury: the Sunshine Centre is the top hub (5.2)', () => {
		expect(audit(reportMap('banbury')).hubs[0].id).toBe('sunshine-centre');
	});

	it('Kidlington: the network is the top hub (Appendix 2e)', () => {
		expect(audit(reportMap('kidlington')).hubs[0].id).toBe('network');
	});

	it('Abingdon: the pilot co-ordinator is a single point of failure; without him the local services he linked are cut off (Appendix 2c)', () => {
		// He "had been doing much of the link work" and "took a lot of that knowledge with him".
		const abingdon = reportMap('abingdon');
		expect(audit(abingdon).fragile.map((f) => f.id)).toContain('pilot-coordinator');
		// Whether the map can say so for sure or only on its record (it does not record every
		// membership in Abingdon), the local services are among those left apart.
		const result = audit(abingdon, { removed: ids('pilot-coordinator') });
		expect([...(result.whatIf?.cutOff ?? []), ...(result.whatIf?.unsure ?? [])]).toContain('local-services');
	});

	it('Bicester: the primary school council is a part of its own, apart from the interagency forums (report 3.6)', () => {
		// It "runs alongside the interagency forums for discussion and does not directly relate to them".
		const bicester = reportMap('bicester');
		expect(audit(bicester).metrics.components).toBeGreaterThan(1);
		const parts = connectedComponents(structureGraph(bicester)).map((part) => [...part]);
		const council = parts.find((part) => part.includes('school-council')) ?? [];
		expect(council).not.toContain('iss-forum');
		expect(council).not.toContain('steering-group');
	});
});
