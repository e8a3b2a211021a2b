/**
 * The key to the graph as plain data: which entries each view shows, and each entry's
 * swatch as SVG shapes, drawn from the same tables as the stylesheet (palette.ts for kinds,
 * sectors and lines; marks.ts for every mark). Legend.svelte only renders what this returns,
 * so the key cannot draw a mark differently from the graph.
 */
import { linkKinds as linkKindTerms, sectors as sectorTerms, type Attendance, type LinkKind, type Sector } from '../format/vocabulary';
import { marksIn, markSpec, type EdgeDrawing, type HighlightMode, type Mark, type NodeDrawing } from './marks';
import {
	BORDER,
	borderWidths,
	chairStyle,
	codePaint,
	dashOf,
	externalBorder,
	glyphPaint,
	GROUP_FILL,
	inkOn,
	linkStyles,
	membershipStyle,
	NODE_FILL,
	postStyle,
	sectorCodes,
	sectorColours,
	type ArrowShape,
	type LinkStyle
} from './palette';

/** SVG presentation attributes, named as in SVG so a component can spread them. */
export interface Paint {
	readonly fill?: string;
	readonly 'fill-opacity'?: number;
	readonly stroke?: string;
	readonly 'stroke-width'?: number;
	readonly 'stroke-dasharray'?: string;
	readonly opacity?: number;
}
/** Which part of a mark a shape draws, so a reader of the data can tell a halo from an outline. */
export type Part = 'halo' | 'body' | 'outline' | 'sign';
export type Shape = { readonly paint: Paint; readonly part?: Part } & (
	| { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly rx: number }
	| { readonly kind: 'ellipse'; readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number }
	| { readonly kind: 'polygon'; readonly points: string }
	| { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }
	| { readonly kind: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly size: number }
);

export interface Swatch {
	readonly width: number;
	readonly height: number;
	readonly shapes: readonly Shape[];
}
export interface LegendEntry {
	readonly key: string;
	readonly label: string;
	readonly swatch: Swatch;
	/** The mark the entry explains, where it explains one. */
	readonly mark?: Mark;
}
export interface LegendSection {
	readonly title: string;
	readonly entries: readonly LegendEntry[];
}

export interface LegendOptions {
	readonly mode: HighlightMode;
	/** The marks on the graph now: a silence of the map is keyed only where the map has one. */
	readonly shown?: ReadonlySet<Mark>;
	/** Items have been taken out (what if). */
	readonly whatIf?: boolean;
	/** The graph shows the changes between two snapshots. */
	readonly changes?: boolean;
	readonly sectors: readonly Sector[];
	readonly linkKinds: readonly LinkKind[];
}

const WIDTH = 44;
const MID = WIDTH / 2;
const LINE_HEIGHT = 20;

export function legendSections(options: LegendOptions): LegendSection[] {
	const shown = options.shown ?? new Set<Mark>();
	const highlight: LegendEntry[] = [
		...(options.mode === 'hubs' ? [sizeEntry()] : []),
		...(options.mode === 'none' ? [] : marksIn(options.mode)).map(markEntry),
		...marksIn('silences').filter((m) => shown.has(m)).map(markEntry),
		...(options.whatIf ? marksIn('what-if') : []).map(markEntry)
	];
	const sections: LegendSection[] = [];
	if (highlight.length > 0) sections.push({ title: 'Highlight', entries: highlight });
	if (options.changes) sections.push({ title: 'Change', entries: marksIn('changes').map(markEntry) });
	sections.push({ title: 'Shape: what it is', entries: shapeEntries() });
	sections.push({ title: 'Colour and code: sector', entries: options.sectors.map(sectorEntry) });
	sections.push({ title: 'Lines', entries: lineEntries(options.linkKinds) });
	return sections;
}

/** A sector's entry: an agency of its colour with its code written on it, as the graph draws them. */
export function sectorEntry(sector: Sector): LegendEntry {
	const { fontSize, width, height } = codePaint;
	return {
		key: `sector-${sector}`,
		label: sectorTerms.label(sector),
		swatch: {
			width: WIDTH,
			height: LINE_HEIGHT,
			shapes: [
				{ kind: 'rect', part: 'body', x: MID - (width + 4) / 2, y: 1, width: width + 4, height: LINE_HEIGHT - 2, rx: 4, paint: { fill: sectorColours[sector], stroke: BORDER, 'stroke-width': 1 } },
				{ kind: 'text', part: 'sign', x: MID, y: LINE_HEIGHT / 2 + fontSize * 0.36, text: sectorCodes[sector], size: fontSize, paint: { fill: inkOn(sectorColours[sector]) } }
			]
		}
	};
}

/** The key's entry for one mark: its words and its drawing, from the mark's table entry. */
export function markEntry(mark: Mark): LegendEntry {
	const spec = markSpec(mark);
	return { key: mark, mark, label: spec.label, swatch: spec.node ? nodeSwatch(spec.node) : edgeSwatch(spec.edge ?? {}) };
}

/** About the size of a role on the graph, so outlines of the graph's widths read as they do there. */
const NODE = { width: 28, height: 20, rx: 5 };

/**
 * An item drawn as the graph draws it with the mark: cytoscape centres an outline on the
 * shape's edge, as SVG does, and draws a double outline as its outer and inner thirds.
 */
export function nodeSwatch(d: NodeDrawing): Swatch {
	const width = d.border?.width ?? borderWidths.agency;
	const style = d.border?.style ?? 'solid';
	const stroke = d.border?.colour ?? BORDER;
	const margin = Math.ceil(Math.max(d.halo?.padding ?? 0, width / 2, 2)) + 1;
	const height = NODE.height + 2 * margin;
	const x = (WIDTH - NODE.width) / 2;
	const y = margin;
	const opacity = d.opacity === undefined ? {} : { opacity: d.opacity };
	const rect = (part: Part, inset: number, paint: Paint): Shape & { kind: 'rect' } => ({
		kind: 'rect',
		part,
		x: x + inset,
		y: y + inset,
		width: NODE.width - 2 * inset,
		height: NODE.height - 2 * inset,
		rx: Math.max(0, NODE.rx - inset),
		paint: { ...paint, ...opacity }
	});
	const fill: Paint = { fill: NODE_FILL, ...(d.fillOpacity === undefined ? {} : { 'fill-opacity': d.fillOpacity }) };
	const shapes: Shape[] = [];
	if (d.halo) shapes.push(rect('halo', -d.halo.padding, { fill: d.halo.colour, 'fill-opacity': d.halo.opacity }));
	if (style === 'double') {
		shapes.push(rect('body', width / 3, fill));
		for (const inset of [-width / 3, width / 3]) shapes.push(rect('outline', inset, { fill: 'none', stroke, 'stroke-width': width / 3 }));
	} else {
		const dash = dashOf(style);
		shapes.push(rect('outline', 0, { ...fill, stroke, 'stroke-width': width, ...(dash ? { 'stroke-dasharray': dash.join(' ') } : {}) }));
	}
	if (d.glyph) {
		const g = glyphPaint;
		shapes.push({ kind: 'text', part: 'sign', x: MID, y: y + NODE.height / 2 + 5, text: d.glyph, size: 15, paint: { fill: g.fill, stroke: g.stroke, 'stroke-width': g.strokeWidth, ...opacity } });
	}
	return { width: WIDTH, height, shapes };
}

/** A line drawn as the graph draws it; a width that grows with a share is drawn as a band that widens from its least to its most. */
export function edgeSwatch(d: EdgeDrawing): Swatch {
	const colour = d.colour ?? membershipStyle.colour;
	const opacity = d.opacity === undefined ? {} : { opacity: d.opacity };
	if (typeof d.width === 'object') {
		const [min, max] = d.width.byShare;
		const height = max + 4;
		const mid = height / 2;
		const points = [`2,${mid - min / 2}`, `${WIDTH - 2},${mid - max / 2}`, `${WIDTH - 2},${mid + max / 2}`, `2,${mid + min / 2}`].join(' ');
		return { width: WIDTH, height, shapes: [{ kind: 'polygon', points, paint: { fill: colour, ...opacity } }] };
	}
	return lineSwatch({ colour, width: d.width ?? membershipStyle.width, pattern: d.pattern ?? 'solid' }, false, opacity);
}

function lineSwatch(s: LinkStyle, arrow: boolean, extra: Paint = {}): Swatch {
	const dash = dashOf(s.pattern);
	const y = LINE_HEIGHT / 2;
	const shapes: Shape[] = [
		{ kind: 'line', x1: 2, y1: y, x2: arrow ? WIDTH - 10 : WIDTH - 2, y2: y, paint: { stroke: s.colour, 'stroke-width': s.width, ...(dash ? { 'stroke-dasharray': dash.join(' ') } : {}), ...extra } }
	];
	if (arrow) shapes.push(arrowHead(s.arrow ?? 'triangle', WIDTH - 2, y, { fill: s.colour, ...extra }));
	return { width: WIDTH, height: LINE_HEIGHT, shapes };
}

/** The head of a link's line as the graph draws it, its tip at (x, y), pointing right. */
function arrowHead(shape: ArrowShape, x: number, y: number, paint: Paint): Shape {
	switch (shape) {
		case 'triangle':
			return { kind: 'polygon', points: `${x - 9},${y - 5} ${x},${y} ${x - 9},${y + 5}`, paint };
		case 'vee':
			return { kind: 'polygon', points: `${x - 9},${y - 5} ${x},${y} ${x - 9},${y + 5} ${x - 6},${y}`, paint };
		case 'diamond':
			return { kind: 'polygon', points: `${x - 10},${y} ${x - 5},${y - 5} ${x},${y} ${x - 5},${y + 5}`, paint };
		case 'square':
			return { kind: 'rect', x: x - 8, y: y - 4, width: 8, height: 8, rx: 0, paint };
		case 'circle':
			return { kind: 'ellipse', cx: x - 4.5, cy: y, rx: 4.5, ry: 4.5, paint };
		case 'tee':
			return { kind: 'rect', x: x - 3, y: y - 5, width: 3, height: 10, rx: 0, paint };
	}
}

function sizeEntry(): LegendEntry {
	const paint: Paint = { fill: NODE_FILL, stroke: BORDER, 'stroke-width': borderWidths.agency };
	return {
		key: 'size',
		label: 'Larger: tied directly to more of the system',
		swatch: {
			width: WIDTH,
			height: LINE_HEIGHT,
			shapes: [
				{ kind: 'ellipse', cx: MID - 12, cy: 13, rx: 5, ry: 5, paint },
				{ kind: 'ellipse', cx: MID + 7, cy: 10, rx: 9, ry: 9, paint }
			]
		}
	};
}

function shapeEntries(): LegendEntry[] {
	const outline = (kind: 'agency' | 'role' | 'group'): Paint => ({ fill: kind === 'group' ? GROUP_FILL : NODE_FILL, stroke: BORDER, 'stroke-width': borderWidths[kind] });
	const box = (shapes: Shape[]): Swatch => ({ width: WIDTH, height: LINE_HEIGHT, shapes });
	const dash = dashOf(externalBorder.pattern)!;
	return [
		{ key: 'agency', label: 'Agency', swatch: box([{ kind: 'rect', x: MID - 11, y: 3, width: 22, height: 14, rx: 4, paint: outline('agency') }]) },
		{ key: 'role', label: 'Role (a post)', swatch: box([{ kind: 'ellipse', cx: MID, cy: 10, rx: 8, ry: 8, paint: outline('role') }]) },
		{ key: 'group', label: 'Group or meeting (type in brackets)', swatch: box([{ kind: 'polygon', points: [[-9, 10], [-4.5, 2], [4.5, 2], [9, 10], [4.5, 18], [-4.5, 18]].map(([x, y]) => `${MID + x},${y}`).join(' '), paint: outline('group') }]) },
		{
			key: 'external',
			label: 'Dashed outline: outside the locality',
			swatch: box([{ kind: 'rect', x: MID - 11, y: 3, width: 22, height: 14, rx: 4, paint: { fill: GROUP_FILL, stroke: BORDER, 'stroke-width': externalBorder.width, 'stroke-dasharray': dash.join(' ') } }])
		}
	];
}

const attendanceLabels: Record<Attendance, string> = { regular: 'Member', occasional: 'Member (occasional)', absent: 'Member (absent)' };

function lineEntries(shownKinds: readonly LinkKind[]): LegendEntry[] {
	const member = (attendance: Attendance): LegendEntry => ({
		key: `member-${attendance}`,
		label: attendanceLabels[attendance],
		swatch: lineSwatch({ colour: membershipStyle.colour, width: membershipStyle.width, pattern: membershipStyle.patterns[attendance] }, false)
	});
	return [
		member('regular'),
		member('occasional'),
		member('absent'),
		{ key: 'chair', label: 'Chairs the group', swatch: lineSwatch(chairStyle, false) },
		{ key: 'post', label: 'A post in its agency', swatch: lineSwatch(postStyle, false) },
		...linkKindTerms.values
			.filter((kind) => shownKinds.includes(kind))
			.map((kind) => ({ key: `link-${kind}`, label: linkKindTerms.label(kind), swatch: lineSwatch(linkStyles[kind], true) }))
	];
}
