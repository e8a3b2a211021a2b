/**
 * A PNG's pixel density (its pHYs chunk), so a picture made for print is placed at its size
 * on paper, and one made at twice the screen's size at the size it had on screen, when pasted
 * into a document. A canvas writes no density of its own; without one, word processors take
 * 96 pixels an inch and paste the picture two or three times too large.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METRES_PER_INCH = 0.0254;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** The PNG with its density set to `dpi` pixels an inch, any density it had replaced. */
export function withPixelDensity(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
	if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const perMetre = Math.round(dpi / METRES_PER_INCH);
	const density = new Uint8Array(9);
	new DataView(density.buffer).setUint32(0, perMetre);
	new DataView(density.buffer).setUint32(4, perMetre);
	density[8] = 1; // the unit is the metre
	const parts: Uint8Array[] = [png.subarray(0, 8)];
	for (let at = 8; at < png.length; ) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		const end = at + 12 + length;
		if (type !== 'pHYs') parts.push(png.subarray(at, end));
		if (type === 'IHDR') parts.push(chunk('pHYs', density));
		at = end;
	}
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}
