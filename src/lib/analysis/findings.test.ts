/**
 * Findings: the audit as a list in plain words, each with its title, the items it concerns
 * and the report's principle it bears on.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { HEAD, VALE } from '../../../tests/unit/helpers/maps';
import { audit } from './audit';
import { findingSections, findingTitles, findings, groupFindings, principles, type FindingKind } from './findings';
/*
 * The Vale of audit.test.ts (worked by hand there): hubs panel 0.6, head 0.433, steer 0.333,
 * camhs 0.1, team 0.067, la and schools 0; single points of failure panel (la and steer)
 * and steer (la), both on the map's record only: the steering group's members are not
 * recorded, so someone unnamed may join it to the rest, and la, an agency, may sit on it
 * unrecorded; panel and team share head and camhs; head and camhs sit on at least 2 groups
 * for at least 42 meetings a year, la on 1; one gap, CAMHS occasional on the panel; not
 * recorded: who sits on the steering group, so four sectors, and the focus of two groups.
 */

describe('findings', () => {
	const all = findings(audit(modelOf(VALE)));

	it('lists hubs, single points of failure, overlaps, same purpose, load, gaps, then what is not recorded', () => {
		expect(all.map((f) => [f.kind, f.ids])).toEqual([
			// The top 3 hubs with any betweenness.
			['hub', ['panel']],
			['hub', ['head']],
			['hub', ['steer']],
			// Each single point of failure, with what it holds: the panel holds la and steer, and
			// the steering group la, on the map's record only (cut off, then unsure, in that order);
			// the panel first, holding more.
			['fragile', ['panel', 'la', 'steer']],
			['fragile', ['steer', 'la']],
			// The groups, then the members they share.
			['overlap', ['panel', 'team', 'head', 'camhs']],
			// The 3 most loaded of those on more than one group: la sits on one only.
			['load', ['camhs', 'panel', 'team']],
			['load', ['head', 'panel', 'team']],
			['absent-members', ['panel', 'camhs']],
			// Who sits on the steering group; so the sectors; the focus of the team and the steering group.
			['not-recorded', ['steer']],
			['not-recorded', ['steer']],
			['not-recorded', ['team', 'steer']]
		]);
	});

	it('carries the title, the message and the principle of each kind', () => {
		expect(all[0]).toEqual({
			kind: 'hub',
			title: 'Hub',
			message: 'Panel has 3 direct ties, and 60% of the shortest routes between two other items pass through it.',
			ids: ['panel'],
			principle: { section: '3.8, 5.2', text: 'Someone must mind the system; a hub takes the strain for others' }
		});
		expect(all.find((f) => f.kind === 'fragile')).toEqual({
			kind: 'fragile',
			title: 'Single point of failure',
			message:
				'If Panel went, nothing the map records would join Local authority and Steering group to the rest of the system; but the map does not record all the seats that might.',
			ids: ['panel', 'la', 'steer'],
			principle: { section: '3.8, 5.2', text: 'A system that hangs on one post or group loses what it holds when that one goes: the system needs minding' }
		});
		// With the steering group recorded as the local authority alone, every membership is
		// complete and every seat recorded: the panel surely cuts off la and steer, and names them.
		const recorded = findings(audit(modelOf(VALE.replace('chair: la }', 'chair: la, members: [la] }'))));
		expect(recorded.find((f) => f.kind === 'fragile')).toEqual({
			kind: 'fragile',
			title: 'Single point of failure',
			message: 'If Panel went, Local authority and Steering group would be cut off from the rest of the system.',
			ids: ['panel', 'la', 'steer'],
			principle: { section: '3.8, 5.2', text: 'A system that hangs on one post or group loses what it holds when that one goes: the system needs minding' }
		});
		expect(all.find((f) => f.kind === 'not-recorded')).toEqual({
			kind: 'not-recorded',
			title: 'Not recorded',
			message: 'The map does not record who sits on Steering group. Who sits on Steering group, and how often do they come?',
			ids: ['steer'],
			principle: { section: '3.1', text: 'Mapping the patterns of interagency activity is a prerequisite to action: find out what the map does not record' }
		});
		// The steering group may seat others: the load is a least.
		expect(all.find((f) => f.kind === 'load')?.message).toBe('CAMHS sits on at least 2 groups: at least 42 meetings a year.');
		expect(all.find((f) => f.kind === 'absent-members')?.title).toBe('Absent members');
		for (const f of all) {
			expect(f.title).toBe(findingTitles[f.kind]);
			expect(f.principle).toBe(principles[f.kind]);
		}
	});

	it('takes as many hubs and loads as asked', () => {
		const few = findings(audit(modelOf(VALE)), { hubs: 1, load: 1 });
		expect(few.filter((f) => f.kind === 'hub').map((f) => f.ids)).toEqual([['panel']]);
		expect(few.filter((f) => f.kind === 'load').map((f) => f.ids[0])).toEqual(['camhs']);
		expect(findings(audit(modelOf(VALE)), { hubs: 0, load: 0 }).some((f) => f.kind === 'hub' || f.kind === 'load')).toBe(false);
	});

	it('no single point of failure quotes Abingdon’s story: the principle is the report’s general one', () => {
		// Every locality's single points of failure used to cite Appendix 2c's co-ordinator.
		expect(principles.fragile.section).not.toContain('Appendix 2c');
		expect(principles.fragile.text).not.toMatch(/co-ordinator|took the knowledge/);
	});

	it('reports a same-purpose pair', () => {
		// Two downstream panels with the head teacher on both.
		const model = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
groups:
  - { id: p1, name: North panel, type: panel, focus: downstream, members: [schools] }
  - { id: p2, name: South panel, type: panel, focus: downstream, members: [schools] }
`);
		expect(findings(audit(model)).filter((f) => f.kind === 'same-purpose')).toEqual([
			{
				kind: 'same-purpose',
				title: 'Overlapping purpose',
				message: 'North panel and South panel are both of the kind “panel” with a downstream focus: is their purpose the same?',
				ids: ['p1', 'p2'],
				principle: { section: '3.2, Appendix ONE', text: 'Each meeting’s role, and how meetings connect, must be clear' }
			}
		]);
	});

	it('words the load with meetings of unknown frequency', () => {
		// a: monthly 12 + ad hoc; b: ad hoc + frequency not given. Every group lists its members.
		const model = modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
groups:
  - { id: g1, name: G1, type: panel, meets: monthly, members: [a] }
  - { id: g2, name: G2, type: panel, meets: ad-hoc, members: [a, b] }
  - { id: g3, name: G3, type: panel, members: [b] }
`);
		expect(findings(audit(model)).filter((f) => f.kind === 'load').map((f) => f.message)).toEqual([
			'A sits on 2 groups: about 12 meetings a year (1 of unknown frequency).',
			'B sits on 2 groups (2 of unknown frequency).'
		]);
	});

	it('words a load the map may not record in full as a least', () => {
		// a's groups are recorded only in part: it may sit on more than these two.
		const model = modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other, groups_recorded: partial }
groups:
  - { id: g1, name: G1, type: panel, meets: monthly, members: [a] }
  - { id: g2, name: G2, type: panel, meets: ad-hoc, members: [a] }
`);
		expect(findings(audit(model)).filter((f) => f.kind === 'load').map((f) => f.message)).toEqual([
			'A sits on at least 2 groups: at least 12 meetings a year (1 of unknown frequency).'
		]);
	});

	it('leaves out hubs that no one needs to pass through', () => {
		// Two items tied: betweenness 0 for both, so no hub finding.
		const model = modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
links:
  - { from: a, to: b, kind: informs }
`);
		expect(findings(audit(model)).filter((f) => f.kind === 'hub')).toEqual([]);
	});

	it('of an empty map are its gaps and one question only', () => {
		expect(findings(audit(modelOf(HEAD))).map((f) => f.kind)).toEqual([
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'not-recorded'
		]);
	});

	it('has a title and a principle for every kind', () => {
		const kinds: FindingKind[] = [
			'hub',
			'overlap',
			'same-purpose',
			'load',
			'isolated',
			'missing-sector',
			'no-route-to-centre',
			'no-systems-minder',
			'absent-members',
			'no-upstream',
			'tier-gap',
			'fragile',
			'not-recorded'
		];
		expect(Object.keys(findingTitles).sort()).toEqual([...kinds].sort());
		expect(Object.keys(principles).sort()).toEqual([...kinds].sort());
		// ...and each kind stands in exactly one section of the audit a reader sees.
		expect(findingSections.flatMap((s) => s.kinds).sort()).toEqual([...kinds].sort());
	});

	it('groups the findings under the sections, in order', () => {
		expect(groupFindings(all).map((s) => [s.title, s.list.length])).toEqual([
			['Hubs', 3],
			['Single points of failure', 2],
			['Overlaps', 3],
			['Gaps', 1],
			['Not recorded: what to find out', 3]
		]);
	});
});
