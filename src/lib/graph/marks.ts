/**
 * The visual vocabulary: every mark the graph can put on an item or a line to show an audit
 * finding, a silence of the map, a what-if or a change between snapshots, with the words the
 * key gives it and how it is drawn. The stylesheet (style.ts), the highlight logic
 * (highlight.ts), the graph component and the key (legend.ts) all read this one table, so
 * the key always draws a mark as the graph does.
 *
 * A mark's name is also its cytoscape class name.
 */
import type { LinePattern, NodeShape } from './palette';

/** The highlight modes, each a view of one part of the audit. */
export type HighlightMode = 'none' | 'hubs' | 'overlaps' | 'gaps' | 'fragile';

/**
 * Where a mark is shown: by one highlight mode; in every mode where the map is silent
 * (`silences`); by the what-if (items taken out and those cut off); or by the change view.
 */
export type MarkSet = Exclude<HighlightMode, 'none'> | 'silences' | 'what-if' | 'changes';

export type BorderStyle = LinePattern | 'double';

export interface NodeDrawing {
	/** The outline; where a field is left out, the item keeps its own. */
	readonly border?: { readonly colour?: string; readonly width?: number; readonly style?: BorderStyle };
	/** A soft halo behind the item (cytoscape's underlay). */
	readonly halo?: { readonly colour: string; readonly opacity: number; readonly padding: number };
	readonly fillOpacity?: number;
	/** The whole item, outline and fill. */
	readonly opacity?: number;
	readonly text?: { readonly size?: number; readonly bold?: boolean; readonly colour?: string; readonly opacity?: number };
	readonly shape?: NodeShape;
	/** A sign drawn in the middle of the item, so the mark never rests on colour alone. */
	readonly glyph?: '?';
}

export interface EdgeDrawing {
	readonly colour?: string;
	/** Pixels, or a width that grows with the share two groups have in common, from `[0, 1]` to `[min, max]`. */
	readonly width?: number | { readonly byShare: readonly [min: number, max: number] };
	readonly pattern?: LinePattern;
	readonly opacity?: number;
	/** Draw the line straight and write its label along it, in this colour. */
	readonly label?: { readonly colour: string };
}

export interface MarkSpec {
	readonly mark: string;
	readonly shownIn: readonly MarkSet[];
	/** What the mark means, in the key's words. */
	readonly label: string;
	/** The same, said of one item as the keyboard walk reaches it: "a single point of failure". */
	readonly spoken: string;
	readonly node?: NodeDrawing;
	readonly edge?: EdgeDrawing;
}

export const markColours = {
	alarm: '#B8002E',
	overlap: '#6A2C91',
	fragile: '#B35900',
	added: '#00704A',
	silence: '#6B6B6B'
} as const;

const { alarm, overlap, fragile, added, silence } = markColours;

/**
 * Every mark, in the order the stylesheet applies them: where an item carries two marks,
 * the later one's outline wins. A silence comes first, so a finding's outline shows over it
 * while its "?" stays.
 */
const table = [
	{
		mark: 'not-recorded',
		shownIn: ['silences'],
		label: 'Grey dotted outline and ?: the map does not record (in full) who sits on it, or where it sits',
		spoken: 'the map does not record in full who sits on it, or where it sits',
		node: { border: { colour: silence, width: 3, style: 'dotted' }, glyph: '?' }
	},
	{
		mark: 'hub',
		shownIn: ['hubs'],
		label: 'Heavy outline and bold name: one of the three main hubs',
		spoken: 'one of the three main hubs',
		node: { border: { width: 4 }, text: { size: 14, bold: true } }
	},
	{
		mark: 'insecure',
		shownIn: ['hubs', 'fragile'],
		label: 'Red double outline: held by a short-term (insecure) post',
		spoken: 'held by a short-term post',
		node: { border: { colour: alarm, width: 6, style: 'double' } }
	},
	{
		mark: 'gap',
		shownIn: ['gaps'],
		label: 'Red outline and halo: an item in a gap',
		spoken: 'in a gap',
		node: { border: { colour: alarm, width: 5, style: 'solid' }, halo: { colour: alarm, opacity: 0.18, padding: 8 } }
	},
	{
		mark: 'ghost',
		shownIn: ['gaps'],
		label: 'Faint box, dashed red: a sector no group has',
		spoken: 'a sector no group has',
		node: { shape: 'round-rectangle', fillOpacity: 0.15, border: { colour: alarm, width: 3, style: 'dashed' }, text: { colour: '#8A0022', bold: true } }
	},
	{
		mark: 'overlapping',
		shownIn: ['overlaps'],
		label: 'Purple outline: a group that shares many members, or its purpose, with another',
		spoken: 'a group that overlaps another',
		node: { border: { colour: overlap, width: 5, style: 'solid' } }
	},
	{
		mark: 'shared',
		shownIn: ['overlaps'],
		label: 'Purple halo: a member the overlapping groups share',
		spoken: 'a member overlapping groups share',
		node: { halo: { colour: overlap, opacity: 0.2, padding: 6 } }
	},
	{
		mark: 'overlap-band',
		shownIn: ['overlaps'],
		label: 'Purple band: the share of members two groups have in common; the wider, the more',
		spoken: 'members two groups share',
		edge: { colour: overlap, opacity: 0.35, width: { byShare: [4, 22] }, label: { colour: '#3D1A55' } }
	},
	{
		mark: 'fragile',
		shownIn: ['fragile'],
		label: 'Thick orange outline and halo: a single point of failure',
		spoken: 'a single point of failure',
		node: { border: { colour: fragile, width: 7, style: 'solid' }, halo: { colour: fragile, opacity: 0.2, padding: 8 } }
	},
	{
		mark: 'held',
		shownIn: ['fragile'],
		label: 'Dashed orange outline: cut off if that point went, or joined to the rest by nothing the map records',
		spoken: 'cut off if a single point of failure went',
		node: { border: { colour: fragile, width: 3, style: 'dashed' } }
	},
	{
		mark: 'removed',
		shownIn: ['what-if'],
		label: 'Faded, dotted outline: taken out (what if)',
		spoken: 'taken out',
		node: { opacity: 0.25, border: { style: 'dotted' }, text: { opacity: 0.5 } },
		edge: { opacity: 0.1 }
	},
	{
		mark: 'cut-off',
		shownIn: ['what-if'],
		label: 'Dashed red outline: cut off by what was taken out, or joined to the rest by nothing the map records',
		spoken: 'cut off by what was taken out',
		node: { border: { colour: alarm, width: 5, style: 'dashed' } }
	},
	{
		mark: 'change-added',
		shownIn: ['changes'],
		label: 'Green double outline: added',
		spoken: 'added',
		node: { border: { colour: added, width: 6, style: 'double' } },
		edge: { colour: added, width: 3 }
	},
	{
		mark: 'change-removed',
		shownIn: ['changes'],
		label: 'Faded, dashed red outline: removed',
		spoken: 'removed',
		node: { opacity: 0.45, border: { colour: alarm, width: 4, style: 'dashed' } },
		edge: { colour: alarm, pattern: 'dashed', opacity: 0.6 }
	},
	{
		mark: 'change-changed',
		shownIn: ['changes'],
		label: 'Orange outline: changed',
		spoken: 'changed',
		node: { border: { colour: fragile, width: 5, style: 'solid' } }
	}
] as const satisfies readonly MarkSpec[];

export type Mark = (typeof table)[number]['mark'];

/** Every mark's table entry, in stylesheet order. */
export const markSpecs: readonly (MarkSpec & { readonly mark: Mark })[] = table;

export const marks: readonly Mark[] = table.map((t) => t.mark);

const byMark = new Map<Mark, MarkSpec>(table.map((t) => [t.mark, t]));
export function markSpec(mark: Mark): MarkSpec {
	const spec = byMark.get(mark);
	if (!spec) throw new Error(`no mark ${mark}`);
	return spec;
}

/** The marks shown in any of these sets, in table order. */
export function marksIn(...sets: readonly MarkSet[]): Mark[] {
	return markSpecs.filter((s) => s.shownIn.some((set) => sets.includes(set))).map((s) => s.mark);
}

/** The class list of an element the highlight adds (`overlay`, so the graph can take it away again). */
export function overlayClasses(mark: Mark): string {
	return `overlay ${mark}`;
}

/** An element with marks added to its classes, e.g. the change view's `change-added`. */
export function withMarks<E extends { readonly classes: string }>(element: E, list: readonly Mark[]): E {
	return list.length === 0 ? element : { ...element, classes: [element.classes, ...list].join(' ') };
}
