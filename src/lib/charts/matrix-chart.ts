/**
 * The membership matrix drawn: one row per group, one column per post or agency, a mark
 * where one sits on the other: solid for regular, half for occasional, an outline for
 * absent, and a C for the chair. Keys `row|column` let the page light up a row and column.
 */
import { scaleBand } from 'd3';
import type { LegendSection } from '../graph/legend';
import type { Matrix } from '../views/membership-matrix';
import type { Scene, Shape } from './scene';

export const ATTENDANCE_FILL = { regular: '#1d3557', occasional: '#7f9cc4', absent: '#ffffff' } as const;
const MARK_STROKE = '#1d3557';

/** The matrix's key: a mark for each attendance, and the chair's C, drawn as the chart draws them. */
export function matrixKey(): LegendSection[] {
	const mark = (attendance: keyof typeof ATTENDANCE_FILL) => ({ kind: 'rect' as const, x: 1, y: 1, width: 14, height: 14, rx: 0, paint: { fill: ATTENDANCE_FILL[attendance], stroke: MARK_STROKE } });
	return [
		{
			title: 'Seats',
			entries: [
				{ key: 'regular', label: 'Regular', swatch: { width: 16, height: 16, shapes: [mark('regular')] } },
				{ key: 'occasional', label: 'Occasional', swatch: { width: 16, height: 16, shapes: [mark('occasional')] } },
				{ key: 'absent', label: 'Absent', swatch: { width: 16, height: 16, shapes: [mark('absent')] } },
				{ key: 'chair', label: 'Chair', swatch: { width: 16, height: 16, shapes: [mark('regular'), { kind: 'text', x: 8, y: 12, text: 'C', size: 11, paint: { fill: '#ffffff' } }] } }
			]
		}
	];
}

export function matrixChart(matrix: Matrix, title: string): Scene {
	const cell = 26;
	const left = 230;
	const top = 170;
	// Room on the right for the last column's slanted name.
	const width = left + matrix.columns.length * cell + 150;
	const height = top + matrix.rows.length * cell + 20;
	const x = scaleBand<string>().domain(matrix.columns.map((c) => c.id)).range([left, left + matrix.columns.length * cell]);
	const y = scaleBand<string>().domain(matrix.rows.map((r) => r.id)).range([top, top + matrix.rows.length * cell]);
	const shapes: Shape[] = [];
	for (const r of matrix.rows) {
		shapes.push({ type: 'rect', x: left, y: y(r.id)!, width: matrix.columns.length * cell, height: cell, fill: matrix.rows.indexOf(r) % 2 ? '#f6f6f4' : '#ffffff', key: `${r.id}|` });
		shapes.push({ type: 'text', x: left - 6, y: y(r.id)! + cell / 2 + 4, text: short(r.name, 34), anchor: 'end', size: 11, key: `${r.id}|` });
	}
	for (const c of matrix.columns) {
		shapes.push({ type: 'line', x1: x(c.id)!, y1: top, x2: x(c.id)!, y2: top + matrix.rows.length * cell, stroke: '#e2e2de' });
		shapes.push({ type: 'text', x: x(c.id)! + cell / 2 + 3, y: top - 6, text: `${short(c.name, 26)} (${c.seats})`, size: 11, rotate: -55, key: `|${c.id}` });
	}
	matrix.rows.forEach((r, i) =>
		matrix.columns.forEach((c, j) => {
			const mark = matrix.cells[i][j];
			if (!mark) return;
			const key = `${r.id}|${c.id}`;
			const title = `${c.name} on ${r.name}: ${mark.chair ? 'chair, ' : ''}${mark.attendance}`;
			shapes.push({ type: 'rect', x: x(c.id)! + 3, y: y(r.id)! + 3, width: cell - 6, height: cell - 6, fill: ATTENDANCE_FILL[mark.attendance], stroke: MARK_STROKE, title, key });
			if (mark.chair) shapes.push({ type: 'text', x: x(c.id)! + cell / 2, y: y(r.id)! + cell / 2 + 4, text: 'C', anchor: 'middle', size: 11, weight: 'bold', fill: mark.attendance === 'regular' ? '#ffffff' : '#1a1a1a', key });
		})
	);
	return {
		width,
		height,
		title,
		description: `${matrix.rows.length} groups against the ${matrix.columns.length} posts and agencies that sit on them; the number after each name is how many groups it sits on.`,
		shapes
	};
}

function short(text: string, most: number): string {
	return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}
