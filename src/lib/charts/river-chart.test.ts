/**
 * The river drawn, from the hand map of river.test.ts, saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { river } from '../views/river';
import { RIVER_MAP } from '../../../tests/unit/helpers/maps';
import { riverChart, riverKey } from './river-chart';
import { sceneToSvg, type Shape } from './scene';

const MAP = RIVER_MAP;

type Rect = Extract<Shape, { type: 'rect' }>;
type Text = Extract<Shape, { type: 'text' }>;

/*
 * Placed, in river order: hv, schools, up, nurse, county, both, middle, camhs, down, acute
 * (10; 8 in the zone; la, clerk and loose unplaced). Lanes of 24 px from top 70: height
 * 70 + 10 · 24 + 30 = 340. Tiers 0.5 to 4.5 map to x 250 to 870, 155 px a tier, so tier t
 * is at 250 + (t - 0.5) · 155: 327.5, 482.5, 637.5, 792.5. A bar covers its stretch plus 0.4
 * each side: hv (1-1) from x(0.6) = 265.5, 0.8 · 155 = 124 wide; county (1-4) 3.8 · 155 = 589
 * wide. The zone (tiers 1.5 to 3.5) is x 405 to 715, from y 46 for 340 - 70 + 14 = 284.
 */
describe('riverChart', () => {
	const scene = riverChart(river(modelOf(MAP)), 'The river <Test> & co');
	const rects = scene.shapes.filter((s): s is Rect => s.type === 'rect');
	const texts = scene.shapes.filter((s): s is Text => s.type === 'text');
	const bars = rects.filter((r) => r.key);

	it('is one lane per placed item, and says how many sit in the zone', () => {
		expect([scene.width, scene.height]).toEqual([900, 340]);
		expect(scene.description).toBe(
			// In the zone: county (the centre: it funds) and the panel (it raises issues with the council).
			'10 items placed from upstream (tier 1) to downstream (tier 4); 8 reach the zone between tiers 2 and 3, of which 2 are part of the centre or reach it (◆ marks the centre); 3 have no tiers or focus in the map.'
		);
	});

	it('shades the zone between tiers 2 and 3', () => {
		expect(rects[0]).toEqual({ type: 'rect', x: 405, y: 46, width: 310, height: 284, fill: '#fff3c4' });
		expect(scene.shapes.filter((s) => s.type === 'line').map((l) => (l.type === 'line' ? l.x1 : NaN))).toEqual([327.5, 482.5, 637.5, 792.5]);
		expect(texts.filter((t) => t.text.startsWith('Tier')).map((t) => t.text)).toEqual(['Tier 1: Universal', 'Tier 2: Additional', 'Tier 3: Complex', 'Tier 4: Acute']);
	});

	it('draws one bar per placed item over its stretch, coloured by kind; pale, outlined and labelled where placed by focus', () => {
		expect(bars.map((b) => b.key)).toEqual(['hv', 'schools', 'up', 'nurse', 'county', 'both', 'middle', 'camhs', 'down', 'acute']);
		expect(bars[0]).toEqual({ type: 'rect', x: 265.5, y: 73, width: 124, height: 16, fill: '#0072B2', stroke: undefined, title: 'Health visitor (role): tiers 1; the map records no way from it to the centre', key: 'hv' });
		expect(bars[4]).toMatchObject({ x: 265.5, y: 73 + 4 * 24, width: expect.closeTo(589, 6), fill: '#8c8c8c', title: 'County service (agency): tiers 1 to 4; part of the centre' });
		expect(bars[5]).toMatchObject({ fill: '#f3d9bf', stroke: '#b35900', title: 'Forum (group): tiers 1 to 4, placed by its focus; the map records no way from it to the centre' });
		expect(bars.filter((b) => b.stroke).map((b) => b.key)).toEqual(['up', 'both', 'down']);
		expect(texts.filter((t) => t.key).map((t) => t.text)).toEqual([
			'Health visitor',
			'Schools',
			'Upstream network (by focus)',
			'School nurse',
			'County service ◆',
			'Forum (by focus)',
			'Middle group',
			'CAMHS',
			'Panel (by focus)',
			'Crisis team'
		]);
	});

	it('writes the SVG, title escaped', async () => {
		const svg = sceneToSvg(scene);
		expect(svg).toContain('<title>The river &lt;Test&gt; &amp; co</title>');
		expect(svg.match(/<rect /g)).toHaveLength(11);
		await expect(svg).toMatchFileSnapshot('__snapshots__/river-chart.svg');
	});

	it('an empty river keeps one lane, the zone and the tiers', async () => {
		const empty = riverChart({ placed: [], unplaced: [], inZone: [] }, 'Empty');
		expect(empty.height).toBe(70 + 24 + 30);
		expect(empty.shapes.filter((s) => s.type === 'rect')).toHaveLength(1);
		expect(empty.description).toBe('0 items placed from upstream (tier 1) to downstream (tier 4); 0 reach the zone between tiers 2 and 3, of which 0 are part of the centre or reach it (◆ marks the centre); 0 have no tiers or focus in the map.');
		await expect(sceneToSvg(empty)).toMatchFileSnapshot('__snapshots__/river-chart-empty.svg');
	});
});

describe('riverKey', () => {
	it('keys every fill the chart draws its bars and zone in', () => {
		const scene = riverChart(river(modelOf(MAP)), 'The river');
		const fills = new Set(scene.shapes.filter((s): s is Rect => s.type === 'rect').map((s) => `${s.fill} ${s.stroke ?? ''}`));
		const keyed = new Set(riverKey()[0].entries.flatMap((e) => e.swatch.shapes.flatMap((s) => (s.kind === 'rect' ? [`${s.paint.fill} ${s.paint.stroke ?? ''}`] : []))));
		expect(keyed).toEqual(fills);
		expect(riverKey()[0].entries.map((e) => e.label)).toContain('Part of the centre');
	});
});
