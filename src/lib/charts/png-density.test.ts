/** A PNG's density: a pHYs chunk after the header, in pixels a metre, any old one replaced, every chunk's CRC right. */
import { describe, expect, it } from 'vitest';
import { withPixelDensity } from './png-density';

// A 1×1 PNG, as a canvas writes one (no pHYs).
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const out = [];
	for (let at = 8; at < png.length; ) {
		const length = view.getUint32(at);
		out.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length) });
		at += 12 + length;
	}
	return out;
}

describe('withPixelDensity', () => {
	it('adds the density after the header: 300 dpi is 11811 pixels a metre', () => {
		const png = withPixelDensity(PIXEL, 300);
		expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
		const phys = chunks(png)[1].data;
		const view = new DataView(phys.buffer, phys.byteOffset, phys.byteLength);
		expect([view.getUint32(0), view.getUint32(4), phys[8]]).toEqual([11811, 11811, 1]);
		// The pHYs chunk of the PNG specification's own example: 2835 pixels a metre (72 dpi) has CRC 0x009a9c18.
		const at72 = withPixelDensity(PIXEL, 72);
		const start = 8 + 25;
		expect(Array.from(at72.subarray(start, start + 21))).toEqual([0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73, 0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1, 0, 0x9a, 0x9c, 0x18]);
	});

	it('replaces a density already there, and leaves the picture as it was', () => {
		const twice = withPixelDensity(withPixelDensity(PIXEL, 72), 192);
		expect(chunks(twice).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
		expect(chunks(twice)[2].data).toEqual(chunks(PIXEL)[1].data);
	});

	it('refuses what is not a PNG', () => {
		expect(() => withPixelDensity(new Uint8Array([1, 2, 3]), 300)).toThrow('not a PNG file');
	});
});
