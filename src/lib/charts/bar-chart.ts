/**
 * Horizontal bars, one row per locality, stacked by category (sectors per locality,
 * groups per type, meeting load), drawn with d3 scales. Rows and categories keep the
 * order given; colours come with the categories.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Scene, Shape } from './scene';

export interface BarSeries {
	readonly key: string;
	readonly label: string;
	readonly colour: string;
}
export interface BarRow {
	readonly key: string;
	readonly label: string;
	/** Value per series key; absent means 0. */
	readonly values: Readonly<Record<string, number>>;
}

export interface BarChartOptions {
	readonly title: string;
	readonly description: string;
	/** The unit counted, singular and plural: ['agency', 'agencies']. */
	readonly unit: readonly [string, string];
	readonly width?: number;
	readonly rowHeight?: number;
	/** Room for the row labels on the left (default 150). */
	readonly left?: number;
}

export function stackedBarChart(rows: readonly BarRow[], series: readonly BarSeries[], options: BarChartOptions): Scene {
	const width = options.width ?? 640;
	const rowHeight = options.rowHeight ?? 30;
	const margin = { top: 10, right: 40, bottom: 36 + Math.ceil(series.length / 3) * 18, left: options.left ?? 150 };
	const height = margin.top + rows.length * rowHeight + margin.bottom;
	const total = (r: BarRow) => series.reduce((sum, s) => sum + (r.values[s.key] ?? 0), 0);
	const max = Math.max(1, ...rows.map(total));
	const x = scaleLinear().domain([0, max]).nice().range([margin.left, width - margin.right]);
	const y = scaleBand<string>()
		.domain(rows.map((r) => r.key))
		.range([margin.top, margin.top + rows.length * rowHeight])
		.padding(0.2);
	const shapes: Shape[] = [];
	for (const tick of x.ticks(Math.min(max, 6))) {
		if (!Number.isInteger(tick)) continue;
		shapes.push({ type: 'line', x1: x(tick), y1: margin.top, x2: x(tick), y2: margin.top + rows.length * rowHeight, stroke: '#d9d9d9' });
		shapes.push({ type: 'text', x: x(tick), y: margin.top + rows.length * rowHeight + 14, text: String(tick), anchor: 'middle', size: 11, fill: '#4a4a4a' });
	}
	for (const row of rows) {
		const top = y(row.key)!;
		const label = row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label;
		shapes.push({ type: 'text', x: margin.left - 8, y: top + y.bandwidth() / 2 + 4, text: label, anchor: 'end', size: 12 });
		let at = 0;
		for (const s of series) {
			const v = row.values[s.key] ?? 0;
			if (v <= 0) continue;
			shapes.push({ type: 'rect', x: x(at), y: top, width: x(at + v) - x(at), height: y.bandwidth(), fill: s.colour, stroke: '#ffffff', title: `${row.label}: ${s.label}, ${v} ${v === 1 ? options.unit[0] : options.unit[1]}`, key: `${row.key}:${s.key}` });
			at += v;
		}
		shapes.push({ type: 'text', x: x(at) + 4, y: top + y.bandwidth() / 2 + 4, text: String(at), size: 11, fill: '#4a4a4a' });
	}
	// The key, three to a line, below the axis.
	const keyTop = margin.top + rows.length * rowHeight + 30;
	series.forEach((s, i) => {
		const kx = 10 + (i % 3) * ((width - 10) / 3);
		const ky = keyTop + Math.floor(i / 3) * 18;
		shapes.push({ type: 'rect', x: kx, y: ky - 10, width: 12, height: 12, fill: s.colour, stroke: '#1a1a1a' });
		shapes.push({ type: 'text', x: kx + 16, y: ky, text: s.label, size: 11 });
	});
	const table = {
		rowHeader: 'Locality',
		columns: series.map((s) => s.label),
		rows: rows.map((r) => ({ label: r.label, values: series.map((s) => r.values[s.key] ?? 0) }))
	};
	return { width, height, title: options.title, description: options.description, shapes, table };
}
