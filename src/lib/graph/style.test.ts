import cytoscape, { type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sectors } from '../format/vocabulary';
import { markSpecs } from './marks';
import { glyphPaint, inkOn, sectorCodes, sectorColours } from './palette';
import { graphStylesheet, largeGraphStylesheet, READABLE_PX } from './style';

type Rule = { selector: string; style: Record<string, unknown> };

describe('the large graph’s stylesheet', () => {
	const plain = graphStylesheet() as Rule[];
	const large = largeGraphStylesheet() as Rule[];

	it('keeps every rule of the plain one, in its order, and adds its own after them', () => {
		expect(large.slice(0, plain.length)).toEqual(plain);
	});

	it('draws labels only from 9px on screen (12px type from 75% zoom), straight lines, and seats and posts as the cheapest lines', () => {
		const added = large.slice(plain.length);
		expect(added).toEqual([
			{ selector: 'node', style: { 'min-zoomed-font-size': READABLE_PX } },
			{ selector: 'edge', style: { 'curve-style': 'straight' } },
			{ selector: 'edge.member, edge.post', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }
		]);
		expect(READABLE_PX).toBe(9);
		expect(plain[0].style['font-size']).toBe(12);
	});
});

/** The SVG an image's data URI holds. */
const svgOf = (uri: unknown): string => {
	const prefix = 'data:image/svg+xml;utf8,';
	expect(String(uri).startsWith(prefix), String(uri)).toBe(true);
	return decodeURIComponent(String(uri).slice(prefix.length));
};
/** The text an image writes, and in which ink. */
const written = (uri: unknown) => {
	const svg = svgOf(uri);
	return { text: />([^<]*)<\/text>/.exec(svg)?.[1], ink: /<text[^>]* fill="([^"]+)"/.exec(svg)?.[1] };
};

describe('each sector’s code on the graph', () => {
	const sheet = graphStylesheet();
	// cytoscape itself applies the stylesheet, so the order of the rules is tested as the graph draws them.
	const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet });
	const node = (id: string, classes: string) => cy.add({ group: 'nodes', data: { id, label: id }, classes });
	// A list of images is written with spaces between them; a data URI holds none of its own.
	const images = (n: NodeSingular): string[] => n.style('background-image').split(' ').filter((v: string) => v !== 'none');

	it.each(sectors.values)('%s: its agencies and posts carry its code, written in the ink chosen for its colour', (sector) => {
		for (const kind of ['agency', 'role']) {
			const n = node(`${kind}-${sector}`, `${kind} sector-${sector}`);
			expect(n.style('background-color')).toBe(hexToRgb(sectorColours[sector]));
			expect(images(n).map(written)).toEqual([{ text: sectorCodes[sector], ink: inkOn(sectorColours[sector]) }]);
		}
	});

	it('draws every item of a sector with one image, the same string, so the browser loads it once', () => {
		const [a, b] = [node('a1', 'agency sector-health'), node('r1', 'role sector-health external')];
		expect(images(a)[0]).toBe(images(b)[0]);
		const all = sectors.values.map((s) => images(node(`x-${s}`, `agency sector-${s}`))[0]);
		expect(new Set(all).size).toBe(sectors.values.length);
	});

	it('leaves a group without a code, as groups have no sector', () => {
		expect(images(node('g1', 'group'))).toEqual([]);
	});

	it('keeps the code in the middle of an item the map is silent about, and moves its ? to the corner', () => {
		const n = node('silent', 'role sector-police not-recorded');
		const [code, sign] = images(n);
		expect(written(code)).toEqual({ text: sectorCodes.police, ink: inkOn(sectorColours.police) });
		expect(written(sign).text).toBe('?');
		expect(n.style('background-position-x')).toBe('50% 100%');
		expect(n.style('background-clip')).toBe('node none');
		// A silent group, with no code, keeps its ? in the middle.
		const group = node('silent-group', 'group not-recorded');
		expect(images(group).map((i) => written(i).text)).toEqual(['?']);
	});

	it('gives every agency and post room for a ?, so its bounds, and the view fitted to them, stay when a silence is marked', () => {
		const plain = node('plain', 'agency sector-health');
		const silent = node('plain-silent', 'agency sector-health not-recorded');
		expect(plain.style('bounds-expansion')).toBe(silent.style('bounds-expansion'));
		expect(plain.style('bounds-expansion')).not.toBe('0px');
		// The ? reaches a third of its size past the item's top and right edges: inside its bounds.
		const box = silent.boundingBox({ includeLabels: false });
		const { x, y } = silent.position();
		const past = glyphPaint.cornerSize / 3;
		expect(box.y1).toBeLessThanOrEqual(y - silent.height() / 2 - past);
		expect(box.x2).toBeGreaterThanOrEqual(x + silent.width() / 2 + past);
	});

	it('keeps the code under every other mark, and a silence’s ? with it', () => {
		for (const mark of markSpecs.filter((s) => s.node).map((s) => s.mark)) {
			const n = node(`marked-${mark}`, `agency sector-youth ${mark}`);
			expect(written(images(n)[0]).text, mark).toBe(sectorCodes.youth);
			// A ghost stands for a sector, not an item: the map is never silent about it.
			if (mark === 'ghost') continue;
			const silent = node(`silent-${mark}`, `agency sector-youth not-recorded ${mark}`);
			expect(images(silent).map((i) => written(i).text), mark).toEqual([sectorCodes.youth, '?']);
		}
	});

	it('writes a ghost’s code in black, on its faint fill', () => {
		const ghost = node('ghost:police', 'overlay ghost sector-police');
		expect(images(ghost).map(written)).toEqual([{ text: sectorCodes.police, ink: '#000000' }]);
	});
});

function hexToRgb(hex: string): string {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
