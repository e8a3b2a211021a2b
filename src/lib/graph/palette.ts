/**
 * How each kind of thing is drawn: one table that the graph's stylesheet and the legend
 * both read, so the legend can never disagree with the picture. Colours are from the
 * Okabe-Ito and Tol palettes, told apart with colour-blindness; every colour is paired
 * with a shape, a line pattern or a label, never the only cue.
 */
import type { Attendance, LinkKind, Sector } from '../format/vocabulary';
import type { ItemKind } from '../model/locality-model';
import { blend, contrastRatio } from './contrast';

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

/**
 * Each sector's code, written on its agencies and posts and beside its colour in the key, so
 * a sector is never told by colour alone (WCAG 1.4.1): two letters, the initials of a sector
 * of two words, the first two letters of one of one word.
 */
export const sectorCodes: Record<Sector, string> = {
	education: 'Ed',
	health: 'He',
	'mental-health': 'MH',
	'social-care': 'SC',
	police: 'Po',
	youth: 'Yo',
	voluntary: 'Vo',
	community: 'Co',
	families: 'Fa',
	'local-authority': 'LA',
	housing: 'Ho',
	other: 'Ot'
};
/** How a code is written: bold type in a box of this size, in the middle of the item. */
export const codePaint = { fontSize: 11, width: 22, height: 14 } as const;
/** What the graph is drawn on, for a fill drawn faint: white, as in its pictures. */
export const BACKGROUND = '#FFFFFF';
const INKS = ['#000000', '#FFFFFF'] as const;
/** The ink a code is written in on a fill (drawn at an opacity, over the background): black or white, whichever stands out more. */
export function inkOn(fill: string, opacity = 1): string {
	const seen = blend(fill, opacity, BACKGROUND);
	return INKS.reduce((best, ink) => (contrastRatio(ink, seen) > contrastRatio(best, seen) ? ink : best));
}

/** cytoscape node shapes; the legend draws the same shapes in SVG. */
export type NodeShape = 'round-rectangle' | 'ellipse' | 'hexagon';
export const kindShapes: Record<ItemKind, NodeShape> = { agency: 'round-rectangle', role: 'ellipse', group: 'hexagon' };
export const kindSizes: Record<ItemKind, number> = { agency: 34, role: 26, group: 42 };
/** The fill of an item with no sector (a ghost, a key's sample); a sector's colour replaces it. */
export const NODE_FILL = '#BBBBBB';
export const GROUP_FILL = '#FFFFFF';
export const BORDER = '#1A1A1A';
/** Outline widths of the three kinds: a group's is heavier, so a meeting reads as a meeting. */
export const borderWidths: Record<ItemKind, number> = { agency: 1.5, role: 1.5, group: 2.5 };
/** A sign drawn on an item (the `?` of a silence): white edged with black, so it reads on any sector's colour. */
export const glyphPaint = { fill: '#FFFFFF', stroke: BORDER, strokeWidth: 3, fontSize: 15, cornerSize: 18 } as const;
/** An item outside the locality: a dashed outline. */
export const externalBorder = { width: 2.5, pattern: 'dashed' } as const;

export type LinePattern = 'solid' | 'dashed' | 'dotted';
/**
 * Dash and gap lengths in pixels for each broken pattern. The graph draws dotted lines as
 * short dashes from this table rather than with cytoscape's own `dotted` (1px dots, too faint
 * on a thick outline), so the graph and the key draw every pattern with the same numbers.
 */
const dashes: Record<Exclude<LinePattern, 'solid'>, readonly [number, number]> = { dashed: [6, 3], dotted: [1.5, 3] };
export function dashOf(pattern: LinePattern): readonly [number, number] | undefined {
	return pattern === 'solid' ? undefined : dashes[pattern];
}
/** cytoscape arrowhead shapes; the key draws the same heads in SVG. */
export type ArrowShape = 'triangle' | 'vee' | 'diamond' | 'square' | 'circle' | 'tee';
export interface LinkStyle {
	readonly colour: string;
	readonly pattern: LinePattern;
	readonly width: number;
	/** The head at the line's far end, for the lines that have a direction (links). */
	readonly arrow?: ArrowShape;
}

/**
 * Three line patterns cannot tell eight kinds of link apart, so each kind also has its own
 * pair of pattern and arrowhead: two kinds never differ in colour alone (WCAG 1.4.1).
 */
export const linkStyles: Record<LinkKind, LinkStyle & { readonly arrow: ArrowShape }> = {
	'reports-to': { colour: '#0B3C8C', pattern: 'solid', width: 3, arrow: 'triangle' },
	'raises-issues': { colour: '#B35900', pattern: 'solid', width: 2.5, arrow: 'vee' },
	refers: { colour: '#B8002E', pattern: 'dashed', width: 2.5, arrow: 'triangle' },
	commissions: { colour: '#6A2C91', pattern: 'solid', width: 2, arrow: 'diamond' },
	consults: { colour: '#00704A', pattern: 'dotted', width: 2.5, arrow: 'circle' },
	supervises: { colour: '#00704A', pattern: 'dashed', width: 2, arrow: 'tee' },
	funds: { colour: '#7A5200', pattern: 'dashed', width: 3, arrow: 'square' },
	informs: { colour: '#5C5C5C', pattern: 'dotted', width: 1.5, arrow: 'triangle' }
};

export const membershipStyle = {
	colour: '#9A9A9A',
	width: 1.2,
	/** Attendance is drawn as the line's pattern: regular solid, occasional dashed, absent dotted. */
	patterns: { regular: 'solid', occasional: 'dashed', absent: 'dotted' } satisfies Record<Attendance, LinePattern>
};
/** The line from a group to its chair: heavier and darker than a member's. */
export const chairStyle: LinkStyle = { colour: '#6B6B6B', pattern: 'solid', width: 3 };
/** The line from a post to its agency: faint, so it never competes with a membership or a link. */
export const postStyle: LinkStyle = { colour: '#C4C4C4', pattern: 'dotted', width: 1 };
