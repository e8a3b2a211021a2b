/**
 * One locality's graph as a small picture, drawn in the same style and at the same scale
 * as every other, so localities can be compared side by side: the layered layout, shape by
 * kind, colour by sector, each tied pair as a thin line.
 */
import { sectors as sectorTerms, type Sector } from '../format/vocabulary';
import { sectorOf } from '../graph/elements';
import { layeredPositions } from '../graph/layouts';
import type { LegendSection, Shape as SwatchShape } from '../graph/legend';
import { BORDER, GROUP_FILL, sectorColours } from '../graph/palette';
import { allItems, indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';
import type { Scene, Shape } from './scene';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Pixels per layout unit: one scale for all, so a bigger system looks bigger. */
export const SMALL_MULTIPLE_SCALE = 0.22;

const hexagon = (x: number, y: number, r: number): [number, number][] => [0, 1, 2, 3, 4, 5].map((k) => [x + r * Math.cos((Math.PI / 3) * k), y + r * Math.sin((Math.PI / 3) * k)]);

/** The small multiples' key: the shape of each kind of item, and the colour of each sector. */
export function smallMultipleKey(sectors: readonly Sector[] = sectorTerms.values): LegendSection[] {
	const box = (shape: SwatchShape) => ({ width: 16, height: 16, shapes: [shape] });
	const paint = (fill: string) => ({ fill, stroke: BORDER });
	return [
		{
			title: 'Shape: what it is',
			entries: [
				{ key: 'agency', label: 'Agency', swatch: box({ kind: 'rect', x: 3.5, y: 3.5, width: 9, height: 9, rx: 0, paint: paint(GROUP_FILL) }) },
				{ key: 'role', label: 'Post', swatch: box({ kind: 'ellipse', cx: 8, cy: 8, rx: 3.5, ry: 3.5, paint: paint(GROUP_FILL) }) },
				{ key: 'group', label: 'Group', swatch: box({ kind: 'polygon', points: hexagon(8, 8, 6).map(([x, y]) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).join(' '), paint: { ...paint(GROUP_FILL), 'stroke-width': 1.5 } }) }
			]
		},
		{
			title: 'Colour: sector',
			entries: sectors.map((sector) => ({ key: `sector-${sector}`, label: sectorTerms.label(sector), swatch: box({ kind: 'rect', x: 3.5, y: 3.5, width: 9, height: 9, rx: 0, paint: paint(sectorColours[sector]) }) }))
		}
	];
}

export function smallMultiple(model: LocalityModel, scale = SMALL_MULTIPLE_SCALE): Scene {
	const positions = layeredPositions(model);
	const index = indexItems(model);
	const xs = [...positions.values()].map((p) => p.x);
	const ys = [...positions.values()].map((p) => p.y);
	const pad = 14;
	const minX = Math.min(0, ...xs);
	const minY = Math.min(0, ...ys);
	const width = Math.max(60, (Math.max(0, ...xs) - minX) * scale + pad * 2);
	const height = Math.max(40, (Math.max(0, ...ys) - minY) * scale + pad * 2);
	const at = (id: ItemId) => {
		const p = positions.get(id)!;
		return [(p.x - minX) * scale + pad, (p.y - minY) * scale + pad] as const;
	};
	const shapes: Shape[] = [];
	for (const [a, b] of tiedPairs(model)) {
		if (!positions.has(a) || !positions.has(b)) continue;
		const [x1, y1] = at(a);
		const [x2, y2] = at(b);
		shapes.push({ type: 'line', x1, y1, x2, y2, stroke: '#9a9a9a', width: 0.8 });
	}
	for (const item of allItems(model)) {
		const [x, y] = at(item.id);
		const sector = sectorOf(item, index);
		const fill = sector ? sectorColours[sector] : GROUP_FILL;
		if (item.kind === 'group') {
			const r = 6;
			const points = hexagon(x, y, r);
			shapes.push({ type: 'polygon', points, fill: GROUP_FILL, stroke: BORDER, width: 1.5, title: item.name });
		} else if (item.kind === 'agency') {
			shapes.push({ type: 'rect', x: x - 4.5, y: y - 4.5, width: 9, height: 9, fill, stroke: BORDER, title: item.name });
		} else {
			shapes.push({ type: 'circle', cx: x, cy: y, r: 3.5, fill, stroke: BORDER, title: item.name });
		}
	}
	return {
		width: Math.round(width),
		height: Math.round(height),
		title: `${model.locality.name} as of ${model.locality.as_of}`,
		description: `${plural(model.agencies.length, 'agency', 'agencies')}, ${plural(model.roles.length, 'post', 'posts')} and ${plural(model.groups.length, 'group', 'groups')}, laid out from the centre (the local authority and the groups it sits on) at the top to schools and families at the bottom.`,
		shapes
	};
}
