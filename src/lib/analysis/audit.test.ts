/**
 * The whole audit, as `npm run map -- audit FILE --json` prints it: one small map worked
 * through by hand, the empty map, what-if, and the report's own maps.
 */
import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../load/fixtures';
import { HEAD, VALE, reportMap } from './test-maps';
import type { ItemId } from '../model/locality-model';
import { audit } from './audit';
import { structureGraph } from './structure-graph';

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
 * - panel: all 4·2 = 8 pairs between {schools, head, camhs, team} and {steer, la}, plus half
 *   of head-camhs and half of schools-camhs (each also goes round by the team): 9/15 = 0.6.
 * - head: the 5 pairs of schools with the others, plus half of team-panel, team-steer and
 *   team-la (each also goes by camhs): 6.5/15 = 0.433.
 * - steer: the 5 pairs of la with the others: 5/15 = 0.333.
 * - camhs: the other halves of team-panel, team-steer, team-la: 1.5/15 = 0.1.
 * - team: the other halves of head-camhs and schools-camhs: 1/15 = 0.067.
 * - schools, la: 0. They tie on ties (1) and stand by name: Local authority, Schools.
 * Single points of failure: head (cuts off schools), steer (la), panel (without it,
 * {schools, head, team, camhs} is the main part; la and steer are cut off).
 * Overlap: panel and team both seat {head, camhs}: 2/2 = 1.
 * Load: head and camhs sit on the termly panel (3) and the weekly team (39): 42 each; la
 * chairs the steering group, whose frequency is not given.
 * Gaps: seated sectors are education (head), mental health and the local authority, so
 * health, social care, voluntary and families are missing; the team has no route to the
 * centre; camhs attends the panel occasionally; no group looks upstream. Head minds the
 * system, and the panel (tiers 3-4, with CAMHS) covers tier 3, so no tier gap.
 */

describe('audit of a map worked by hand', () => {
	const result = json(audit(modelOf(VALE)));

	it('has exactly the fields of the JSON output', () => {
		expect(Object.keys(result)).toEqual(['locality', 'metrics', 'hubs', 'overlaps', 'purposeOverlaps', 'load', 'gaps', 'fragile']);
		expect(Object.keys(result.locality)).toEqual(['id', 'name', 'as_of']);
		expect(Object.keys(result.metrics)).toEqual(['nodes', 'edges', 'density', 'components']);
		expect(Object.keys(result.hubs[0])).toEqual(['id', 'name', 'kind', 'degree', 'betweenness', 'ties', 'insecure', 'sentence']);
		expect(Object.keys(result.overlaps[0])).toEqual(['groups', 'shared', 'jaccard', 'sentence']);
		expect(Object.keys(result.fragile[0])).toEqual(['id', 'name', 'kind', 'cuts_off', 'insecure', 'sentence']);
		expect(Object.keys(result.load[0])).toEqual(['id', 'name', 'kind', 'groups', 'meetingsPerYear', 'unknownFrequency']);
		// `sector` only on missing-sector gaps.
		expect(result.gaps.map((g: object) => Object.keys(g))).toEqual([
			['kind', 'ids', 'sector', 'message'],
			['kind', 'ids', 'sector', 'message'],
			['kind', 'ids', 'sector', 'message'],
			['kind', 'ids', 'sector', 'message'],
			['kind', 'ids', 'message'],
			['kind', 'ids', 'message'],
			['kind', 'ids', 'message']
		]);
	});

	it('locality and metrics', () => {
		expect(result.locality).toEqual({ id: 'vale', name: 'Vale', as_of: '2005-07' });
		expect(result.metrics).toEqual({ nodes: 7, edges: 7, density: 0.333, components: 1 });
	});

	it('hubs, highest betweenness first', () => {
		expect(result.hubs.map((h: { id: string; name: string; kind: string; degree: number; betweenness: number }) => [h.id, h.name, h.kind, h.degree, h.betweenness])).toEqual([
			['panel', 'Panel', 'group', 0.5, 0.6],
			['head', 'Head', 'role', 0.5, 0.433],
			['steer', 'Steering group', 'group', 0.333, 0.333],
			['camhs', 'CAMHS', 'agency', 0.333, 0.1],
			['team', 'Team', 'group', 0.333, 0.067],
			['la', 'Local authority', 'agency', 0.167, 0],
			['schools', 'Schools', 'agency', 0.167, 0]
		]);
		expect(result.hubs[0]).toEqual({
			id: 'panel',
			name: 'Panel',
			kind: 'group',
			degree: 0.5,
			betweenness: 0.6,
			ties: 3,
			insecure: false,
			sentence: 'Panel sits on more paths between others than anyone else: 60% of the shortest routes between two other items pass through it.'
		});
	});

	it('overlaps, purpose overlaps and load', () => {
		expect(result.overlaps).toEqual([
			{ groups: ['panel', 'team'], shared: ['head', 'camhs'], jaccard: 1, sentence: 'Panel and Team share 2 of their 2 members (100%): do both need to meet?' }
		]);
		expect(result.purposeOverlaps).toEqual([]);
		expect(result.load).toEqual([
			{ id: 'camhs', name: 'CAMHS', kind: 'agency', groups: ['panel', 'team'], meetingsPerYear: 42, unknownFrequency: 0 },
			{ id: 'head', name: 'Head', kind: 'role', groups: ['panel', 'team'], meetingsPerYear: 42, unknownFrequency: 0 },
			{ id: 'la', name: 'Local authority', kind: 'agency', groups: ['steer'], meetingsPerYear: 0, unknownFrequency: 1 }
		]);
	});

	it('gaps', () => {
		expect(result.gaps).toEqual([
			{ kind: 'missing-sector', ids: [], sector: 'health', message: 'No one from health sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'voluntary', message: 'No one from voluntary sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'families', message: 'No one from families sits on any group.' },
			{
				kind: 'no-route-to-centre',
				ids: ['team'],
				message:
					'Nothing Team raises reaches a steering group, forum, core group or the local authority: no chain of raises-issues, reports-to or refers links leads there.'
			},
			{ kind: 'absent-members', ids: ['panel', 'camhs'], message: 'Panel meets without all its members: CAMHS (occasional).' },
			{ kind: 'no-upstream', ids: [], message: 'No group has an upstream focus: every conversation is about children already in difficulty.' }
		]);
	});

	it('single points of failure, most cut off first', () => {
		expect(result.fragile).toEqual([
			{
				id: 'panel',
				name: 'Panel',
				kind: 'group',
				cuts_off: ['la', 'steer'],
				insecure: false,
				sentence: 'If Panel went, Local authority and Steering group would be cut off from the rest of the system.'
			},
			{ id: 'head', name: 'Head', kind: 'role', cuts_off: ['schools'], insecure: false, sentence: 'If Head went, Schools would be cut off from the rest of the system.' },
			{
				id: 'steer',
				name: 'Steering group',
				kind: 'group',
				cuts_off: ['la'],
				insecure: false,
				sentence: 'If Steering group went, Local authority would be cut off from the rest of the system.'
			}
		]);
	});

	it('passes the overlap threshold on', () => {
		expect(audit(modelOf(VALE), { overlapThreshold: 1 }).overlaps).toHaveLength(1);
		expect(audit(modelOf(VALE), { overlapThreshold: 1.01 }).overlaps).toEqual([]);
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
			// See find-gaps.test.ts: no one sits on a group, so every expected sector is
			// missing, and no post minds the system; gaps about groups need groups.
			gaps: [
				{ kind: 'missing-sector', ids: [], sector: 'education', message: 'No one from education sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'health', message: 'No one from health sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'mental-health', message: 'No one from mental health sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'voluntary', message: 'No one from voluntary sits on any group.' },
				{ kind: 'missing-sector', ids: [], sector: 'families', message: 'No one from families sits on any group.' },
				{ kind: 'no-systems-minder', ids: [], message: 'No post is marked as minding the communication system: who notices when it goes wrong?' }
			],
			fragile: []
		});
	});

	it('and with a removal asked for, a what-if that removes and cuts off nothing real', () => {
		expect(audit(modelOf(HEAD), { removed: ids('ghost') }).whatIf).toEqual({ removed: ids('ghost'), cutOff: [] });
	});
});

describe('what if', () => {
	it('audits the map without the items, and names those cut off from the main part', () => {
		// Without the panel: {schools, head, team, camhs} (3 ties) and {steer, la} (1 tie).
		// 6 items, 4 ties: density 4 / (6·5/2) = 4/15 = 0.267, 2 parts.
		const result = audit(modelOf(VALE), { removed: ids('panel') });
		expect(result.metrics).toEqual({ nodes: 6, edges: 4, density: 0.267, components: 2 });
		expect(result.whatIf?.removed).toEqual(['panel']);
		// In the order the graph search meets them, not the file's: compare as a set.
		expect([...(result.whatIf?.cutOff ?? [])].sort()).toEqual(['la', 'steer']);
		expect(result.hubs.map((h) => h.id)).not.toContain('panel');
	});

	it('without a removal there is no what-if', () => {
		expect(audit(modelOf(VALE)).whatIf).toBeUndefined();
		expect(audit(modelOf(VALE), { removed: [] }).whatIf).toBeUndefined();
	});

	it('removing an item that cuts nothing off', () => {
		// Without the team, the panel still joins head and camhs.
		expect(audit(modelOf(VALE), { removed: ids('team') }).whatIf).toEqual({ removed: ids('team'), cutOff: [] });
	});

	it('an agency’s posts go with it, and leave no trace in overlaps, gaps or load', () => {
		// Without schools, head goes too: the panel and the team keep CAMHS only (1 of 1 each,
		// Jaccard 1), no one minds the system, and nobody from education is seated.
		const result = audit(modelOf(VALE), { removed: ids('schools') });
		expect(result.overlaps.map((o) => o.shared)).toEqual([['camhs']]);
		expect(result.load.map((l) => l.id)).toEqual(['camhs', 'la']);
		expect(result.gaps.filter((g) => g.kind === 'missing-sector').map((g) => g.sector)).toContain('education');
		expect(result.gaps.map((g) => g.kind)).toContain('no-systems-minder');
		expect(JSON.stringify(result.gaps)).not.toContain('"head"');
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
		expect(audit(model, { removed: ids('q') }).whatIf).toEqual({ removed: ids('q'), cutOff: [] });
	});
});

describe('the report’s maps', () => {
	it('Banbury: the Sunshine Centre is the top hub', () => {
		expect(audit(reportMap('banbury')).hubs[0].id).toBe('sunshine-centre');
	});

	it('Kidlington: the network is the top hub', () => {
		expect(audit(reportMap('kidlington')).hubs[0].id).toBe('network');
	});

	it('Abingdon: without the pilot co-ordinator, the pilot project and local services are cut off (Appendix 2c)', () => {
		const abingdon = reportMap('abingdon');
		expect(audit(abingdon).fragile.map((f) => f.id)).toContain('pilot-coordinator');
		const result = audit(abingdon, { removed: ids('pilot-coordinator') });
		expect([...(result.whatIf?.cutOff ?? [])].sort()).toEqual(['iss-pilot', 'local-services']);
		expect(result.metrics.components).toBe(3);
	});

	it('Bicester: the primary school council is a part of its own, with the pupils (report 3.6)', () => {
		const bicester = reportMap('bicester');
		expect(audit(bicester).metrics.components).toBe(2);
		const parts = connectedComponents(structureGraph(bicester)).map((part) => [...part].sort());
		expect(parts.find((part) => part.includes('school-council'))).toEqual(['pupils', 'school-council']);
	});
});
