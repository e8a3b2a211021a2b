/**
 * Pictures of every graph and chart, downloaded from the browser as a reader would: the SVG
 * parses and holds the title, the map's date and the name of every item the picture shows, as
 * text; the PNG is twice the picture's size, the graph drawn at twice its size on screen, and
 * the PNG for print is A4's width at 300 dpi. Nothing leaves the page but the file (the guard).
 */
import { readFile } from 'node:fs/promises';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Locator, Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { sectorCodes } from '../../src/lib/graph/palette';
import type { Sector } from '../../src/lib/format/vocabulary';
import { expect, openMap, test } from './fixtures';
import { localities } from './maps';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PRINT_WIDTH = 2480;

type WithCy = HTMLElement & { cy: Core };

interface Downloaded {
	readonly name: string;
	readonly bytes: Buffer;
}

/** Presses one of the group's buttons and reads the file the browser saves. */
async function download(page: Page, group: Locator, button: RegExp): Promise<Downloaded> {
	const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: button }).click()]);
	// Kept with the test's results, to look at.
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

interface SvgPicture {
	readonly width: number;
	readonly height: number;
	/** The size of the picture nested in it, as drawn on the page. */
	readonly inner: { readonly width: number; readonly height: number };
	/** Every text of the document, in order, its white space made single. */
	readonly texts: string[];
	/** The titles of its shapes (their tooltips). */
	readonly titles: string[];
	/** The addresses of its images. */
	readonly images: string[];
}

function readSvg(bytes: Buffer): SvgPicture {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
	expect(errors, 'the SVG parses as XML').toEqual([]);
	const root = doc.documentElement!;
	expect(root.namespaceURI).toBe(SVG_NS);
	const nested = Array.from(root.getElementsByTagNameNS(SVG_NS, 'svg'))[0] as XmlElement | undefined;
	expect(nested, 'the picture is nested whole').toBeDefined();
	const size = (el: XmlElement, name: string) => Number.parseFloat(el.getAttribute(name) ?? '');
	return {
		width: size(root, 'width'),
		height: size(root, 'height'),
		inner: { width: size(nested!, 'width'), height: size(nested!, 'height') },
		texts: Array.from(root.getElementsByTagNameNS(SVG_NS, 'text')).map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()),
		titles: Array.from(root.getElementsByTagNameNS(SVG_NS, 'title')).map((t) => t.textContent ?? ''),
		images: Array.from(root.getElementsByTagNameNS(SVG_NS, 'image')).map((i) => i.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? i.getAttribute('href') ?? '')
	};
}

/** A PNG's width and height, from its header (bytes 16 to 23). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Downloads the three files of one picture and checks them: the SVG holds the title, the date
 * and every name; the PNG is twice the SVG's size; the one for print is 2480 pixels wide.
 */
async function checkPicture(page: Page, group: Locator, expected: { file: string; title: string; date: string; names: readonly string[] }): Promise<SvgPicture> {
	const svgFile = await download(page, group, /as SVG$/);
	expect(svgFile.name).toBe(`${expected.file}.svg`);
	const svg = readSvg(svgFile.bytes);
	expect(svg.texts[0]).toBe(expected.title);
	expect(svg.texts[1]).toBe(expected.date);
	const words = ` ${svg.texts.join(' ')} `;
	const missing = expected.names.filter((name) => !words.includes(` ${name.replace(/\s+/g, ' ')} `) && !svg.texts.includes(name));
	expect(missing, 'names the SVG does not hold').toEqual([]);

	const png = await download(page, group, /as PNG, twice/);
	expect(png.name).toBe(`${expected.file}.png`);
	expect(pngSize(png.bytes)).toEqual({ width: Math.round(svg.width * 2), height: Math.round(svg.height * 2) });

	const print = await download(page, group, /as PNG for print/);
	expect(print.name).toBe(`${expected.file}-print.png`);
	expect(pngSize(print.bytes)).toEqual({ width: PRINT_WIDTH, height: Math.round((PRINT_WIDTH * svg.height) / svg.width) });
	return svg;
}

/** The labels of the nodes in view, as the graph draws them, where it draws them at all (it leaves out labels too small to read). */
function labelsInView(canvas: Locator): Promise<string[]> {
	return canvas.evaluate((el) => {
		const cy = (el as WithCy).cy;
		const view = cy.extent();
		return cy
			.nodes(':visible')
			.filter((n) => {
				const p = n.position();
				return p.x > view.x1 && p.x < view.x2 && p.y > view.y1 && p.y < view.y2 && cy.zoom() * Number.parseFloat(n.style('font-size')) >= 6;
			})
			.map((n) => String(n.data('label')));
	});
}

/** The sectors of the items in view. */
function sectorsInView(canvas: Locator): Promise<Sector[]> {
	return canvas.evaluate((el) => {
		const cy = (el as WithCy).cy;
		const view = cy.extent();
		const inView = cy.nodes(':visible').filter((n) => {
			const p = n.position();
			return p.x > view.x1 && p.x < view.x2 && p.y > view.y1 && p.y < view.y2 && n.data('sector') !== undefined;
		});
		return [...new Set(inView.map((n) => n.data('sector') as Sector))];
	});
}

/** Waits until the graph stands still: no animation, the same view over two frames. */
async function settled(canvas: Locator) {
	await expect
		.poll(() =>
			canvas.evaluate(
				(el) =>
					new Promise<boolean>((resolve) => {
						const cy = (el as WithCy).cy;
						const view = () => JSON.stringify([cy.pan(), cy.zoom()]);
						const before = view();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve(!cy.animated() && view() === before)));
					})
			)
		)
		.toBe(true);
}

async function checkGraph(page: Page, canvas: Locator, group: Locator, expected: { file: string; title: string; date: string; key: readonly string[] }) {
	await settled(canvas);
	const labels = await labelsInView(canvas);
	expect(labels.length).toBeGreaterThan(5);
	const svg = await checkPicture(page, group, { ...expected, names: [...labels, ...expected.key] });
	// Each sector's code (and a silence's ?) is an SVG image, kept as SVG, so it is as sharp as the rest at any size.
	expect(svg.images.filter((href) => !href.startsWith('data:image/svg+xml'))).toEqual([]);
	const codes = new Set(svg.images.map((href) => />([^<]*)<\/text>/.exec(decodeURIComponent(href))?.[1]));
	for (const sector of await sectorsInView(canvas)) expect(codes, `the code of ${sector}`).toContain(sectorCodes[sector]);
	// Exactly the graph on screen, at its size there.
	const box = await canvas.evaluate((el) => ({ width: (el as WithCy).cy.width(), height: (el as WithCy).cy.height() }));
	expect(svg.inner.width).toBeCloseTo(box.width, 0);
	expect(svg.inner.height).toBeCloseTo(box.height, 0);
}

test('the map page: the graph in a highlight mode, and the what-if, as SVG and PNG with their title, date and key', async ({ page }) => {
	const canvas = await openMap(page, '/localities/banbury?mode=fragile');
	const group = page.getByRole('group', { name: 'Download a picture of the graph' });
	const key = page.getByRole('complementary', { name: 'Filters and key' }).locator('.legend li span');
	await checkGraph(page, canvas, group, { file: 'banbury-fragile', title: 'Banbury — single points of failure', date: 'as of 2005', key: await key.allTextContents() });

	const taken = await canvas.evaluate((el) => String((el as WithCy).cy.getElementById('local-authority').data('name')));
	await page.goto('/localities/banbury?mode=fragile&item=local-authority');
	await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await page.getByRole('button', { name: 'What if it went? Take it out' }).click();
	await expect(page.getByRole('region', { name: 'Audit' }).getByRole('heading', { name: 'What if these went' })).toBeVisible();
	await expect(key.filter({ hasText: 'taken out (what if)' })).toHaveCount(1);
	await checkGraph(page, canvas, group, {
		file: 'banbury-fragile-what-if',
		title: `Banbury — single points of failure, if ${taken} went`,
		date: 'as of 2005',
		key: await key.allTextContents()
	});
});

test('what changed: the graph of both maps, with the change key', async ({ page }) => {
	await page.goto('/localities/city/changes');
	const canvas = page.locator('.graph-canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	const group = page.getByRole('group', { name: 'Download a picture of the graph of what changed' });
	await checkGraph(page, canvas, group, {
		file: 'city-changes',
		title: `${locality('city').name} — what changed`,
		date: 'from 2004 to July 2005',
		key: ['Green double outline: added', 'Faded, dashed red outline: removed', 'Orange outline: changed']
	});
});

const locality = (id: string) => localities.find((l) => l.id === id)!;

/** The words a chart draws on the page: every name in it. */
const chartWords = (chart: Locator) => chart.locator('text').evaluateAll((texts) => texts.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()));

test('who sits where and upstream and downstream: the charts with their keys', async ({ page }) => {
	const city = locality('city');
	await page.goto('/localities/city/matrix');
	const matrix = page.locator('svg.scene').first();
	const matrixSvg = await checkPicture(page, page.getByRole('group', { name: 'Download a picture of the matrix' }), {
		file: 'city-matrix',
		title: `${city.name} — who sits on which group`,
		date: `as of ${city.as_of}`,
		names: [...(await chartWords(matrix)), 'Regular', 'Occasional', 'Absent', 'Chair']
	});
	expect(matrixSvg.inner.width).toBe(Number(await matrix.getAttribute('width')));

	await page.goto('/localities/city/river');
	const river = page.locator('svg.scene').first();
	const riverSvg = await checkPicture(page, page.getByRole('group', { name: 'Download a picture of the river' }), {
		file: 'city-river',
		title: `${city.name} — upstream and downstream`,
		date: `as of ${city.as_of}`,
		names: [...(await chartWords(river)), 'Group', 'Role', 'Agency', 'The zone between tiers 2 and 3']
	});
	expect(riverSvg.inner.width).toBe(Number(await river.getAttribute('width')));
});

test('compare: every small multiple and every chart', async ({ page }) => {
	// Twenty-seven downloads, one after another.
	test.setTimeout(90_000);
	await page.goto('/compare');
	for (const l of localities) {
		const item = page.locator('.multiples > li').filter({ has: page.getByRole('heading', { name: `${l.name} as of ${l.as_of}` }) });
		const scene = item.locator('svg.scene');
		const svg = await checkPicture(page, item.getByRole('group', { name: `Download a picture of ${l.name}’s system` }), {
			file: `${l.id}-system`,
			title: `${l.name} — its system, drawn at the same scale as the others`,
			date: `as of ${l.as_of}`,
			names: ['Agency', 'Post', 'Group']
		});
		// The small picture names its items as its shapes' titles (their tooltips), as on the page.
		expect(svg.titles).toEqual(expect.arrayContaining(l.items.map((i) => i.name)));
		expect(svg.inner.width).toBe(Number(await scene.getAttribute('width')));
	}
	const charts = page.locator('.charts figure');
	expect(await charts.count()).toBe(3);
	for (let i = 0; i < 3; i++) {
		const figure = charts.nth(i);
		const title = (await figure.locator('figcaption').textContent())!.trim();
		const scene = figure.locator('svg.scene');
		await checkPicture(page, figure.getByRole('group', { name: `Download a picture of the chart ${title}` }), {
			file: `compare-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
			title: `Compare localities — ${title}`,
			date: 'each locality as of the date beside its name',
			names: await chartWords(scene)
		});
	}
});

test('the induction tour: the graph of a step', async ({ page }) => {
	await page.goto('/localities/bicester/induction?role=hsclw');
	const canvas = page.locator('.graph-canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await page.getByRole('button', { name: 'Next' }).click();
	const step = (await page.locator('#step-title').textContent())!.trim();
	await checkGraph(page, canvas, page.getByRole('group', { name: 'Download a picture of the graph of this step' }), {
		file: 'bicester-induction-hsclw-step-2',
		title: `${locality('bicester').name} — induction of ${locality('bicester').roles.find((r) => r.id === 'hsclw')!.name}: ${step}`,
		date: `as of ${locality('bicester').as_of}`,
		key: ['Agency', 'Role (a post)']
	});
});
