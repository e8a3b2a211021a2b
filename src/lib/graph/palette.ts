/**
 * How each kind of thing is drawn: one table that the graph's stylesheet and the legend
 * both read, so the legend can never disagree with the picture. Colours are from the
 * Okabe-Ito and Tol palettes, told apart with colour-blindness; every colour is paired
 * with a shape, a line pattern or a label, never the only cue.
 */
import type { LinkKind, Sector } from '../format/vocabulary';
import type { ItemKind } from '../model/locality-model';

export const sectorColours: Record<Sector, string> = {
	education: '#0072B2',
	health: '#009E73',
	'mental-health': '#44AA99',
	'social-care': '#D55E00',
	police: '#332288',
	youth: '#CC79A7',
	voluntary: '#E69F00',
	community: '#F0E442',
	families: '#882255',
	'local-authority': '#4D4D4D',
	housing: '#AA4499',
	other: '#BBBBBB'
};

/** cytoscape node shapes; the legend draws the same shapes in SVG. */
export type NodeShape = 'round-rectangle' | 'ellipse' | 'hexagon';
export const kindShapes: Record<ItemKind, NodeShape> = { agency: 'round-rectangle', role: 'ellipse', group: 'hexagon' };
export const kindSizes: Record<ItemKind, number> = { agency: 34, role: 26, group: 42 };
export const GROUP_FILL = '#FFFFFF';
export const BORDER = '#1A1A1A';

export type LinePattern = 'solid' | 'dashed' | 'dotted';
export interface LinkStyle {
	readonly colour: string;
	readonly pattern: LinePattern;
	readonly width: number;
}

export const linkStyles: Record<LinkKind, LinkStyle> = {
	'reports-to': { colour: '#0B3C8C', pattern: 'solid', width: 3 },
	'raises-issues': { colour: '#B35900', pattern: 'solid', width: 2.5 },
	refers: { colour: '#B8002E', pattern: 'dashed', width: 2.5 },
	commissions: { colour: '#6A2C91', pattern: 'solid', width: 2 },
	consults: { colour: '#00704A', pattern: 'dotted', width: 2.5 },
	supervises: { colour: '#00704A', pattern: 'dashed', width: 2 },
	funds: { colour: '#7A5200', pattern: 'dashed', width: 3 },
	informs: { colour: '#5C5C5C', pattern: 'dotted', width: 1.5 }
};

export const membershipStyle = {
	colour: '#9A9A9A',
	width: 1.2,
	/** Attendance is drawn as the line's pattern: regular solid, occasional dashed, absent dotted. */
	patterns: { regular: 'solid', occasional: 'dashed', absent: 'dotted' } as Record<'regular' | 'occasional' | 'absent', LinePattern>
};

/** Black or white, whichever reads better on a fill. */
export function textOn(fill: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	return luminance > 0.179 ? '#000000' : '#FFFFFF';
}
