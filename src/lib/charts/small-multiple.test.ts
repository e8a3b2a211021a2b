/**
 * One locality as a small picture: the layered layout at one scale, worked by hand on a
 * map of four items, then the City in July 2005 and the empty map, saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { BORDER, GROUP_FILL, sectorColours } from '../graph/palette';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { reportMap } from '../../../tests/unit/helpers/maps';
import { sceneToSvg, type Shape } from './scene';
import { SMALL_MULTIPLE_SCALE, smallMultiple, smallMultipleKey } from './small-multiple';

const ofType = <T extends Shape['type']>(shapes: readonly Shape[], type: T) => shapes.filter((s): s is Extract<Shape, { type: T }> => s.type === type);

/*
 * Layers: la (the local authority) and forum (the local authority sits on it) are the centre,
 * 0; schools and head (education) 4. Layered layout, 170 apart across, 150 down, empty layers
 * skipped. The second sweep puts the forum left of la, under the head it is tied to, and
 * schools left of head, under the forum: forum (-85, 0), la (85, 0), schools (-85, 150),
 * head (85, 150). At scale 0.22 from the least x (-85) and y (0), plus 14 padding:
 * forum (14, 14), la (51.4, 14), schools (14, 47), head (51.4, 47).
 * Size: 170 · 0.22 + 28 = 65.4 -> 65 wide; 150 · 0.22 + 28 = 61 high.
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
		expect([scene.width, scene.height]).toEqual([65, 61]);
		expect(scene.title).toBe('Tiny & <co> as of 2005');
		expect(scene.description).toBe('2 agencies, 1 post and 1 group, laid out from the centre (the local authority and the groups it sits on) at the top to schools and families at the bottom.');
	});

	it('draws ties as lines, agencies as squares, posts as circles and groups as hexagons, by hand', () => {
		// One line per tied pair: the head in its school, the head and la in the forum.
		const lines = ofType(scene.shapes, 'line').map((l) => [l.x1, l.y1, l.x2, l.y2]);
		expect(lines).toEqual([
			[expect.closeTo(51.4, 6), 47, 14, 47],
			[expect.closeTo(51.4, 6), 47, 14, 14],
			[expect.closeTo(51.4, 6), 14, 14, 14]
		]);
		expect(ofType(scene.shapes, 'rect').map((r) => [r.title, r.x, r.y, r.width, r.fill, r.stroke])).toEqual([
			['Council', expect.closeTo(46.9, 6), 9.5, 9, sectorColours['local-authority'], BORDER],
			['Schools', 9.5, 42.5, 9, sectorColours.education, BORDER]
		]);
		// The head takes the colour of its agency's sector.
		expect(ofType(scene.shapes, 'circle')).toEqual([{ type: 'circle', cx: expect.closeTo(51.4, 6), cy: 47, r: 3.5, fill: sectorColours.education, stroke: BORDER, title: 'Head' }]);
		const [hexagon] = ofType(scene.shapes, 'polygon');
		expect(hexagon).toMatchObject({ fill: GROUP_FILL, stroke: BORDER, width: 1.5, title: 'Forum' });
		expect(hexagon.points).toHaveLength(6);
	});

	it('writes the SVG: the hexagon to hundredths, the title escaped', async () => {
		const svg = sceneToSvg(scene);
		// Radius 6 round (14, 14): 6 cos 60° = 3, 6 sin 60° = 5.196.
		expect(svg).toContain('points="20,14 17,19.2 11,19.2 8,14 11,8.8 17,8.8"');
		expect(svg).toContain('<title>Tiny &amp; &lt;co&gt; as of 2005</title>');
		await expect(svg).toMatchFileSnapshot('__snapshots__/small-multiple-tiny.svg');
	});

	it('the City in July 2005: one shape per item, one line per tie', async () => {
		const city = smallMultiple(reportMap('city-2005-07'));
		// 18 agencies, 12 posts, 9 groups.
		expect(ofType(city.shapes, 'rect')).toHaveLength(18);
		expect(ofType(city.shapes, 'circle')).toHaveLength(12);
		expect(ofType(city.shapes, 'polygon')).toHaveLength(9);
		// Ties: 12 posts in their agencies; seats: core group 9 + its chair (la-lead, not a
		// member) 1, SCTs 4, consultation group 2, MAST 7, the assessment team 1, and none on
		// the project team, the stakeholder group, the Area Committees and the Local Strategic
		// Partnerships, whose members are not recorded: 24; links 22. Of these 58, 7 join a pair
		// already tied: two posts funded by their own agency (family workers, ESW), PRUISS and
		// PCAMHS linked to MAST, on which they sit (PCAMHS twice), the SCTs linked twice to MAST,
		// and the core group and MAST linked both ways: 51 lines.
		expect(ofType(city.shapes, 'line')).toHaveLength(51);
		await expect(sceneToSvg(city)).toMatchFileSnapshot('__snapshots__/small-multiple-city-2005-07.svg');
	});

	it('the empty map is the least frame, with nothing in it', () => {
		const empty = smallMultiple(modelOf('locality: { id: e, name: Empty, as_of: "2005" }\n'));
		expect([empty.width, empty.height, empty.shapes]).toEqual([60, 40, []]);
	});
});

describe('smallMultipleKey', () => {
	it('keys the shape of each kind of item and the colour of each sector asked for', () => {
		const [shapes, colours] = smallMultipleKey(['health', 'education']);
		expect(shapes.entries.map((e) => [e.label, e.swatch.shapes[0].kind])).toEqual([
			['Agency', 'rect'],
			['Post', 'ellipse'],
			['Group', 'polygon']
		]);
		expect(shapes.entries[2].swatch.shapes[0].paint).toMatchObject({ fill: GROUP_FILL, stroke: BORDER });
		expect(colours.entries.map((e) => [e.label, e.swatch.shapes[0].paint.fill])).toEqual([
			['Health', sectorColours.health],
			['Education', sectorColours.education]
		]);
		expect(smallMultipleKey()[1].entries).toHaveLength(Object.keys(sectorColours).length);
	});
});
