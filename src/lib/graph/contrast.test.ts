import { describe, expect, it } from 'vitest';
import { blend, contrastRatio } from './contrast';

describe('contrastRatio', () => {
	it('runs from 1, a colour against itself, to 21, black against white, whichever comes first', () => {
		expect(contrastRatio('#777777', '#777777')).toBe(1);
		expect(contrastRatio('#000000', '#FFFFFF')).toBe(21);
		expect(contrastRatio('#FFFFFF', '#000000')).toBe(21);
	});

	it('gives the figures of WCAG’s own examples: #767676 on white just passes 4.5:1, #777777 just fails', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('refuses what is not #RRGGBB', () => {
		expect(() => contrastRatio('red', '#FFFFFF')).toThrow('not a colour of the form #RRGGBB: red');
	});
});

describe('blend', () => {
	it('mixes a fill drawn at an opacity into the background', () => {
		expect(blend('#000000', 1, '#FFFFFF')).toBe('#000000');
		expect(blend('#000000', 0, '#FFFFFF')).toBe('#FFFFFF');
		expect(blend('#000000', 0.5, '#FFFFFF')).toBe('#808080');
		expect(blend('#332288', 0.15, '#FFFFFF')).toBe('#E0DEED');
	});
});
