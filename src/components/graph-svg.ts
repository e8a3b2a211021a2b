/**
 * cytoscape-svg, loaded when the first picture of a graph is asked for, with a fix to the
 * canvas2svg it carries. A canvas keeps its path across `save()`: cytoscape draws an outline
 * (a dashed or double border, the what-if's dotted one) by saving, restyling and stroking the
 * path again. canvas2svg starts a new group at `save()` and forgets the path, so such an
 * outline is left out of the SVG, with an error in the console. Here the path is drawn again
 * as an element of its own wherever it is stroked or filled after a `save()`.
 *
 * And a double outline is drawn on a canvas as one wide stroke with its middle third erased
 * (`destination-out`) by stroking the same path again. canvas2svg restyles the one element
 * instead, and paints the eraser as paint. Here a path stroked again is a new element, and
 * the eraser paints in the picture's background, which is what a canvas shows through the gap.
 *
 * And canvas2svg draws an image (a sector's code, a silence's `?`) onto a canvas of the size it
 * has in the graph, before any zoom, and writes that as PNG: a few pixels, blurred when the
 * picture is drawn larger. An image that is itself SVG is written as it is, by its address,
 * so it stays as sharp as the rest of the picture.
 */
import type { Ext } from 'cytoscape';

/** The picture's background: what a double outline's gap shows. */
export const PICTURE_BACKGROUND = '#ffffff';

interface Canvas2Svg {
	strokeStyle: unknown;
	globalCompositeOperation: unknown;
	globalAlpha: number;
	stroke(): void;
	drawImage(...args: unknown[]): void;
	__currentElement: Element;
	__currentDefaultPath: string;
	__createElement(name: string, attributes: Record<string, string>, blank: boolean): Element;
	__closestGroupOrSvg(): Element;
	__applyCurrentDefaultPath(): void;
}

/** A path element of its own for the path now drawn, so it can be painted apart from the one before. */
function newPath(context: Canvas2Svg) {
	const path = context.__createElement('path', {}, true);
	context.__closestGroupOrSvg().appendChild(path);
	context.__currentElement = path;
}

const XLINK = 'http://www.w3.org/1999/xlink';

/**
 * Where a call draws the whole of an SVG image, the box it draws it in: cytoscape draws an
 * image whole, as `drawImage(image, 0, 0, width, height, x, y, w, h)`.
 */
function wholeSvgImage(args: readonly unknown[]): { image: HTMLImageElement; box: readonly number[] } | undefined {
	const [image, ...numbers] = args;
	if (!(image instanceof HTMLImageElement) || !image.src.startsWith('data:image/svg+xml')) return undefined;
	if (numbers.length === 4) return { image, box: numbers as number[] };
	const [sx, sy, sw, sh, ...box] = numbers as number[];
	return numbers.length === 8 && sx === 0 && sy === 0 && sw === image.width && sh === image.height ? { image, box } : undefined;
}

function patch(C2S: Canvas2Svg) {
	const drawImage = C2S.drawImage;
	C2S.drawImage = function (this: Canvas2Svg, ...args: unknown[]) {
		const whole = wholeSvgImage(args);
		if (!whole) return drawImage.apply(this, args);
		const [x, y, width, height] = whole.box;
		const element = this.__createElement('image', { x: String(x), y: String(y), width: String(width), height: String(height), opacity: String(this.globalAlpha), preserveAspectRatio: 'none' }, false);
		element.setAttributeNS(XLINK, 'xlink:href', whole.image.src);
		this.__closestGroupOrSvg().appendChild(element);
	};
	const apply = C2S.__applyCurrentDefaultPath;
	C2S.__applyCurrentDefaultPath = function (this: Canvas2Svg) {
		if (this.__currentElement.nodeName !== 'path' && this.__currentDefaultPath) newPath(this);
		apply.call(this);
	};
	const stroke = C2S.stroke;
	C2S.stroke = function (this: Canvas2Svg) {
		// A path stroked again (a double outline's eraser) is a second element, not a change to the first.
		const current = this.__currentElement;
		if (current.nodeName === 'path' && (current.getAttribute('stroke') ?? 'none') !== 'none') newPath(this);
		if (this.globalCompositeOperation !== 'destination-out') return stroke.call(this);
		const style = this.strokeStyle;
		this.strokeStyle = PICTURE_BACKGROUND;
		stroke.call(this);
		this.strokeStyle = style;
	};
}

let loading: Promise<Ext> | undefined;

export function loadSvgExtension(): Promise<Ext> {
	loading ??= import('cytoscape-svg').then(({ default: extension }) => {
		// The bundle puts its canvas2svg on the window as it loads.
		const C2S = (window as unknown as { C2S?: { prototype: Canvas2Svg } }).C2S;
		if (C2S) patch(C2S.prototype);
		return extension;
	});
	return loading;
}
