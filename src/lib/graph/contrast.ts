/**
 * WCAG 2's contrast between two colours (success criteria 1.4.3 and 1.4.11): the ratio of
 * their relative luminances, each plus 0.05, from 1 (the same) to 21 (black on white).
 * Colours are `#RRGGBB`, as the palette writes them.
 */

function channels(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!match) throw new Error(`not a colour of the form #RRGGBB: ${hex}`);
	const n = Number.parseInt(match[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((v) => {
		const c = v / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

/** A fill drawn at an opacity over a background, as the colour the eye sees. */
export function blend(fill: string, opacity: number, background: string): string {
	const over = channels(fill);
	const under = channels(background);
	const mixed = over.map((v, i) => Math.round(v * opacity + under[i] * (1 - opacity)));
	return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
