/**
 * The river drawn (report 3.3, figure 1): upstream on the left, downstream on the right,
 * one bar per item over the tiers it serves, and the zone between tiers 2 and 3 shaded,
 * where children fall between what schools can hold and other agencies' thresholds.
 */
import { scaleLinear } from 'd3';
import { tierLabels, type Tier } from '../format/vocabulary';
import { itemKindLabels } from '../model/locality-model';
import type { LegendSection } from '../graph/legend';
import { ZONE, type River } from '../views/river';
import type { Scene, Shape } from './scene';

const KIND_FILL = { group: '#1d3557', role: '#0072B2', agency: '#8c8c8c' } as const;
const FOCUS_FILL = '#f3d9bf';
const FOCUS_STROKE = '#b35900';
const ZONE_FILL = '#fff3c4';

/** The river's key: a bar for each kind of item and for one placed by its focus, the zone, and the centre's diamond. */
export function riverKey(): LegendSection[] {
	const bar = (fill: string, stroke?: string) => ({ width: 32, height: 16, shapes: [{ kind: 'rect' as const, x: 1, y: 2, width: 30, height: 12, rx: 0, paint: stroke ? { fill, stroke } : { fill } }] });
	return [
		{
			title: 'Bars: the tiers each item serves',
			entries: [
				...(['group', 'role', 'agency'] as const).map((kind) => ({ key: kind, label: itemKindLabels[kind], swatch: bar(KIND_FILL[kind]) })),
				{ key: 'by-focus', label: 'Placed by its stated focus: the map gives no tiers', swatch: bar(FOCUS_FILL, FOCUS_STROKE) },
				{ key: 'zone', label: 'The zone between tiers 2 and 3', swatch: bar(ZONE_FILL) },
				{ key: 'centre', label: 'Part of the centre', swatch: { width: 32, height: 16, shapes: [{ kind: 'text', x: 16, y: 13, text: '◆', size: 13, paint: { fill: '#1a1a1a' } }] } }
			]
		}
	];
}

export function riverChart(river: River, title: string): Scene {
	const width = 900;
	const lane = 24;
	const top = 70;
	const left = 250;
	const right = 30;
	const height = top + Math.max(1, river.placed.length) * lane + 30;
	const x = scaleLinear().domain([0.5, 4.5]).range([left, width - right]);
	const shapes: Shape[] = [
		{ type: 'rect', x: x(ZONE[0] - 0.5), y: top - 24, width: x(ZONE[1] + 0.5) - x(ZONE[0] - 0.5), height: height - top + 14, fill: ZONE_FILL },
		{ type: 'text', x: (x(ZONE[0] - 0.5) + x(ZONE[1] + 0.5)) / 2, y: top - 30, text: 'The zone between schools and thresholds', anchor: 'middle', size: 12, weight: 'bold', fill: '#6b4e00' },
		{ type: 'text', x: left, y: 18, text: '← Upstream: fewer children in difficulty', size: 12, fill: '#4a4a4a' },
		{ type: 'text', x: width - right, y: 18, text: 'Downstream: children in crisis →', anchor: 'end', size: 12, fill: '#4a4a4a' }
	];
	for (const t of [1, 2, 3, 4] as Tier[]) {
		shapes.push({ type: 'line', x1: x(t), y1: top - 8, x2: x(t), y2: height - 20, stroke: '#d0d0cc', dash: '3 3' });
		shapes.push({ type: 'text', x: x(t), y: height - 6, text: `Tier ${t}: ${tierLabels[t]}`, anchor: 'middle', size: 11 });
	}
	river.placed.forEach((item, i) => {
		const y = top + i * lane;
		const centre = item.centre === 'centre' ? '; part of the centre' : item.centre === 'reaches' ? '; its issues reach the centre' : '; the map records no way from it to the centre';
		const title = `${item.name} (${itemKindLabels[item.kind].toLowerCase()}): tiers ${item.from === item.to ? item.from : `${item.from} to ${item.to}`}${item.by === 'focus' ? ', placed by its focus' : ''}${centre}`;
		// Placed by focus alone: a pale bar with a heavy outline, and said in the label, so colour is not the only cue.
		const byFocus = item.by === 'focus';
		shapes.push({ type: 'rect', x: x(item.from - 0.4), y: y + 3, width: x(item.to + 0.4) - x(item.from - 0.4), height: lane - 8, fill: byFocus ? FOCUS_FILL : KIND_FILL[item.kind], stroke: byFocus ? FOCUS_STROKE : undefined, title, key: item.id });
		const name = item.name.length > 30 ? `${item.name.slice(0, 29)}…` : item.name;
		// The centre marked in words as well as by a diamond, so the mark is never colour alone.
		const mark = item.centre === 'centre' ? ' ◆' : '';
		shapes.push({ type: 'text', x: left - 8, y: y + lane / 2 + 3, text: `${byFocus ? `${name} (by focus)` : name}${mark}`, anchor: 'end', size: 11, key: item.id });
	});
	return {
		width,
		height,
		title,
		description: `${river.placed.length} items placed from upstream (tier 1) to downstream (tier 4); ${river.inZone.length} reach the zone between tiers 2 and 3, of which ${river.placed.filter((p) => river.inZone.includes(p.id) && p.centre !== 'no').length} are part of the centre or reach it (◆ marks the centre); ${river.unplaced.length} have no tiers or focus in the map.`,
		shapes
	};
}
