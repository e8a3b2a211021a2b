/**
 * A picture to paste alone: one standalone SVG document holding a title line (the locality
 * and what the picture shows), the map's date, the picture itself (cytoscape-svg's drawing of
 * the graph, or `sceneToSvg`'s of a chart) at the size it has on screen, and the key as rows
 * of swatches and words. Every word stays text, and every word from a user's file is escaped.
 */
import type { LegendSection, Paint, Shape as SwatchShape } from '../graph/legend';
import type { LocalityModel } from '../model/locality-model';
import { sceneToSvg, type Scene } from './scene';

type Locality = LocalityModel['locality'];

export interface Picture {
	/** The locality and what the picture shows: "Banbury — single points of failure". */
	readonly title: string;
	/** The map's date: "as of 2005". */
	readonly date: string;
	/** The picture itself, a standalone SVG document. */
	readonly svg: string;
	/** The key the page shows beside the picture; none where the picture carries its own. */
	readonly key?: readonly LegendSection[];
}

export interface Size {
	readonly width: number;
	readonly height: number;
}

const PAD = 16;
const TITLE_SIZE = 18;
const DATE_SIZE = 13;
const KEY_SIZE = 12;
const MIN_WIDTH = 360;
const COLUMN_GAP = 18;
const ROW_GAP = 4;

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The date line of a map, as the page's heading words it. */
export const asOfLine = (locality: Pick<Locality, 'as_of'>): string => `as of ${locality.as_of}`;

/** The title line: the locality's name, then what the picture shows. */
export const pictureTitle = (locality: Pick<Locality, 'name'>, shows: string): string => `${locality.name} — ${shows}`;

/** A chart as a picture: its scene written by `sceneToSvg`, with the title, the date and any key it does not carry itself. */
export const scenePicture = (scene: Scene, words: Omit<Picture, 'svg'>): Picture => ({ ...words, svg: sceneToSvg(scene) });

/** A file name made of the parts, safe on every system: "banbury-fragile-what-if.svg". */
export function pictureFileName(parts: readonly string[], extension: 'svg' | 'png'): string {
	const base = parts
		.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
		.filter((p) => p !== '')
		.join('-');
	return `${base || 'picture'}.${extension}`;
}

const XML_PROLOGUE = /^\s*(?:<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*|<!--[\s\S]*?-->\s*)*/;
const ROOT = /^<svg\b[^>]*>/;

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** The size an SVG document declares on its root: its width and height, else its viewBox. */
export function svgSize(svg: string): Size {
	const tag = ROOT.exec(svg.replace(XML_PROLOGUE, ''))?.[0];
	if (!tag) throw new Error('not an SVG document: no <svg> root');
	const box = attribute(tag, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
	const length = (name: 'width' | 'height', fallback: number | undefined) => {
		const value = Number.parseFloat(attribute(tag, name) ?? '');
		if (Number.isFinite(value) && value > 0) return value;
		if (fallback !== undefined && Number.isFinite(fallback) && fallback > 0) return fallback;
		throw new Error(`the SVG document gives no ${name}`);
	};
	return { width: length('width', box?.[2]), height: length('height', box?.[3]) };
}

/** About how wide a line of text is drawn, so the document can make room for it; no font is measured. */
const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.55);

const round = (n: number) => Math.round(n * 100) / 100;

function paintAttributes(paint: Paint): string {
	return Object.entries(paint as Readonly<Record<string, string | number | undefined>>)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
}

function swatchShape(s: SwatchShape): string {
	const paint = paintAttributes(s.paint);
	switch (s.kind) {
		case 'rect':
			return `<rect x="${round(s.x)}" y="${round(s.y)}" width="${round(s.width)}" height="${round(s.height)}" rx="${round(s.rx)}"${paint}/>`;
		case 'ellipse':
			return `<ellipse cx="${round(s.cx)}" cy="${round(s.cy)}" rx="${round(s.rx)}" ry="${round(s.ry)}"${paint}/>`;
		case 'polygon':
			return `<polygon points="${escapeXml(s.points)}"${paint}/>`;
		case 'line':
			return `<line x1="${round(s.x1)}" y1="${round(s.y1)}" x2="${round(s.x2)}" y2="${round(s.y2)}"${paint}/>`;
		case 'text':
			return `<text x="${round(s.x)}" y="${round(s.y)}" font-size="${s.size}" font-weight="bold" text-anchor="middle" paint-order="stroke"${paint}>${escapeXml(s.text)}</text>`;
	}
}

/** The key laid out across the given width, from `top`, section by section: its SVG lines and its height. */
function keyRows(sections: readonly LegendSection[], width: number, top: number): { lines: string[]; height: number } {
	if (sections.every((s) => s.entries.length === 0)) return { lines: [], height: 0 };
	const inner = width - 2 * PAD;
	const lines = [`  <g class="key" transform="translate(${PAD} ${round(top)})">`, `    <text x="0" y="14" font-size="14" font-weight="bold" fill="#1a1a1a">Key</text>`];
	let y = 24;
	for (const section of sections) {
		if (section.entries.length === 0) continue;
		y += 14;
		lines.push(`    <text x="0" y="${round(y)}" font-size="${KEY_SIZE}" font-weight="bold" fill="#333333">${escapeXml(section.title)}</text>`);
		y += 6;
		// Each section in columns as wide as its longest entry, as many as the width holds.
		const column = Math.min(inner, Math.max(...section.entries.map((e) => e.swatch.width + 6 + textWidth(e.label, KEY_SIZE))));
		const columns = Math.max(1, Math.floor((inner + COLUMN_GAP) / (column + COLUMN_GAP)));
		for (let start = 0; start < section.entries.length; start += columns) {
			const row = section.entries.slice(start, start + columns);
			const height = Math.max(18, ...row.map((e) => e.swatch.height));
			row.forEach((entry, i) => {
				const x = i * (column + COLUMN_GAP);
				const { swatch } = entry;
				lines.push(`    <g transform="translate(${round(x)} ${round(y + (height - swatch.height) / 2)})">${swatch.shapes.map(swatchShape).join('')}</g>`);
				lines.push(`    <text x="${round(x + swatch.width + 6)}" y="${round(y + height / 2 + KEY_SIZE / 3)}" font-size="${KEY_SIZE}" fill="#1a1a1a">${escapeXml(entry.label)}</text>`);
			});
			y += height + ROW_GAP;
		}
	}
	lines.push('  </g>');
	return { lines, height: y };
}

/**
 * The picture as one standalone SVG document: the title and the date above, the picture at
 * its own size below them (centred where it is narrower than the words), the key under it.
 * The document is as wide as the picture, or wider where the title or the least room for the
 * key needs it.
 */
export function pictureSvg(picture: Picture): string {
	const inner = svgSize(picture.svg);
	const body = picture.svg.replace(XML_PROLOGUE, '').trim();
	const width = Math.ceil(Math.max(inner.width, MIN_WIDTH, textWidth(picture.title, TITLE_SIZE, true) + 2 * PAD, textWidth(picture.date, DATE_SIZE) + 2 * PAD));
	const titleY = PAD + TITLE_SIZE;
	const dateY = titleY + DATE_SIZE + 8;
	const pictureTop = dateY + 12;
	const keyTop = pictureTop + inner.height + 12;
	const key = keyRows(picture.key ?? [], width, keyTop);
	const height = Math.ceil(keyTop + key.height + (key.height > 0 ? PAD : 0));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif">`,
		`  <title>${escapeXml(`${picture.title}, ${picture.date}`)}</title>`,
		`  <rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
		`  <text x="${PAD}" y="${titleY}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#1a1a1a">${escapeXml(picture.title)}</text>`,
		`  <text x="${PAD}" y="${dateY}" font-size="${DATE_SIZE}" fill="#4a4a4a">${escapeXml(picture.date)}</text>`,
		`  <g class="picture" transform="translate(${round((width - inner.width) / 2)} ${pictureTop})">`,
		body,
		'  </g>',
		...key.lines,
		'</svg>',
		''
	].join('\n');
}
