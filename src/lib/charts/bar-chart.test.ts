/**
 * The stacked bar chart, on two rows and two series worked out by hand, saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { stackedBarChart, type BarRow, type BarSeries } from './bar-chart';
import { sceneToSvg, type Shape } from './scene';

const ROWS: BarRow[] = [
	{ key: 'a', label: 'Alpha & <Co>', values: { x: 2, y: 1 } },
	{ key: 'b', label: 'Beta', values: { y: 3 } }
];
const SERIES: BarSeries[] = [
	{ key: 'x', label: 'Ex', colour: '#0072B2' },
	{ key: 'y', label: 'Why', colour: '#E69F00' }
];
const OPTIONS = { title: 'Agencies <by> sector & type', description: 'Two rows, two series.', unit: ['agency', 'agencies'] as const };

type Rect = Extract<Shape, { type: 'rect' }>;
type Text = Extract<Shape, { type: 'text' }>;
const rects = (shapes: readonly Shape[]) => shapes.filter((s): s is Rect => s.type === 'rect');
const texts = (shapes: readonly Shape[]) => shapes.filter((s): s is Text => s.type === 'text');
/** The bars: rects with a key (the key's swatches have none). */
const bars = (shapes: readonly Shape[]) => rects(shapes).filter((r) => r.key);

/*
 * Width 640, margins left 150, right 40, top 10, bottom 36 + 1 line of key · 18 = 54.
 * Height 10 + 2 rows · 30 + 54 = 124. Largest total 3: x maps [0, 3] to [150, 600], 150 a unit.
 * Rows: a band of 60 px for 2 rows with padding 0.2: step 60 / 2.2 = 27.27, bar height
 * 0.8 · 27.27 = 21.82; a at 10 + 0.2 · 27.27 = 15.45, b at 15.45 + 27.27 = 42.73.
 * Alpha: Ex 2 from 150 (300 wide), then Why 1 from 450 (150 wide). Beta: Ex absent (no bar),
 * Why 3 from 150 (450 wide). Ticks 0, 1, 2, 3. Key at y 100: swatches at x 10 and 10 + 630/3 = 220.
 */
describe('stackedBarChart', () => {
	const scene = stackedBarChart(ROWS, SERIES, OPTIONS);

	it('is sized by its rows and the lines of its key', () => {
		expect([scene.width, scene.height]).toEqual([640, 124]);
		expect(stackedBarChart(ROWS, SERIES, { ...OPTIONS, width: 300, rowHeight: 20 }).height).toBe(10 + 2 * 20 + 54);
		// Four series need two lines of key: 36 + 2 · 18 = 72 below.
		const four = [...SERIES, { key: 'z', label: 'Zed', colour: '#000000' }, { key: 'w', label: 'Dub', colour: '#ffffff' }];
		expect(stackedBarChart(ROWS, four, OPTIONS).height).toBe(10 + 60 + 72);
	});

	it('gives its figures as a table too, a column a series and a row a bar, none left out', () => {
		expect(scene.table).toEqual({
			rowHeader: 'Locality',
			columns: ['Ex', 'Why'],
			rows: [
				{ label: 'Alpha & <Co>', values: [2, 1] },
				{ label: 'Beta', values: [0, 3] }
			]
		});
	});

	it('draws one bar per non-zero value, stacked in series order', () => {
		expect(bars(scene.shapes).map((b) => [b.key, b.x, b.width, b.fill, b.title])).toEqual([
			['a:x', 150, 300, '#0072B2', 'Alpha & <Co>: Ex, 2 agencies'],
			['a:y', 450, 150, '#E69F00', 'Alpha & <Co>: Why, 1 agency'],
			['b:y', 150, 450, '#E69F00', 'Beta: Why, 3 agencies']
		]);
		const [a, , b] = bars(scene.shapes);
		expect([a.y, a.height, b.y]).toEqual([expect.closeTo(15.4545, 3), expect.closeTo(21.8182, 3), expect.closeTo(42.7273, 3)]);
	});

	it('has integer ticks 0 to 3, the totals after the bars, and a key of two swatches', () => {
		const lines = scene.shapes.filter((s) => s.type === 'line');
		expect(lines.map((l) => (l.type === 'line' ? l.x1 : NaN))).toEqual([150, 300, 450, 600]);
		const t = texts(scene.shapes).map((s) => s.text);
		expect(t).toEqual(['0', '1', '2', '3', 'Alpha & <Co>', '3', 'Beta', '3', 'Ex', 'Why']);
		const totals = texts(scene.shapes).filter((s) => s.x === 604);
		expect(totals.map((s) => s.text)).toEqual(['3', '3']);
		const swatches = rects(scene.shapes).filter((r) => !r.key);
		expect(swatches.map((r) => [r.x, r.y, r.fill])).toEqual([
			[10, 90, '#0072B2'],
			[220, 90, '#E69F00']
		]);
	});

	it('writes the SVG with escaped names and 2-decimal numbers', async () => {
		const svg = sceneToSvg(scene);
		expect(svg).toContain('<title>Agencies &lt;by&gt; sector &amp; type</title>');
		expect(svg).toContain('>Alpha &amp; &lt;Co&gt;</text>');
		expect(svg).toContain('<rect x="150" y="15.45" width="300" height="21.82" fill="#0072B2" stroke="#ffffff"><title>Alpha &amp; &lt;Co&gt;: Ex, 2 agencies</title></rect>');
		expect(svg).toContain('y="42.73"');
		for (const n of svg.matchAll(/\d+\.\d+/g)) expect(n[0]).toMatch(/^\d+\.\d{1,2}$/);
		await expect(svg).toMatchFileSnapshot('__snapshots__/bar-chart-two-rows.svg');
	});

	it('with no rows: no bars, the axis 0 to 1 and the key', async () => {
		const empty = stackedBarChart([], SERIES, OPTIONS);
		expect(empty.height).toBe(10 + 54);
		expect(bars(empty.shapes)).toEqual([]);
		expect(texts(empty.shapes).map((s) => s.text)).toEqual(['0', '1', 'Ex', 'Why']);
		await expect(sceneToSvg(empty)).toMatchFileSnapshot('__snapshots__/bar-chart-empty.svg');
	});
});
