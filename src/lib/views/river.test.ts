/**
 * The river: each item placed over the stretch of tiers it serves, else over the stretch
 * its focus implies (upstream 1-2, downstream 3-4, both 1-4), else left unplaced; sorted
 * upstream first; in the zone when its stretch reaches tier 2 or 3. Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { river, ZONE } from './river';
import { RIVER_MAP } from '../../../tests/unit/helpers/maps';

const HEAD = 'locality: { id: test, name: Test, as_of: "2005" }\n';

/*
 * Stretches (from-to, at = the middle), in map order (agencies, roles, groups):
 *   schools 1-2 (1.5)   camhs 3-4 (3.5, tiers written [4, 3])   la: none
 *   county 1-4 (2.5)    hv 1-1 (1)    nurse 2-2 (2)    clerk: none
 *   up: focus upstream 1-2 (1.5)   down: focus downstream 3-4 (3.5)   both: focus both 1-4 (2.5)
 *   acute: tiers [4] though its focus is upstream: 4-4 (4)   middle 2-3 (2.5)   loose: none
 * Sorted by at, then from, then map order:
 *   1 hv; 1.5 schools, up; 2 nurse; 2.5 county (from 1), both (from 1), middle (from 2);
 *   3.5 camhs, down; 4 acute.
 * In the zone (reaches 2 or 3): all but hv (1-1) and acute (4-4).
 * The centre: la and its clerk (unplaced), and county, which funds the middle group. The
 * panel (down) raises issues with la, so it reaches the centre; nothing else does.
 */
const MAP = RIVER_MAP;

describe('river', () => {
	const r = river(modelOf(MAP));

	it('the zone is tiers 2 to 3', () => {
		expect(ZONE).toEqual([2, 3]);
	});

	it('places by tiers first, else by focus, upstream first, ties by where the stretch starts and then map order', () => {
		expect(r.placed).toEqual([
			{ id: 'hv', name: 'Health visitor', kind: 'role', at: 1, from: 1, to: 1, by: 'tiers', centre: 'no' },
			{ id: 'schools', name: 'Schools', kind: 'agency', at: 1.5, from: 1, to: 2, by: 'tiers', centre: 'no' },
			{ id: 'up', name: 'Upstream network', kind: 'group', at: 1.5, from: 1, to: 2, by: 'focus', centre: 'no' },
			{ id: 'nurse', name: 'School nurse', kind: 'role', at: 2, from: 2, to: 2, by: 'tiers', centre: 'no' },
			{ id: 'county', name: 'County service', kind: 'agency', at: 2.5, from: 1, to: 4, by: 'tiers', centre: 'centre' },
			{ id: 'both', name: 'Forum', kind: 'group', at: 2.5, from: 1, to: 4, by: 'focus', centre: 'no' },
			{ id: 'middle', name: 'Middle group', kind: 'group', at: 2.5, from: 2, to: 3, by: 'tiers', centre: 'no' },
			{ id: 'camhs', name: 'CAMHS', kind: 'agency', at: 3.5, from: 3, to: 4, by: 'tiers', centre: 'no' },
			{ id: 'down', name: 'Panel', kind: 'group', at: 3.5, from: 3, to: 4, by: 'focus', centre: 'reaches' },
			{ id: 'acute', name: 'Crisis team', kind: 'group', at: 4, from: 4, to: 4, by: 'tiers', centre: 'no' }
		]);
	});

	it('leaves unplaced, in map order, what has neither tiers nor a focus', () => {
		expect(r.unplaced).toEqual([
			{ id: 'la', name: 'Council', kind: 'agency' },
			{ id: 'clerk', name: 'Clerk', kind: 'role' },
			{ id: 'loose', name: 'Loose group', kind: 'group' }
		]);
	});

	it('puts in the zone every stretch that reaches tier 2 or 3, in river order', () => {
		expect(r.inZone).toEqual(['schools', 'up', 'nurse', 'county', 'both', 'middle', 'camhs', 'down']);
	});

	it('a river of tier 1 and tier 4 only has nothing in the zone', () => {
		const ends = river(
			modelOf(`${HEAD}agencies:
  - { id: universal, name: Universal, sector: education, tiers: [1] }
  - { id: acute, name: Acute, sector: social-care, tiers: [4] }
`)
		);
		expect(ends.placed.map((p) => [p.id, p.from, p.to])).toEqual([
			['universal', 1, 1],
			['acute', 4, 4]
		]);
		expect(ends.inZone).toEqual([]);
	});

	it('the edges of the zone count: a stretch ending at 2 or starting at 3 is in', () => {
		const edges = river(
			modelOf(`${HEAD}agencies:
  - { id: to-two, name: To two, sector: other, tiers: [1, 2] }
  - { id: from-three, name: From three, sector: other, tiers: [3, 4] }
`)
		);
		expect(edges.inZone).toEqual(['to-two', 'from-three']);
	});

	it('the empty map: nothing placed, unplaced or in the zone', () => {
		expect(river(modelOf(HEAD))).toEqual({ placed: [], unplaced: [], inZone: [] });
	});
});
