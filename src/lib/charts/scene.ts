/**
 * A chart as plain shapes: what the d3 scales computed, before any DOM. A Svelte
 * component draws a scene as SVG in the page; `sceneToSvg` writes the same scene as an
 * SVG file, for export and for the saved-SVG snapshots that make a changed chart a
 * reviewable diff.
 */

export type Shape =
	| { readonly type: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly fill: string; readonly stroke?: string; readonly title?: string; readonly key?: string }
	| { readonly type: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string; readonly stroke?: string; readonly title?: string; readonly key?: string }
	| {
			readonly type: 'text';
			readonly x: number;
			readonly y: number;
			readonly text: string;
			readonly anchor?: 'start' | 'middle' | 'end';
			readonly size?: number;
			readonly weight?: 'normal' | 'bold';
			readonly fill?: string;
			/** An edge of this colour around each letter, so the text reads across two fills. */
			readonly halo?: string;
			readonly rotate?: number;
			readonly key?: string;
	  }
	| {
			readonly type: 'polygon';
			readonly points: readonly (readonly [number, number])[];
			readonly fill: string;
			readonly stroke?: string;
			readonly width?: number;
			/** The outline's dashes, as SVG's stroke-dasharray. */
			readonly dash?: string;
			readonly title?: string;
	  }
	| { readonly type: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly stroke: string; readonly width?: number; readonly dash?: string };

export interface Scene {
	readonly width: number;
	readonly height: number;
	/** Read by screen readers as the chart's name. */
	readonly title: string;
	readonly description: string;
	readonly shapes: readonly Shape[];
	/**
	 * The figures the chart draws, where its marks are told apart by colour: a page shows them
	 * as a table beside the chart, so no reader depends on colour, or on seeing it (WCAG 1.4.1, 1.1.1).
	 */
	readonly table?: SceneTable;
}

/** A chart's figures: a header for the rows' column, one column a series, one row a bar. */
export interface SceneTable {
	readonly rowHeader: string;
	readonly columns: readonly string[];
	readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
}

const round = (n: number) => Math.round(n * 100) / 100;
/** The width of a text's halo, in pixels. */
export const HALO_WIDTH = 3;

export function pointsText(points: readonly (readonly [number, number])[]): string {
	return points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The scene as a standalone SVG document, numbers rounded to hundredths so output is stable. */
export function sceneToSvg(scene: Scene): string {
	const lines = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" font-family="system-ui, sans-serif">`,
		`  <title>${escapeXml(scene.title)}</title>`,
		`  <desc>${escapeXml(scene.description)}</desc>`
	];
	for (const s of scene.shapes) {
		switch (s.type) {
			case 'rect': {
				const stroke = s.stroke ? ` stroke="${s.stroke}"` : '';
				const body = `x="${round(s.x)}" y="${round(s.y)}" width="${round(s.width)}" height="${round(s.height)}" fill="${s.fill}"${stroke}`;
				lines.push(s.title ? `  <rect ${body}><title>${escapeXml(s.title)}</title></rect>` : `  <rect ${body}/>`);
				break;
			}
			case 'circle': {
				const stroke = s.stroke ? ` stroke="${s.stroke}"` : '';
				const body = `cx="${round(s.cx)}" cy="${round(s.cy)}" r="${round(s.r)}" fill="${s.fill}"${stroke}`;
				lines.push(s.title ? `  <circle ${body}><title>${escapeXml(s.title)}</title></circle>` : `  <circle ${body}/>`);
				break;
			}
			case 'text': {
				const rotate = s.rotate ? ` transform="rotate(${s.rotate} ${round(s.x)} ${round(s.y)})"` : '';
				const halo = s.halo ? ` stroke="${s.halo}" stroke-width="${HALO_WIDTH}" paint-order="stroke"` : '';
				lines.push(
					`  <text x="${round(s.x)}" y="${round(s.y)}" text-anchor="${s.anchor ?? 'start'}" font-size="${s.size ?? 12}" font-weight="${s.weight ?? 'normal'}" fill="${s.fill ?? '#1a1a1a'}"${halo}${rotate}>${escapeXml(s.text)}</text>`
				);
				break;
			}
			case 'polygon': {
				const stroke = s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}` : '';
				const body = `points="${pointsText(s.points)}" fill="${s.fill}"${stroke}`;
				lines.push(s.title ? `  <polygon ${body}><title>${escapeXml(s.title)}</title></polygon>` : `  <polygon ${body}/>`);
				break;
			}
			case 'line': {
				const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
				lines.push(`  <line x1="${round(s.x1)}" y1="${round(s.y1)}" x2="${round(s.x2)}" y2="${round(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width ?? 1}"${dash}/>`);
				break;
			}
		}
	}
	lines.push('</svg>', '');
	return lines.join('\n');
}
