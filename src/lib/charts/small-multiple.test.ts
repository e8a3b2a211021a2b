/**
 * One locality as a small picture: the layered layout at one scale, worked by hand on a
 * map of four items, then the City in July 2005 and the empty map, saved as SVG.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BORDER, GROUP_FILL, sectorColours } from '../graph/palette';
import { modelOf } from '../load/fixtures';
import { sceneToSvg, type Shape } from './scene';
import { SMALL_MULTIPLE_SCALE, smallMultiple } from './small-multiple';

const reportMap = (name: string) => modelOf(readFileSync(`maps/${name}.yaml`, 'utf8'));
const ofType = <T extends Shape['type']>(shapes: readonly Shape[], type: T) => shapes.filter((s): s is Extract<Shape, { type: T }> => s.type === type);

/*
 * Layers: la (local authority) 0, forum (strategic) 1, schools and head (education) 4.
 * Layered layout, 170 apart across, 150 down, empty layers skipped: la (0, 0); forum (0, 150);
 * head sits under the forum it is tied to, schools has no ties and goes last: head (-85, 300),
 * schools (85, 300). At scale 0.22 from the least x (-85) and y (0), plus 14 padding:
 * la (32.7, 14), forum (32.7, 47), head (14, 80), schools (51.4, 80).
 * Size: 170 · 0.22 + 28 = 65.4 -> 65 wide; 300 · 0.22 + 28 = 94 high.
 */
const TINY = `locality: { id: tiny, name: Tiny & <co>, as_of: "2005" }
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: forum, name: Forum, type: forum, members: [head, la] }
`;

describe('smallMultiple', () => {
	const scene = smallMultiple(modelOf(TINY));

	it('uses one scale for every locality', () => {
		expect(SMALL_MULTIPLE_SCALE).toBe(0.22);
		expect([scene.width, scene.height]).toEqual([65, 94]);
		expect(scene.title).toBe('Tiny & <co> as of 2005');
		expect(scene.description).toBe('2 agencies, 1 post and 1 group, laid out from the local authority at the top to schools and families at the bottom.');
	});

	it('draws ties as lines, agencies as squares, posts as circles and groups as hexagons, by hand', () => {
		const [toHead, toLa] = ofType(scene.shapes, 'line');
		expect([toHead.x1, toHead.y1, toHead.x2, toHead.y2]).toEqual([14, 80, expect.closeTo(32.7, 6), 47]);
		expect([toLa.x1, toLa.y1, toLa.x2, toLa.y2]).toEqual([expect.closeTo(32.7, 6), 14, expect.closeTo(32.7, 6), 47]);
		expect(ofType(scene.shapes, 'line')).toHaveLength(2);
		expect(ofType(scene.shapes, 'rect').map((r) => [r.title, r.x, r.y, r.width, r.fill, r.stroke])).toEqual([
			['Council', expect.closeTo(28.2, 6), 9.5, 9, sectorColours['local-authority'], BORDER],
			['Schools', expect.closeTo(46.9, 6), 75.5, 9, sectorColours.education, BORDER]
		]);
		// The head takes the colour of its agency's sector.
		expect(ofType(scene.shapes, 'circle')).toEqual([{ type: 'circle', cx: 14, cy: 80, r: 3.5, fill: sectorColours.education, stroke: BORDER, title: 'Head' }]);
		const [hexagon] = ofType(scene.shapes, 'polygon');
		expect(hexagon).toMatchObject({ fill: GROUP_FILL, stroke: BORDER, width: 1.5, title: 'Forum' });
		expect(hexagon.points).toHaveLength(6);
	});

	it('writes the SVG: the hexagon to hundredths, the title escaped', async () => {
		const svg = sceneToSvg(scene);
		// Radius 6 round (32.7, 47): 6 cos 60° = 3, 6 sin 60° = 5.196.
		expect(svg).toContain('points="38.7,47 35.7,52.2 29.7,52.2 26.7,47 29.7,41.8 35.7,41.8"');
		expect(svg).toContain('<title>Tiny &amp; &lt;co&gt; as of 2005</title>');
		await expect(svg).toMatchFileSnapshot('__snapshots__/small-multiple-tiny.svg');
	});

	it('the City in July 2005: one shape per item, one line per tie', async () => {
		const city = smallMultiple(reportMap('city-2005-07'));
		expect(ofType(city.shapes, 'rect')).toHaveLength(16);
		expect(ofType(city.shapes, 'circle')).toHaveLength(12);
		expect(ofType(city.shapes, 'polygon')).toHaveLength(6);
		// Memberships: core group 9 + its chair (la-lead, not a member) 1, SCTs 4, consultation
		// group 2, MAST 7, the project team and the stakeholder group none: 23. Links: 16.
		expect(ofType(city.shapes, 'line')).toHaveLength(39);
		await expect(sceneToSvg(city)).toMatchFileSnapshot('__snapshots__/small-multiple-city-2005-07.svg');
	});

	it('the empty map is the least frame, with nothing in it', () => {
		const empty = smallMultiple(modelOf('locality: { id: e, name: Empty, as_of: "2005" }\n'));
		expect([empty.width, empty.height, empty.shapes]).toEqual([60, 40, []]);
	});
});
