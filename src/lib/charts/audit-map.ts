/**
 * The map for the printed audit report: the layered layout drawn large, each item numbered
 * (the report lists the numbers with the names, as a printed map keys its places), with the
 * marks of the hubs, the gaps and the single points of failure, and the silences under them.
 * A scene, not cytoscape, so it prints sharp and needs no script. The marks and how each is
 * drawn are the graph's own (`highlight`, `markSpecs`), so the paper and the screen agree.
 */
import type { Audit } from '../analysis/audit';
import { sectorOf } from '../graph/elements';
import { highlight } from '../graph/highlight';
import { layeredPositions } from '../graph/layouts';
import { markColours, markSpecs, type Mark } from '../graph/marks';
import { BORDER, dashOf, GROUP_FILL, sectorColours } from '../graph/palette';
import { allItems, indexItems, type Item, type ItemId, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';
import type { Scene, Shape } from './scene';

/** Pixels per layout unit: the widest of the report's maps (1,360 units) fills an A4 page's width. */
export const AUDIT_MAP_SCALE = 0.5;

/** The highlights the report's map carries, all at once: they mark different items, and the outline drawn last wins. */
const MODES = ['hubs', 'gaps', 'fragile'] as const;

export interface AuditMapKey {
	/** The number drawn beside each item, in the order of the map's file. */
	readonly numbers: ReadonlyMap<ItemId, number>;
	/** The marks on the drawing, in the order of the graph's key. */
	readonly marks: readonly Mark[];
}

/** Each item's marks from every mode the report shows, in the marks table's order. */
export function auditMarks(model: LocalityModel, audit: Audit): Map<ItemId, Mark[]> {
	const out = new Map<ItemId, Set<Mark>>();
	for (const mode of MODES) {
		for (const [id, list] of highlight(model, audit, mode).marks) {
			const set = out.get(id) ?? new Set<Mark>();
			for (const mark of list) set.add(mark);
			out.set(id, set);
		}
	}
	const order = markSpecs.map((s) => s.mark);
	return new Map([...out].map(([id, set]) => [id, order.filter((m) => set.has(m))]));
}

/**
 * The marks the drawing shows: on each item, the mark whose outline wins and the one whose halo
 * does, and the "?" of a silence and the bold number of a hub, which show whatever the outline.
 */
export function auditMapKey(model: LocalityModel, audit: Audit): AuditMapKey {
	const marks = new Set<Mark>();
	for (const list of auditMarks(model, audit).values()) {
		const last = (part: 'border' | 'halo') => list.findLast((m) => markSpecs.find((s) => s.mark === m)?.node?.[part] !== undefined);
		for (const mark of [last('border'), last('halo'), ...list.filter((m) => m === 'not-recorded' || m === 'hub')]) if (mark) marks.add(mark);
	}
	return {
		numbers: new Map(allItems(model).map((item, i) => [item.id, i + 1])),
		marks: markSpecs.map((s) => s.mark).filter((m) => marks.has(m))
	};
}

/** A colour mixed with white: `share` of the colour. */
function tint(hex: string, share: number): string {
	const channel = (i: number) => Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * share);
	return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** The outline and halo an item's marks give it: for each, the last mark that sets it wins, as in the graph's stylesheet. */
function drawingOf(marks: readonly Mark[]): { border?: { colour: string; width: number; dash?: string }; halo?: string } {
	let border: { colour: string; width: number; dash?: string } | undefined;
	let halo: string | undefined;
	for (const mark of marks) {
		const node = markSpecs.find((s) => s.mark === mark)?.node;
		if (!node) continue;
		if (node.border) {
			const style = node.border.style ?? 'solid';
			const dash = style === 'double' || style === 'solid' ? undefined : dashOf(style)?.join(',');
			// The graph's widths are for nodes drawn three times this size: halved, and never under 1.5.
			border = { colour: node.border.colour ?? BORDER, width: Math.max(1.5, (node.border.width ?? 2) / 2), ...(dash ? { dash } : {}) };
		}
		if (node.halo) halo = tint(node.halo.colour, 0.3);
	}
	return { ...(border ? { border } : {}), ...(halo ? { halo } : {}) };
}

function outline(item: Item, x: number, y: number): (readonly [number, number])[] {
	if (item.kind === 'group') return [0, 1, 2, 3, 4, 5].map((k) => [x + 11 * Math.cos((Math.PI / 3) * k), y + 11 * Math.sin((Math.PI / 3) * k)] as const);
	if (item.kind === 'agency') return [[x - 8, y - 8], [x + 8, y - 8], [x + 8, y + 8], [x - 8, y + 8]];
	// A post: a circle, as a polygon so it takes the same outlines as the rest.
	return Array.from({ length: 20 }, (_, k) => [x + 7 * Math.cos((Math.PI / 10) * k), y + 7 * Math.sin((Math.PI / 10) * k)] as const);
}

export function auditMap(model: LocalityModel, audit: Audit, scale = AUDIT_MAP_SCALE): Scene {
	const positions = layeredPositions(model);
	const index = indexItems(model);
	const marks = auditMarks(model, audit);
	const { numbers } = auditMapKey(model, audit);
	const xs = [...positions.values()].map((p) => p.x);
	const ys = [...positions.values()].map((p) => p.y);
	// Room for the "?" on the left of an item, and its number above it on the right.
	const pad = { left: 32, right: 38, top: 30, bottom: 24 };
	const minX = Math.min(0, ...xs);
	const minY = Math.min(0, ...ys);
	const width = Math.max(120, (Math.max(0, ...xs) - minX) * scale + pad.left + pad.right);
	const height = Math.max(80, (Math.max(0, ...ys) - minY) * scale + pad.top + pad.bottom);
	const at = (id: ItemId) => {
		const p = positions.get(id)!;
		return [(p.x - minX) * scale + pad.left, (p.y - minY) * scale + pad.top] as const;
	};
	const halos: Shape[] = [];
	const lines: Shape[] = [];
	const nodes: Shape[] = [];
	for (const [a, b] of tiedPairs(model)) {
		if (!positions.has(a) || !positions.has(b)) continue;
		const [x1, y1] = at(a);
		const [x2, y2] = at(b);
		lines.push({ type: 'line', x1, y1, x2, y2, stroke: '#8A8A8A', width: 1 });
	}
	for (const item of allItems(model)) {
		if (!positions.has(item.id)) continue;
		const [x, y] = at(item.id);
		const sector = sectorOf(item, index);
		const { border, halo } = drawingOf(marks.get(item.id) ?? []);
		if (halo) halos.push({ type: 'circle', cx: x, cy: y, r: 19, fill: halo });
		nodes.push({
			type: 'polygon',
			points: outline(item, x, y),
			fill: item.kind === 'group' ? GROUP_FILL : sector ? sectorColours[sector] : GROUP_FILL,
			stroke: border?.colour ?? BORDER,
			width: border?.width ?? (item.kind === 'group' ? 2 : 1.2),
			...(border?.dash ? { dash: border.dash } : {}),
			title: item.name
		});
		const list = marks.get(item.id) ?? [];
		const bold = list.some((m) => m === 'hub' || m === 'fragile');
		nodes.push({ type: 'text', x: x + 13, y: y - 7, text: String(numbers.get(item.id)), size: bold ? 15 : 13, weight: bold ? 'bold' : 'normal' });
		// The sign of a silence, as the graph draws it: the map does not record where this item sits, or who sits on it.
		if (list.includes('not-recorded')) nodes.push({ type: 'text', x: x - 13, y: y + 5, text: '?', anchor: 'end', size: 13, weight: 'bold', fill: markColours.silence });
	}
	const l = model.locality;
	return {
		width: Math.round(width),
		height: Math.round(height),
		title: `${l.name} as of ${l.as_of}: the map with its hubs, gaps and single points of failure marked`,
		description: `Every agency (square), post (circle) and group (hexagon), numbered as in the list beside the map, laid out from the centre (the local authority and the groups it sits on) at the top to schools and families at the bottom; a line joins each pair tied in any way.`,
		shapes: [...halos, ...lines, ...nodes]
	};
}
