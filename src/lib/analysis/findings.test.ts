/**
 * Findings: the audit as a list in plain words, each with its title, the items it concerns
 * and the report's principle it bears on.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../load/fixtures';
import { HEAD, VALE } from './test-maps';
import { audit } from './audit';
import { findingTitles, findings, principles, type FindingKind } from './findings';


/*
 * The Vale of audit.test.ts (worked by hand there): hubs panel 0.6, head 0.433, steer 0.333,
 * camhs 0.1, team 0.067, la and schools 0; single points of failure panel (la, steer),
 * head (schools), steer (la); panel and team share head and camhs; head and camhs sit on 2
 * groups for 42 meetings a year, la on 1; gaps: 4 missing sectors, the team's route, CAMHS
 * occasional on the panel, no upstream group.
 */

describe('findings', () => {
	const all = findings(audit(modelOf(VALE)));

	it('lists hubs, single points of failure, overlaps, same purpose, load, then gaps', () => {
		expect(all.map((f) => [f.kind, f.ids])).toEqual([
			// The top 3 hubs with any betweenness.
			['hub', ['panel']],
			['hub', ['head']],
			['hub', ['steer']],
			// Each single point of failure, with what it cuts off.
			['fragile', ['panel', 'la', 'steer']],
			['fragile', ['head', 'schools']],
			['fragile', ['steer', 'la']],
			// The groups, then the members they share.
			['overlap', ['panel', 'team', 'head', 'camhs']],
			// The 3 most loaded of those on more than one group: la sits on one only.
			['load', ['camhs', 'panel', 'team']],
			['load', ['head', 'panel', 'team']],
			['missing-sector', []],
			['missing-sector', []],
			['missing-sector', []],
			['missing-sector', []],
			['no-route-to-centre', ['team']],
			['absent-members', ['panel', 'camhs']],
			['no-upstream', []]
		]);
	});

	it('carries the title, the message and the principle of each kind', () => {
		expect(all[0]).toEqual({
			kind: 'hub',
			title: 'Hub',
			message: 'Panel sits on more paths between others than anyone else: 60% of the shortest routes between two other items pass through it.',
			ids: ['panel'],
			principle: { section: '3.8, 5.2', text: 'Someone must mind the system; a hub takes the strain for others' }
		});
		expect(all.find((f) => f.kind === 'fragile')).toEqual({
			kind: 'fragile',
			title: 'Single point of failure',
			message: 'If Panel went, Local authority and Steering group would be cut off from the rest of the system.',
			ids: ['panel', 'la', 'steer'],
			principle: { section: 'Appendix 2c', text: 'A pilot stalled when its co-ordinator left and took the knowledge with him' }
		});
		expect(all.find((f) => f.kind === 'load')?.message).toBe('CAMHS sits on 2 groups: about 42 meetings a year.');
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

	it('reports a same-purpose pair', () => {
		const model = modelOf(`${HEAD}groups:
  - { id: p1, name: North panel, type: panel, focus: downstream }
  - { id: p2, name: South panel, type: panel, focus: downstream }
`);
		expect(findings(audit(model)).filter((f) => f.kind === 'same-purpose')).toEqual([
			{
				kind: 'same-purpose',
				title: 'Overlapping purpose',
				message: 'North panel and South panel are both panels with a downstream focus: is their purpose the same?',
				ids: ['p1', 'p2'],
				principle: { section: '3.2, Appendix ONE', text: 'Each meeting’s role, and how meetings connect, must be clear' }
			}
		]);
	});

	it('words the load with meetings of unknown frequency', () => {
		// a: monthly 12 + ad hoc; b: ad hoc + frequency not given.
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

	it('of an empty map are its gaps only', () => {
		expect(findings(audit(modelOf(HEAD))).map((f) => f.kind)).toEqual([
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'no-systems-minder'
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
			'fragile'
		];
		expect(Object.keys(findingTitles).sort()).toEqual([...kinds].sort());
		expect(Object.keys(principles).sort()).toEqual([...kinds].sort());
	});
});
