/**
 * The graph's cytoscape stylesheet, built from the palette: shape by kind, colour by
 * sector, group type in the label, membership as light lines patterned by attendance,
 * links as coloured arrows patterned by kind. Then every mark of the visual vocabulary
 * (marks.ts), built from the same table entry the key draws. Last, the states the page
 * switches with classes: `faded` (outside the focus), `focused` (the selected item) and
 * `hidden` (filtered out).
 */
import type { Css, StylesheetJson, StylesheetStyle } from 'cytoscape';
import { linkKinds, sectors, type Sector } from '../format/vocabulary';
import { markSpecs, type BorderStyle, type EdgeDrawing, type NodeDrawing } from './marks';
import {
	BORDER,
	borderWidths,
	chairStyle,
	codePaint,
	dashOf,
	externalBorder,
	glyphPaint,
	GROUP_FILL,
	kindShapes,
	kindSizes,
	linkStyles,
	membershipStyle,
	NODE_FILL,
	inkOn,
	postStyle,
	sectorCodes,
	sectorColours,
	type LinePattern
} from './palette';

export function graphStylesheet(): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				'font-family': 'system-ui, sans-serif',
				'font-size': 12,
				'min-zoomed-font-size': 6,
				color: '#111111',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': 4,
				'text-wrap': 'wrap',
				'text-max-width': '130px',
				'text-background-color': '#FFFFFF',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'border-color': BORDER,
				'background-color': NODE_FILL
			}
		},
		...(['agency', 'role', 'group'] as const).map((kind) => ({
			selector: `node.${kind}`,
			style: { shape: kindShapes[kind], width: kindSizes[kind], height: kindSizes[kind], 'border-width': borderWidths[kind] }
		})),
		{ selector: 'node.group', style: { 'background-color': GROUP_FILL, 'font-weight': 'bold' } },
		...sectors.values.map((sector) => ({ selector: `node.sector-${sector}`, style: { 'background-color': sectorColours[sector], ...codeStyle(codeImage(sector)), 'bounds-expansion': CORNER_ROOM } })),
		{ selector: 'node.external', style: { ...borderStyle(externalBorder.pattern), 'border-width': externalBorder.width } },
		{
			selector: 'edge',
			style: { 'curve-style': 'bezier', width: membershipStyle.width, 'line-color': membershipStyle.colour, opacity: 0.9 }
		},
		{ selector: 'edge.attendance-occasional', style: lineStyle(membershipStyle.patterns.occasional) },
		{ selector: 'edge.attendance-absent', style: lineStyle(membershipStyle.patterns.absent) },
		{ selector: 'edge.chair', style: { width: chairStyle.width, 'line-color': chairStyle.colour } },
		...linkKinds.values.map((kind): StylesheetStyle => {
			const s = linkStyles[kind];
			return {
				selector: `edge.link-${kind}`,
				style: {
					'line-color': s.colour,
					'target-arrow-color': s.colour,
					'target-arrow-shape': s.arrow,
					'arrow-scale': 1.2,
					...lineStyle(s.pattern),
					width: s.width
				}
			};
		}),
		{ selector: 'edge.post', style: { 'line-color': postStyle.colour, width: postStyle.width, ...lineStyle(postStyle.pattern) } },
		// The visual vocabulary: highlight modes, silences, the what-if and the change view.
		...markRules(),
		...codeRules(),
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
		{
			selector: 'node.focused',
			style: { 'overlay-color': '#FFB000', 'overlay-opacity': 0.35, 'overlay-padding': 8, 'border-width': 4, 'z-index': 10 }
		},
		{ selector: 'edge.focused', style: { opacity: 1, width: 3.5, 'z-index': 9 } },
		// The keyboard walk's place: a dark ring that shows on every mark and colour, never faded.
		{
			selector: 'node.walk',
			style: { 'underlay-color': '#1D3557', 'underlay-opacity': 0.9, 'underlay-padding': 7, 'underlay-shape': 'ellipse', opacity: 1, 'text-opacity': 1, 'z-index': 20 }
		},
		{ selector: 'node:active', style: { 'overlay-opacity': 0.2 } }
	];
}

/**
 * The stylesheet for a large graph (decision 0011): labels drawn only once zoomed in far enough
 * to read them (12px type at 75% or more), and straight lines, which cytoscape draws without
 * working out a curve for each.
 */
export function largeGraphStylesheet(): StylesheetJson {
	return [
		...graphStylesheet(),
		{ selector: 'node', style: { 'min-zoomed-font-size': READABLE_PX } },
		{ selector: 'edge', style: { 'curve-style': 'straight' } },
		// Ties without an arrowhead (seats, posts) as cytoscape's cheapest lines: nothing to work out but their two ends.
		{ selector: 'edge.member, edge.post', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }
	];
}
/** The smallest size of type, on screen, that a label is drawn at on a large graph. */
export const READABLE_PX = 9;

/** The stylesheet rules of every mark, in the table's order, from the same drawing the key reads. */
export function markRules(): StylesheetStyle[] {
	const rules: StylesheetStyle[] = [];
	for (const spec of markSpecs) {
		if (spec.node) rules.push({ selector: `node.${spec.mark}`, style: nodeStyle(spec.node) });
		if (spec.edge) rules.push({ selector: `edge.${spec.mark}`, style: edgeStyle(spec.edge) });
	}
	return rules;
}

function nodeStyle(d: NodeDrawing): Css.Node {
	const style: Css.Node = {};
	if (d.border?.colour) style['border-color'] = d.border.colour;
	if (d.border?.width !== undefined) style['border-width'] = d.border.width;
	if (d.border?.style) Object.assign(style, borderStyle(d.border.style));
	if (d.halo) Object.assign(style, { 'underlay-color': d.halo.colour, 'underlay-opacity': d.halo.opacity, 'underlay-padding': d.halo.padding });
	if (d.fillOpacity !== undefined) style['background-opacity'] = d.fillOpacity;
	if (d.opacity !== undefined) style.opacity = d.opacity;
	if (d.text?.size !== undefined) style['font-size'] = d.text.size;
	if (d.text?.bold) style['font-weight'] = 'bold';
	if (d.text?.colour) style.color = d.text.colour;
	if (d.text?.opacity !== undefined) style['text-opacity'] = d.text.opacity;
	if (d.shape) style.shape = d.shape;
	if (d.glyph) Object.assign(style, { 'background-image': glyphImage(d.glyph), 'background-width': '60%', 'background-height': '60%' });
	return style;
}

function edgeStyle(d: EdgeDrawing): Css.Edge {
	const style: Css.Edge = {};
	if (d.colour) Object.assign(style, { 'line-color': d.colour, 'target-arrow-color': d.colour });
	if (typeof d.width === 'number') style.width = d.width;
	else if (d.width) style.width = `mapData(jaccard, 0, 1, ${d.width.byShare[0]}, ${d.width.byShare[1]})`;
	if (d.pattern) Object.assign(style, lineStyle(d.pattern));
	if (d.opacity !== undefined) style.opacity = d.opacity;
	if (d.label) {
		Object.assign(style, {
			'curve-style': 'straight',
			label: 'data(label)',
			'font-size': 11,
			'text-background-color': '#FFFFFF',
			'text-background-opacity': 0.9,
			color: d.label.colour
		});
	}
	return style;
}

/** cytoscape's own `dotted` is 1px dots, too faint on a thick outline: a broken pattern is drawn as dashes from the palette's table. */
function borderStyle(style: BorderStyle): Css.Node {
	if (style === 'solid' || style === 'double') return { 'border-style': style };
	return { 'border-style': 'dashed', 'border-dash-pattern': [...dashOf(style)!] };
}

function lineStyle(pattern: LinePattern): Css.Edge {
	const dash = dashOf(pattern);
	return dash ? { 'line-style': 'dashed', 'line-dash-pattern': [...dash] } : { 'line-style': 'solid' };
}

/**
 * A sector's code in the middle of its items, as an image: cytoscape writes one label on a node,
 * the item's name, and draws images on the canvas, in the PNG and in the SVG alike. The image
 * is made once a sector, so every item of the sector shares it.
 */
function codeStyle(image: string): Css.Node {
	return {
		'background-image': image,
		'background-width': codePaint.width,
		'background-height': codePaint.height
	};
}

/**
 * cytoscape draws the images of the last rule that gives any, so where a mark draws its own
 * (a silence's `?`) or fades the fill (a ghost), each sector has a rule of its own after the
 * marks': the code stays in the middle, the `?` moves to the item's corner, over its outline,
 * and the code is written in the ink that stands out on the faint fill.
 */
function codeRules(): StylesheetStyle[] {
	const rules: StylesheetStyle[] = [];
	for (const spec of markSpecs) {
		const d: NodeDrawing | undefined = spec.node;
		if (!d?.glyph && d?.fillOpacity === undefined) continue;
		for (const sector of sectors.values) {
			const code = codeImage(sector, d.fillOpacity);
			rules.push({ selector: `node.${spec.mark}.sector-${sector}`, style: d.glyph ? withCornerSign(code, d.glyph) : codeStyle(code) });
		}
	}
	return rules;
}

/** The code and, at the item's top right corner and over its outline, a mark's sign. */
function withCornerSign(code: string, glyph: string): Css.Node {
	const g = glyphPaint;
	return {
		'background-image': [code, glyphImage(glyph)],
		'background-width': [codePaint.width, g.cornerSize],
		'background-height': [codePaint.height, g.cornerSize],
		'background-position-x': ['50%', '100%'],
		'background-position-y': ['50%', '0%'],
		'background-offset-x': [0, g.cornerSize / 3],
		'background-offset-y': [0, -g.cornerSize / 3],
		'background-clip': ['node', 'none'],
		'background-image-containment': ['inside', 'over']
	};
}

/**
 * Room above and to the right of every agency and post for a silence's `?`, whether it has one
 * or not: an item's bounds, and so the view that fits the graph, do not change when a mark
 * comes or goes.
 */
const CORNER_ROOM: [number, number, number, number] = [glyphPaint.cornerSize / 3, glyphPaint.cornerSize / 3, 0, 0];

const imageUri = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;

function codeImage(sector: Sector, fillOpacity = 1): string {
	const { fontSize, width, height } = codePaint;
	const ink = inkOn(sectorColours[sector], fillOpacity);
	return imageUri(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="${width / 2}" y="${height / 2 + fontSize * 0.36}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="bold" fill="${ink}">${sectorCodes[sector]}</text></svg>`
	);
}

function glyphImage(glyph: string): string {
	const g = glyphPaint;
	return imageUri(
		`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><text x="10" y="15.5" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${g.fontSize}" font-weight="bold" fill="${g.fill}" stroke="${g.stroke}" stroke-width="${g.strokeWidth}" paint-order="stroke">${glyph}</text></svg>`
	);
}
