/**
 * The membership matrix drawn, from the hand map of membership-matrix.test.ts (one group
 * renamed long, to be cut short), saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { membershipMatrix } from '../views/membership-matrix';
import { matrixChart, matrixKey, SEAT_FILLED } from './matrix-chart';
import { sceneToSvg, type Shape } from './scene';

/*
 * Sorted by overlap: rows g1 (1.25), g2 (1), g3 (0.75), g4 (0), g5 (0); columns b (3 seats),
 * r1, r2, a (2 each). Marks (9): g1 all four, r2 as chair only; g2 b (occasional, chair), r1,
 * a; g3 b, r2 (absent).
 * Cells are 26 px from left 230 and top 170: columns at x 230, 256, 282, 308; rows at y 170,
 * 196, 222, 248, 274. Width 230 + 4 · 26 + 150 = 484, height 170 + 5 · 26 + 20 = 320.
 */
const MAP = `locality: { id: test, name: Test, as_of: "2005" }
agencies:
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
  - { id: g5, name: Multi-agency support team for the Leys, type: panel }
  - { id: g1, name: Group 1, type: core-group, chair: r2, members: [r1, a, b] }
`;

type Rect = Extract<Shape, { type: 'rect' }>;
type Text = Extract<Shape, { type: 'text' }>;

describe('matrixChart', () => {
	const scene = matrixChart(membershipMatrix(modelOf(MAP)), 'Who sits where: <Test> & co');
	const rects = scene.shapes.filter((s): s is Rect => s.type === 'rect');
	const texts = scene.shapes.filter((s): s is Text => s.type === 'text');
	const marks = rects.filter((r) => r.key && !r.key.startsWith('|') && !r.key.endsWith('|'));

	it('is sized by its rows and columns, with room for the slanted names', () => {
		expect([scene.width, scene.height]).toEqual([484, 320]);
		expect(scene.description).toBe('5 groups against the 4 posts and agencies that sit on them; the number after each name is how many groups it sits on.');
	});

	it('has one mark per seat, filled as far as its member attends: full, the lower half, or empty; and a C for each chair', () => {
		const DARK = '#1d3557';
		// The square's outline first, then, for an occasional seat, its lower half filled.
		expect(marks.map((m) => [m.key, m.x, m.y, m.width, m.height, m.fill])).toEqual([
			['g1|b', 233, 173, 20, 20, DARK],
			['g1|r1', 259, 173, 20, 20, DARK],
			['g1|r2', 285, 173, 20, 20, DARK],
			['g1|a', 311, 173, 20, 20, DARK],
			['g2|b', 233, 199, 20, 20, '#ffffff'],
			['g2|b', 233, 209, 20, 10, DARK],
			['g2|r1', 259, 199, 20, 20, DARK],
			['g2|a', 311, 199, 20, 20, DARK],
			['g3|b', 233, 225, 20, 20, DARK],
			['g3|r2', 285, 225, 20, 20, '#ffffff']
		]);
		expect(SEAT_FILLED).toEqual({ regular: 1, occasional: 0.5, absent: 0 });
		expect(marks.filter((m) => m.key === 'g2|b').map((m) => m.title)).toEqual(['Agency B on Group 2: chair, occasional', 'Agency B on Group 2: chair, occasional']);
		expect(marks.find((m) => m.key === 'g3|r2')?.title).toBe('Post 2 on Group 3: absent');
		// The C is white on a full (dark) mark; dark, edged with white, across a half one's two fills.
		expect(texts.filter((t) => t.text === 'C').map((t) => [t.key, t.fill, t.halo])).toEqual([
			['g1|r2', '#ffffff', undefined],
			['g2|b', '#1a1a1a', '#ffffff']
		]);
	});

	it('names the rows (long names cut short) and the columns with their seats', () => {
		expect(texts.filter((t) => t.key?.endsWith('|')).map((t) => t.text)).toEqual(['Group 1', 'Group 2', 'Group 3', 'Group 4', 'Multi-agency support team for the…']);
		expect(texts.filter((t) => t.key?.startsWith('|')).map((t) => t.text)).toEqual(['Agency B (3)', 'Post 1 (2)', 'Post 2 (2)', 'Agency A (2)']);
		// Striped rows: white, then light grey.
		expect(rects.filter((r) => r.key?.endsWith('|')).map((r) => r.fill)).toEqual(['#ffffff', '#f6f6f4', '#ffffff', '#f6f6f4', '#ffffff']);
	});

	it('writes the SVG, title escaped', async () => {
		const svg = sceneToSvg(scene);
		expect(svg).toContain('<title>Who sits where: &lt;Test&gt; &amp; co</title>');
		expect(svg.match(/>C<\/text>/g)).toHaveLength(2);
		await expect(svg).toMatchFileSnapshot('__snapshots__/matrix-chart.svg');
	});

	it('an empty matrix is an empty frame', () => {
		const empty = matrixChart({ rows: [], columns: [], cells: [] }, 'Nothing');
		expect(empty).toEqual({
			width: 380,
			height: 190,
			title: 'Nothing',
			description: '0 groups against the 0 posts and agencies that sit on them; the number after each name is how many groups it sits on.',
			shapes: []
		});
	});
});

describe('matrixKey', () => {
	it('keys each attendance by the squares the chart draws for it, and the chair by its C', () => {
		const scene = matrixChart(membershipMatrix(modelOf(MAP)), 'Who sits where');
		const marks = scene.shapes.filter((s): s is Extract<Shape, { type: 'rect' }> => s.type === 'rect' && s.title !== undefined);
		const [seats] = matrixKey();
		expect(seats.entries.map((e) => e.label)).toEqual(['Regular', 'Occasional', 'Absent', 'Chair']);
		for (const [i, attendance] of (['regular', 'occasional', 'absent'] as const).entries()) {
			const seat = marks.find((m) => m.title!.endsWith(attendance))!.key;
			const drawn = marks.filter((m) => m.key === seat);
			const keyed = seats.entries[i].swatch.shapes;
			// The same boxes, in the same order, at the key's size: fills and outlines, and each box's share of the square.
			expect(keyed.map((s) => s.paint)).toEqual(drawn.map((d) => (d.stroke ? { fill: d.fill, stroke: d.stroke } : { fill: d.fill })));
			expect(keyed.map((s) => (s.kind === 'rect' ? s.height / 14 : 0))).toEqual(drawn.map((d) => d.height / 20));
		}
		expect(seats.entries[3].swatch.shapes.map((s) => (s.kind === 'text' ? s.text : s.kind))).toEqual(['rect', 'C']);
	});
});
