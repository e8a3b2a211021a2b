/**
 * The layouts: the layered layout's rows (the model's centre on top, then the strategic
 * groups, the other groups, services, schools and families), its positions worked by hand,
 * and the force layout pulling on the model's ties; both the same every time. And the
 * positions of a map that grew: the old places kept exactly, the new items placed near their ties.
 */
import { describe, expect, it } from 'vitest';
import { centreOf } from '../model/centre';
import { indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { extendPositions, forcePositions, presetPositions } from './force-layouts';
import { layeredPositions, layerOf, type Positions } from './layouts';

/*
 * The centre: the council, its post, the steering group its post chairs and the trust that
 * funds the panel. The forum is strategic but not the centre: the council is an absent member.
 * The Network's own steering group is strategic by type alone; a partnership is not strategic.
 */
const VALE_TEXT = `locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: county, name: County Council, sector: local-authority, external: true }
  - { id: schools, name: Schools, sector: education }
  - { id: parents, name: Parents, sector: families }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: trust, name: Trust, sector: voluntary }
roles:
  - { id: head, name: Head teacher, agency: schools }
  - { id: la-lead, name: LA lead, agency: county }
  - { id: nurse, name: Nurse, agency: camhs }
groups:
  - { id: steering, name: Steering group, type: steering-group, chair: la-lead, members: [head, camhs] }
  - { id: network-steer, name: Network steering group, type: steering-group, members: [head] }
  - { id: forum, name: Forum, type: forum, members: [head, { id: county, attendance: absent }] }
  - { id: panel, name: Panel, type: panel, members: [head, { id: camhs, attendance: occasional }] }
  - { id: heads, name: Heads' partnership, type: partnership, members: [head] }
links:
  - { from: trust, to: panel, kind: funds }
  - { from: panel, to: steering, kind: raises-issues }
`;
const VALE = modelOf(VALE_TEXT);

const layers = (model: LocalityModel) => {
	const index = indexItems(model);
	const centre = centreOf(model, index);
	return Object.fromEntries([...index.values()].map((item) => [item.id, layerOf(item, index, centre)]));
};
const at = (positions: Positions, id: string) => positions.get(id as ItemId);

describe('layerOf', () => {
	it('puts the centre on top, then strategic groups, other groups, services, schools and families', () => {
		expect(layers(VALE)).toEqual({
			county: 0,
			'la-lead': 0,
			steering: 0,
			trust: 0,
			'network-steer': 1,
			forum: 1,
			panel: 2,
			heads: 2,
			camhs: 3,
			nurse: 3,
			schools: 4,
			parents: 4,
			head: 4
		});
	});
});

describe('layeredPositions', () => {
	it('places each layer 150 below the last, empty layers skipped, each item under the mean place of its ties', () => {
		/*
		 * Layers: council and clerk (the centre) 0, panel 2, schools and head 4. Ties: clerk–council,
		 * head–schools, head–panel. First sweep, down: the centre has nothing placed, so keeps
		 * the map's order, council -0.5, clerk 0.5; the panel has nothing placed, 0; head sits
		 * under the panel (0), schools has nothing placed and goes last: head -0.5, schools 0.5.
		 * Second sweep, up then the bottom: panel under head, 0; clerk under council (-0.5),
		 * council under clerk (0.5): clerk -0.5, council 0.5; schools under head (-0.5), head
		 * between schools and the panel (0.25): schools -0.5, head 0.5. Places are 170 apart.
		 */
		const positions = layeredPositions(
			modelOf(`locality: { id: tiny, name: Tiny, as_of: "2005" }
agencies:
  - { id: council, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
  - { id: clerk, name: Clerk, agency: council }
groups:
  - { id: panel, name: Panel, type: panel, members: [head] }
`)
		);
		expect(Object.fromEntries(positions)).toEqual({
			clerk: { x: -85, y: 0 },
			council: { x: 85, y: 0 },
			panel: { x: 0, y: 150 },
			schools: { x: -85, y: 300 },
			head: { x: 85, y: 300 }
		});
	});

	it('wraps a long layer into rows 0.7 of a step apart, every other row offset by half a place', () => {
		const positions = layeredPositions(
			modelOf(`locality: { id: wide, name: Wide, as_of: "2005" }
agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
`),
			{ perRow: 2 }
		);
		expect(Object.fromEntries(positions)).toEqual({ a: { x: -85, y: 0 }, b: { x: 85, y: 0 }, c: { x: 85, y: 105 } });
	});

	it('puts the centre above the strategic groups, the groups above services, services above schools', () => {
		const positions = layeredPositions(VALE);
		const y = (id: string) => at(positions, id)!.y;
		expect(y('steering')).toBeLessThan(y('forum'));
		expect(y('forum')).toBeLessThan(y('panel'));
		expect(y('panel')).toBeLessThan(y('camhs'));
		expect(y('camhs')).toBeLessThan(y('schools'));
	});
});

describe('forcePositions', () => {
	it('pulls a post toward its agency: the post is a tie, as on screen', () => {
		const positions = forcePositions(
			modelOf(`locality: { id: two, name: Two, as_of: "2005" }
agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
roles:
  - { id: r, name: R, agency: a }
`)
		);
		const distance = (p: string, q: string) => Math.hypot(at(positions, p)!.x - at(positions, q)!.x, at(positions, p)!.y - at(positions, q)!.y);
		expect(distance('r', 'a')).toBeLessThan(distance('r', 'b'));
	});
});

describe('both layouts', () => {
	it('give the same positions every time', () => {
		expect(forcePositions(VALE)).toEqual(forcePositions(VALE));
		expect(layeredPositions(VALE)).toEqual(layeredPositions(VALE));
	});

	it('place every item, none on top of another', () => {
		for (const positions of [forcePositions(VALE), layeredPositions(VALE)]) {
			expect(positions.size).toBe(13);
			const spots = new Set([...positions.values()].map((p) => `${Math.round(p.x / 20)},${Math.round(p.y / 20)}`));
			expect(spots.size).toBe(13);
		}
	});
});

/** Vale with lines added to one of its lists (before the line that starts the next one). */
const grown = (before: 'roles:' | 'groups:' | 'links:', lines: string) => modelOf(VALE_TEXT.replace(`\n${before}\n`, `\n${lines}${before}\n`));
const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('extendPositions', () => {
	// Vale as drawn, with one item dragged off the grid, as a reader may have left it.
	const drawn: Positions = new Map(layeredPositions(VALE));
	drawn.set('nurse' as ItemId, { x: 512.345, y: 333.333 });
	// A clinic that only the nurse sits on.
	const withClinic = grown('links:', '  - { id: clinic, name: Clinic, type: panel, members: [nurse] }\n');

	it('keeps every old item exactly where it was', () => {
		const positions = extendPositions(withClinic, drawn)!;
		for (const [id, p] of drawn) expect(positions.get(id)).toEqual(p);
		expect(positions.size).toBe(drawn.size + 1);
	});

	it('places a new item near the item it is tied to, on top of none', () => {
		const positions = extendPositions(withClinic, drawn)!;
		const clinic = at(positions, 'clinic')!;
		expect(distance(clinic, at(positions, 'nurse')!)).toBeLessThan(200);
		for (const [id, p] of drawn) expect(distance(clinic, p), `clinic to ${id}`).toBeGreaterThan(60);
	});

	it('places a new item tied only to another new item beside it, and both near what they are tied to', () => {
		// A new agency on the panel, and a post in it that sits on nothing.
		const model = modelOf(
			VALE_TEXT.replace('\nroles:\n', '\n  - { id: police, name: Police, sector: police }\nroles:\n')
				.replace('\ngroups:\n', '\n  - { id: pcso, name: PCSO, agency: police }\ngroups:\n')
				.replace('members: [head, { id: camhs, attendance: occasional }]', 'members: [head, { id: camhs, attendance: occasional }, police]')
		);
		const positions = extendPositions(model, drawn)!;
		const police = at(positions, 'police')!;
		const pcso = at(positions, 'pcso')!;
		expect(distance(police, at(positions, 'panel')!)).toBeLessThan(200);
		expect(distance(pcso, police)).toBeLessThan(200);
		expect(distance(pcso, police)).toBeGreaterThan(60);
	});

	it('puts a new item tied to nothing in a row below the drawing', () => {
		const positions = extendPositions(grown('roles:', '  - { id: library, name: Library, sector: other }\n'), drawn)!;
		const bottom = Math.max(...[...drawn.values()].map((p) => p.y));
		expect(at(positions, 'library')!.y).toBeGreaterThan(bottom + 100);
	});

	it('drops the items that are gone', () => {
		const withoutHeads = modelOf(VALE_TEXT.replace("  - { id: heads, name: Heads' partnership, type: partnership, members: [head] }\n", ''));
		const positions = extendPositions(withoutHeads, drawn)!;
		expect(positions.has('heads' as ItemId)).toBe(false);
		expect(positions.size).toBe(drawn.size - 1);
		expect(at(positions, 'nurse')).toEqual({ x: 512.345, y: 333.333 });
	});

	it('gives the same positions every time', () => {
		expect(extendPositions(withClinic, drawn)).toEqual(extendPositions(withClinic, drawn));
	});

	it('lays the map out afresh when nothing had a place, by the layout asked for', () => {
		expect(extendPositions(VALE, new Map())).toEqual(layeredPositions(VALE));
		expect(extendPositions(VALE, new Map(), 'force')).toEqual(forcePositions(VALE));
		expect(extendPositions(VALE, new Map([['elsewhere' as ItemId, { x: 1, y: 2 }]]), 'layered')).toEqual(layeredPositions(VALE));
		// Concentric is cytoscape's own: there is nothing to hand it.
		expect(extendPositions(VALE, new Map(), 'concentric')).toBeUndefined();
		expect(presetPositions(VALE, 'concentric')).toBeUndefined();
	});
});
