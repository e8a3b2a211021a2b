/**
 * Pictures leave the page as downloads: an SVG document as it is, or drawn onto a canvas at
 * the size asked for and written as PNG. Nothing is sent anywhere; the browser saves the file.
 */
import type { Size } from '$lib/charts/picture';


export const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml' });

/**
 * The SVG document drawn at the given size in pixels, as PNG. The browser draws the vector
 * picture afresh at that size, so text and lines stay sharp however large it is made.
 */
export async function svgToPng(svg: string, size: Size): Promise<Blob> {
	const image = new Image();
	// A data URL, not a blob: an image from one never taints the canvas.
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(size.width);
	canvas.height = Math.round(size.height);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw a picture');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large to draw'))), 'image/png'));
}
