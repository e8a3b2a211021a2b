/**
 * The membership matrix: groups against the posts and agencies that sit on them (members
 * and chairs), in map order or sorted by overlap (rows by the sum of their Jaccard indexes
 * with every other group, columns by seats), with attendance and chair in each cell.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import type { ItemId } from '../model/locality-model';
import { seatsHeldBy } from '../model/seats';
import { induction } from './induction';
import { matrixPart, membershipMatrix } from './membership-matrix';

const HEAD = 'locality: { id: test, name: Test, as_of: "2005" }\n';

/*
 * Seats (members and chair), in the file's order of groups g4, g3, g2, g5, g1:
 *   g4 {}            (empty)
 *   g3 {r2, b}       r2 absent
 *   g2 {r1, b, a}    b occasional, and b chairs
 *   g5 {}            (empty)
 *   g1 {r1, a, b, r2}  r2 chairs without being a member
 * Jaccard (shared / in either):
 *   g1-g2: {r1, a, b} 3 / {r1, a, b, r2} 4 = 0.75
 *   g1-g3: {r2, b} 2 / {r1, a, b, r2} 4 = 0.5
 *   g2-g3: {b} 1 / {r1, b, a, r2} 4 = 0.25
 *   anything with g4 or g5: 0 (and g4-g5: no one in either, 0)
 * Overlap sums: g1 0.75 + 0.5 = 1.25; g2 0.75 + 0.25 = 1; g3 0.5 + 0.25 = 0.75; g4 0; g5 0.
 * Seats per column: r1 2 (g2, g1), r2 2 (g3, g1), a 2 (g2, g1), b 3 (g3, g2, g1); r3 sits on
 * nothing and is left out. Map order of columns: posts first, then agencies: r1, r2, a, b.
 */
const MAP = `${HEAD}agencies:
  - { id: a, name: Agency A, sector: other }
  - { id: b, name: Agency B, sector: other }
roles:
  - { id: r1, name: Post 1, agency: a }
  - { id: r2, name: Post 2, agency: a }
  - { id: r3, name: Post 3, agency: b }
groups:
  - { id: g4, name: Group 4, type: panel }
  - { id: g3, name: Group 3, type: team, members: [{ id: r2, attendance: absent }, b] }
  - { id: g2, name: Group 2, type: forum, chair: b, members: [r1, { id: b, attendance: occasional }, a] }
  - { id: g5, name: Group 5, type: panel }
  - { id: g1, name: Group 1, type: core-group, chair: r2, members: [r1, a, b] }
`;
const model = modelOf(MAP);

const regular = { attendance: 'regular', chair: false };

describe('membershipMatrix in map order', () => {
	const m = membershipMatrix(model, 'map');

	it('rows are the groups as in the file, with their overlap sums to 3 decimals', () => {
		expect(m.rows).toEqual([
			{ id: 'g4', name: 'Group 4', type: 'panel', overlap: 0 },
			{ id: 'g3', name: 'Group 3', type: 'team', overlap: 0.75 },
			{ id: 'g2', name: 'Group 2', type: 'forum', overlap: 1 },
			{ id: 'g5', name: 'Group 5', type: 'panel', overlap: 0 },
			{ id: 'g1', name: 'Group 1', type: 'core-group', overlap: 1.25 }
		]);
	});

	it('columns are the posts, then the agencies, that sit somewhere, with their seats', () => {
		expect(m.columns).toEqual([
			{ id: 'r1', name: 'Post 1', kind: 'role', seats: 2 },
			{ id: 'r2', name: 'Post 2', kind: 'role', seats: 2 },
			{ id: 'a', name: 'Agency A', kind: 'agency', seats: 2 },
			{ id: 'b', name: 'Agency B', kind: 'agency', seats: 3 }
		]);
	});

	it('cells carry attendance and chair; a chair who is not a member is a regular cell', () => {
		//            r1       r2                      a        b
		expect(m.cells).toEqual([
			[null, null, null, null], // g4
			[null, { attendance: 'absent', chair: false }, null, regular], // g3
			[regular, null, regular, { attendance: 'occasional', chair: true }], // g2
			[null, null, null, null], // g5
			[regular, { attendance: 'regular', chair: true }, regular, regular] // g1
		]);
	});
});

describe('membershipMatrix by overlap', () => {
	const m = membershipMatrix(model, 'overlap');

	it('is the default order', () => {
		expect(membershipMatrix(model)).toEqual(m);
	});

	it('rows by overlap, most first; the two empty groups tie at 0 and keep the file order', () => {
		expect(m.rows.map((r) => [r.id, r.overlap])).toEqual([
			['g1', 1.25],
			['g2', 1],
			['g3', 0.75],
			['g4', 0],
			['g5', 0]
		]);
	});

	it('columns by seats, most first; ties keep the map order', () => {
		expect(m.columns.map((c) => [c.id, c.seats])).toEqual([
			['b', 3],
			['r1', 2],
			['r2', 2],
			['a', 2]
		]);
	});

	it('cells follow the sorted rows and columns', () => {
		//            b                                       r1       r2                                     a
		expect(m.cells).toEqual([
			[regular, regular, { attendance: 'regular', chair: true }, regular], // g1
			[{ attendance: 'occasional', chair: true }, regular, null, regular], // g2
			[regular, null, { attendance: 'absent', chair: false }, null], // g3
			[null, null, null, null], // g4
			[null, null, null, null] // g5
		]);
	});
});

describe('membershipMatrix: small cases', () => {
	it('rounds overlap to 3 decimals: {a, b} and {b, c} share 1 of 3', () => {
		const m = membershipMatrix(
			modelOf(`${HEAD}agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
groups:
  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: G2, type: panel, members: [b, c] }
`)
		);
		expect(m.rows.map((r) => r.overlap)).toEqual([0.333, 0.333]);
		// b sits on both, so it comes first; a and c keep their order.
		expect(m.columns.map((c) => [c.id, c.seats])).toEqual([
			['b', 2],
			['a', 1],
			['c', 1]
		]);
	});

	it('a map with agencies but no groups has no rows and no columns', () => {
		const m = membershipMatrix(modelOf(`${HEAD}agencies:\n  - { id: a, name: A, sector: other }\n`));
		expect(m).toEqual({ rows: [], columns: [], cells: [] });
	});

	it('the empty map', () => {
		expect(membershipMatrix(modelOf(HEAD), 'map')).toEqual({ rows: [], columns: [], cells: [] });
		expect(membershipMatrix(modelOf(HEAD), 'overlap')).toEqual({ rows: [], columns: [], cells: [] });
	});
});

describe('membershipMatrix agrees with the model’s seats and the induction tour', () => {
	const m = membershipMatrix(model, 'map');

	it('a chair who is not a member sits on the group: Post 2 on Group 1', () => {
		const col = m.columns.findIndex((c) => c.id === 'r2');
		const row = m.rows.findIndex((r) => r.id === 'g1');
		expect(m.cells[row][col]).toEqual({ attendance: 'regular', chair: true });
		expect(seatsHeldBy(model, 'r2' as ItemId).map((s) => s.group.id)).toEqual(['g3', 'g1']);
		const tour = induction(model, 'r2' as ItemId)!;
		expect(tour.groups.map((g) => g.id)).toEqual(['g3', 'g1']);
		expect(tour.steps.find((s) => s.id === 'group-g1')?.paragraphs).toEqual(['You chair this group.']);
	});

	it('for every post: the groups with a cell in its column are its seats, and its tour’s groups', () => {
		for (const role of model.roles) {
			const col = m.columns.findIndex((c) => c.id === role.id);
			const inMatrix = col < 0 ? [] : m.rows.filter((_, i) => m.cells[i][col] !== null).map((r) => r.id);
			expect(inMatrix).toEqual(seatsHeldBy(model, role.id).map((s) => s.group.id));
			expect(induction(model, role.id)!.groups.map((g) => g.id)).toEqual(inMatrix);
			expect(col < 0 ? 0 : m.columns[col].seats).toBe(inMatrix.length);
		}
	});
});

describe('matrixPart', () => {
	const m = membershipMatrix(model, 'overlap');

	it('the first rows against the first columns, with the size of the whole', () => {
		expect(matrixPart(m, 2, 3)).toEqual({
			matrix: {
				rows: m.rows.slice(0, 2),
				columns: m.columns.slice(0, 3),
				//        b                                       r1       r2
				cells: [
					[regular, regular, { attendance: 'regular', chair: true }], // g1
					[{ attendance: 'occasional', chair: true }, regular, null] // g2
				]
			},
			rows: 5,
			columns: 4
		});
	});

	it('a part as large as the whole, or larger, is the matrix itself', () => {
		expect(matrixPart(m, 5, 4).matrix).toBe(m);
		expect(matrixPart(m, 100, 100)).toEqual({ matrix: m, rows: 5, columns: 4 });
	});

	it('cuts one way only where the other fits', () => {
		const part = matrixPart(m, 100, 1);
		expect(part.matrix.rows).toEqual(m.rows);
		expect(part.matrix.cells.map((row) => row.length)).toEqual([1, 1, 1, 1, 1]);
	});
});
