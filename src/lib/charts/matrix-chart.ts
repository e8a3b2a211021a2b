/**
 * The membership matrix drawn: one row per group, one column per post or agency, a mark
 * where one sits on the other, and a C for the chair. A mark is a square filled as far as its
 * member attends, so attendance is told by shape as well as shade (WCAG 1.4.1): full for
 * regular, its lower half for occasional, empty for absent. Keys `row|column` let the page
 * light up a row and column.
 */
import { scaleBand } from 'd3';
import { attendances, type Attendance } from '../format/vocabulary';
import type { LegendSection, Shape as SwatchShape } from '../graph/legend';
import type { Matrix } from '../views/membership-matrix';
import { HALO_WIDTH, type Scene, type Shape } from './scene';

const MARK = '#1d3557';
const EMPTY = '#ffffff';
/** How much of a seat's square is filled, from the bottom. */
export const SEAT_FILLED: Record<Attendance, number> = { regular: 1, occasional: 0.5, absent: 0 };

interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly fill: string;
	readonly stroke?: string;
}
/** A seat's square at (x, y): its outline, then the part filled; the chart and the key draw these same boxes. */
function seatBoxes(attendance: Attendance, x: number, y: number, size: number): Box[] {
	const filled = SEAT_FILLED[attendance];
	const outline: Box = { x, y, width: size, height: size, fill: filled === 1 ? MARK : EMPTY, stroke: MARK };
	return filled > 0 && filled < 1 ? [outline, { x, y: y + size * (1 - filled), width: size, height: size * filled, fill: MARK }] : [outline];
}
/** The chair's C on a seat: white on a full square, dark elsewhere, edged with white where it crosses the fill's edge. */
function chairInk(attendance: Attendance): { fill: string; halo?: string } {
	const filled = SEAT_FILLED[attendance];
	return filled === 1 ? { fill: '#ffffff' } : { fill: '#1a1a1a', ...(filled > 0 ? { halo: '#ffffff' } : {}) };
}

/** The matrix's key: a mark for each attendance, and the chair's C, drawn as the chart draws them. */
export function matrixKey(): LegendSection[] {
	const swatch = (attendance: Attendance, chair = false) => {
		const shapes: SwatchShape[] = seatBoxes(attendance, 1, 1, 14).map(({ fill, stroke, ...box }) => ({ kind: 'rect', ...box, rx: 0, paint: stroke ? { fill, stroke } : { fill } }));
		if (chair) {
			const { fill, halo } = chairInk(attendance);
			shapes.push({ kind: 'text', x: 8, y: 12, text: 'C', size: 11, paint: halo ? { fill, stroke: halo, 'stroke-width': HALO_WIDTH } : { fill } });
		}
		return { width: 16, height: 16, shapes };
	};
	return [
		{
			title: 'Seats',
			entries: [
				...(['regular', 'occasional', 'absent'] as const).map((a) => ({ key: a, label: attendances.label(a), swatch: swatch(a) })),
				{ key: 'chair', label: 'Chair', swatch: swatch('regular', true) }
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
			for (const box of seatBoxes(mark.attendance, x(c.id)! + 3, y(r.id)! + 3, cell - 6)) shapes.push({ type: 'rect', ...box, title, key });
			if (mark.chair) shapes.push({ type: 'text', x: x(c.id)! + cell / 2, y: y(r.id)! + cell / 2 + 4, text: 'C', anchor: 'middle', size: 11, weight: 'bold', ...chairInk(mark.attendance), key });
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
