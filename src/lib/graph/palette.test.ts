import { describe, expect, it } from 'vitest';
import { linkKinds, sectors } from '../format/vocabulary';
import { blend, contrastRatio } from './contrast';
import { markSpec } from './marks';
import { BACKGROUND, inkOn, linkStyles, sectorCodes, sectorColours } from './palette';

describe('linkStyles', () => {
	it('gives every kind of link its own pair of line pattern and arrowhead, so no two differ in colour alone', () => {
		const pairs = linkKinds.values.map((kind) => `${linkStyles[kind].pattern} ${linkStyles[kind].arrow}`);
		expect(new Set(pairs).size).toBe(linkKinds.values.length);
	});
});

describe('sectorCodes', () => {
	it('gives every sector a code of its own, so no two sectors differ in colour alone', () => {
		const codes = sectors.values.map((s) => sectorCodes[s]);
		expect(codes.every((c) => /^[A-Z][A-Za-z]$/.test(c))).toBe(true);
		expect(new Set(codes).size).toBe(sectors.values.length);
		expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(sectors.values.length);
	});

	it('makes each code from the sector’s own words: the initials of two, the first two letters of one', () => {
		for (const sector of sectors.values) {
			const words = sectors.label(sector).split(' ');
			expect(sectorCodes[sector], sector).toBe(words.length === 2 ? words.map((w) => w[0].toUpperCase()).join('') : words[0].slice(0, 2));
		}
	});

	it('writes each code in an ink that stands out from its sector’s colour by at least 4.5:1 (WCAG 1.4.3)', () => {
		for (const sector of sectors.values) expect(contrastRatio(inkOn(sectorColours[sector]), sectorColours[sector]), sector).toBeGreaterThanOrEqual(4.5);
	});

	it('and on a ghost’s faint fill of the sector’s colour, by as much', () => {
		const faint = markSpec('ghost').node!.fillOpacity!;
		for (const sector of sectors.values) {
			const seen = blend(sectorColours[sector], faint, BACKGROUND);
			expect(inkOn(sectorColours[sector], faint), sector).toBe('#000000');
			expect(contrastRatio(inkOn(sectorColours[sector], faint), seen), sector).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('chooses the ink that stands out more: white on the dark blue of education, black on the yellow of community', () => {
		expect(inkOn(sectorColours.education)).toBe('#FFFFFF');
		expect(inkOn(sectorColours.community)).toBe('#000000');
	});
});
