/**
 * In the meeting room: presentation mode on the map and every view, printing the map page and
 * the comparison, findings framed in their context, and the what-if and the chosen finding
 * kept in the address so a link opens the same view.
 */
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, expectNoAxeViolations, openMap, test } from './fixtures';

type WithCy = HTMLElement & { cy: Core };

const PROJECTOR = { width: 1280, height: 720 };

/** The graph's view: zoom, pan and the size of its box. */
const view = (page: Page) =>
	page.locator('.graph-canvas').evaluate((el) => {
		const cy = (el as WithCy).cy;
		return { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() };
	});

/** Waits until the graph stands still. */
async function still(page: Page) {
	await expect
		.poll(() =>
			page.locator('.graph-canvas').evaluate(
				(el) =>
					new Promise<boolean>((resolve) => {
						const cy = (el as WithCy).cy;
						const at = () => JSON.stringify([cy.pan(), cy.zoom()]);
						const before = at();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve(!cy.animated() && at() === before)));
					})
			)
		)
		.toBe(true);
}

/** The ids of the given items' nodes and their neighbours that lie outside the view. */
const outOfView = (page: Page, ids: string[]) =>
	page.locator('.graph-canvas').evaluate((el, wanted) => {
		const cy = (el as WithCy).cy;
		const nodes = cy.nodes().filter((n) => wanted.includes(n.id()));
		const near = nodes.closedNeighborhood().nodes(':visible');
		return near
			.filter((n) => {
				const p = n.renderedPosition();
				return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
			})
			.map((n) => n.id());
	}, ids);

test.describe('presentation mode', () => {
	test.use({ viewport: PROJECTOR });

	test('the map fills the screen with the key beside it, and leaving returns to where the reader was', async ({ page }, info) => {
		await openMap(page, '/localities/city?mode=hubs');
		await page.mouse.wheel(0, 200);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		const scrolled = await page.evaluate(() => window.scrollY);
		await still(page);
		const before = await view(page);

		// From the keyboard, so the page stays scrolled where it was (a click would scroll the button into view first).
		const present = page.getByRole('button', { name: 'Present', exact: true });
		await present.evaluate((button) => button.focus({ preventScroll: true }));
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveClass(/presenting/);
		const leave = page.getByRole('button', { name: /Leave presentation/ });
		await expect(leave).toBeVisible();
		// The site's header and the controls step aside; the key and the highlight modes stay.
		await expect(page.getByRole('link', { name: 'Locality maps' })).toBeHidden();
		await expect(page.getByLabel('Find an item')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Key' })).toBeInViewport({ ratio: 0.5 });
		await expect(page.getByRole('button', { name: 'Hubs', exact: true })).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeInViewport();
		await still(page);
		const box = (await page.locator('.graph-canvas').boundingBox())!;
		expect(box.width).toBeGreaterThan(PROJECTOR.width * 0.7);
		expect(box.height).toBeGreaterThan(PROJECTOR.height * 0.75);
		expect(box.y + box.height).toBeLessThanOrEqual(PROJECTOR.height);
		// The graph is measured afresh for its new box, and its labels come out at a size a projector shows.
		expect((await view(page)).width).toBeCloseTo(box.width, 0);
		const smallest = await page
			.locator('.graph-canvas')
			.evaluate((el) => Math.min(...(el as WithCy).cy.nodes().map((n) => parseFloat(n.renderedStyle('font-size')))));
		expect(smallest).toBeGreaterThanOrEqual(10);
		await page.screenshot({ path: info.outputPath('presenting-city.png') });

		await page.keyboard.press('Escape');
		await expect(page.locator('html')).not.toHaveClass(/presenting/);
		await expect(present).toBeFocused();
		await expect(page.getByLabel('Find an item')).toBeVisible();
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
		await still(page);
		const after = await view(page);
		expect(after.zoom).toBeCloseTo(before.zoom, 3);
		expect(after.pan.x).toBeCloseTo(before.pan.x, 0);
		expect(after.pan.y).toBeCloseTo(before.pan.y, 0);
		// The labels are their own size again.
		expect(await page.locator('.graph-canvas').evaluate((el) => (el as WithCy).cy.nodes('.agency').first().style('font-size'))).toBe('12px');
	});

	test('a chosen finding stays framed when presenting; the button leaves too', async ({ page }, info) => {
		await openMap(page, '/localities/banbury');
		await page.getByRole('region', { name: 'Audit' }).getByRole('button', { name: /Hub/ }).first().click();
		await page.getByRole('button', { name: 'Present', exact: true }).click();
		await expect(page.locator('html')).toHaveClass(/presenting/);
		await still(page);
		expect(await page.locator('.graph-canvas').evaluate((el) => (el as WithCy).cy.nodes('.focused').length)).toBeGreaterThan(0);
		await page.screenshot({ path: info.outputPath('presenting-banbury-finding.png') });
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: /Leave presentation/ }).click();
		await expect(page.locator('html')).not.toHaveClass(/presenting/);
		await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
	});

	for (const [path, heading] of [
		['/localities/city/induction?role=senco', 'Induction'],
		['/localities/city/matrix', 'Who sits where'],
		['/localities/city/river', 'Upstream and downstream'],
		['/localities/city/changes', 'What changed']
	] as const) {
		test(`${heading}: presents full screen and leaves with Escape`, async ({ page }, info) => {
			// Once the page's scripts have run: the prerendered button does nothing before.
			await page.goto(path, { waitUntil: 'networkidle' });
			const present = page.getByRole('button', { name: 'Present', exact: true });
			await present.click();
			await expect(page.locator('html')).toHaveClass(/presenting/);
			await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeInViewport();
			await expect(page.getByRole('navigation', { name: 'Views of this locality' })).toBeHidden();
			await expect(page.locator('footer.site')).toBeHidden();
			// A chart takes the screen's width, so its labels grow to be read from the back of the room.
			const chart = page.locator('svg.scene').first();
			if ((await chart.count()) > 0) {
				const drawn = await chart.evaluate((svg) => ({ width: svg.getBoundingClientRect().width, screen: document.documentElement.clientWidth }));
				expect(drawn.width).toBeGreaterThan(drawn.screen * 0.8);
			}
			await page.screenshot({ path: info.outputPath(`presenting-${heading.replace(/\W+/g, '-').toLowerCase()}.png`) });
			await expectNoAxeViolations(page);
			await page.keyboard.press('Escape');
			await expect(page.locator('html')).not.toHaveClass(/presenting/);
			await expect(page.getByRole('navigation', { name: 'Views of this locality' })).toBeVisible();
			await expect(present).toBeFocused();
		});
	}
});

/** The number of pages of a PDF, the text and the size (in points) of each, and which pages hold a picture. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string[]; pictures: number[]; sizes: [number, number][] }> {
	const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	const text: string[] = [];
	const pictures: number[] = [];
	const sizes: [number, number][] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const p = await doc.getPage(n);
		sizes.push([p.view[2] - p.view[0], p.view[3] - p.view[1]]);
		const content = await p.getTextContent();
		text.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
		const ops = await p.getOperatorList();
		if (ops.fnArray.some((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject)) pictures.push(n);
	}
	return { pages: doc.numPages, text, pictures, sizes };
}

test.describe('printing', () => {
	test('the map page prints the graph itself on the first page, with the key and the findings, in three pages at most', async ({ page }, info) => {
		await openMap(page, '/localities/city');
		const pdf = await page.pdf({ format: 'A4', printBackground: true, path: info.outputPath('map.pdf') });
		const { pages, text, pictures } = await readPdf(pdf);
		expect(pages).toBeLessThanOrEqual(3);
		expect(pictures).toContain(1);
		const all = text.join(' ');
		expect(all).toContain('Key');
		expect(all).toContain('Single points of failure');
		expect(all).not.toContain('Find an item');
		// The screen has its graph back afterwards.
		await expect(page.locator('.graph-canvas')).toBeVisible();
		await expect(page.locator('.print-graph')).toHaveCount(0);
	});

	test('compare prints its whole table on A4', async ({ page }, info) => {
		await page.goto('/compare');
		await expect(page.locator('table.measures tbody tr').first()).toBeVisible();
		const last = (await page.locator('table.measures thead th').last().innerText()).trim();
		const pdf = await page.pdf({ format: 'A4', printBackground: true, path: info.outputPath('compare.pdf') });
		const { text, sizes } = await readPdf(pdf);
		expect(text.join(' ')).toContain(last);
		// On A4 turned sideways.
		for (const [width, height] of sizes) {
			expect(width).toBeCloseTo(842, -1);
			expect(height).toBeCloseTo(595, -1);
		}
		// The last column's cells too, row by row: each locality's first hub.
		for (const cell of await page.locator('table.measures tbody td:last-child').allInnerTexts()) expect(text.join(' ')).toContain(cell.trim().split(' ')[0]);
	});
});

test.describe('findings in context', () => {
	test('a one-item finding shows the item among its neighbours, and each choice frames afresh', async ({ page }) => {
		const canvas = await openMap(page, '/localities/abingdon');
		const audit = page.getByRole('region', { name: 'Audit' });
		const hub = audit.getByRole('button', { name: /^Hub/ }).first();
		await hub.click();
		await still(page);
		const first = await view(page);
		expect(first.zoom).toBeLessThanOrEqual(1.5);
		const hubIds = await canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').map((n) => n.id()));
		expect(hubIds).toHaveLength(1);
		expect(await outOfView(page, hubIds)).toEqual([]);

		const fragile = audit.getByRole('button', { name: /If ISS pilot co-ordinator went/ });
		await fragile.click();
		await still(page);
		const second = await view(page);
		expect(second).not.toEqual(first);
		expect(await outOfView(page, ['pilot-coordinator', 'local-services'])).toEqual([]);

		// Another one-item finding after that: framed afresh, not left where the last one was.
		await audit.getByRole('button', { name: /^Hub/ }).nth(1).click();
		await still(page);
		const ids = await canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').map((n) => n.id()));
		expect(ids).toHaveLength(1);
		expect(await outOfView(page, ids)).toEqual([]);
		expect((await view(page)).zoom).toBeLessThanOrEqual(1.5);
	});

	test('choosing a highlight mode brings its part of the audit into view', async ({ page }) => {
		await openMap(page, '/localities/city');
		await page.getByRole('button', { name: 'Single points of failure', exact: true }).click();
		const heading = page.getByRole('region', { name: 'Audit' }).getByRole('heading', { name: /^Single points of failure \(\d+\)/ });
		await expect(heading).toBeInViewport();
		const [panel, top] = await Promise.all([page.getByRole('complementary', { name: 'Details' }).boundingBox(), heading.boundingBox()]);
		expect(top!.y).toBeGreaterThanOrEqual(panel!.y - 1);
		expect(top!.y).toBeLessThan(panel!.y + panel!.height);
		await page.getByRole('button', { name: 'Gaps', exact: true }).click();
		await expect(page.getByRole('region', { name: 'Audit' }).getByRole('heading', { name: /^Gaps \(\d+\)/ })).toBeInViewport();
	});

	test('a mode with nothing to show says so on the graph', async ({ page }) => {
		await openMap(page, '/localities/banbury');
		const graph = page.locator('.graph-wrap');
		await page.getByRole('button', { name: 'Overlaps', exact: true }).click();
		await expect(graph.getByText('No overlaps in this map')).toBeVisible();
		await page.getByRole('button', { name: 'Gaps', exact: true }).click();
		await expect(graph.getByText('No gaps in this map')).toBeVisible();
		await page.getByRole('button', { name: 'Hubs', exact: true }).click();
		await expect(graph.locator('.nothing')).toHaveCount(0);
	});
});

test.describe('the view in the address', () => {
	test('the what-if and the chosen finding go into the address, and a link opens the same view', async ({ page, context }) => {
		await openMap(page, '/localities/abingdon?item=pilot-coordinator');
		await page.getByRole('button', { name: 'What if it went? Take it out' }).click();
		const audit = page.getByRole('region', { name: 'Audit' });
		await expect(audit.getByRole('heading', { name: 'What if these went' })).toBeVisible();
		await expect(page).toHaveURL(/removed=pilot-coordinator/);
		const finding = audit.getByRole('button', { name: /^Hub/ }).first();
		const words = await finding.innerText();
		await finding.click();
		await expect(page).toHaveURL(/finding=hub/);
		const link = page.url();

		const other = await context.newPage();
		const canvas = await openMap(other, link);
		const again = other.getByRole('region', { name: 'Audit' });
		await expect(again.getByRole('heading', { name: 'What if these went' })).toBeVisible();
		await expect(again.getByRole('listitem').filter({ hasText: 'ISS pilot co-ordinator' }).first()).toBeVisible();
		await expect(again.getByRole('button', { name: words.split('\n')[0] }).and(again.locator('[aria-pressed="true"]'))).toBeVisible();
		await expect.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.removed').map((n) => n.id()))).toEqual(['pilot-coordinator']);
		await expect.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').length)).toBeGreaterThan(0);

		// Putting everything back takes the what-if out of the address.
		await again.getByRole('button', { name: 'Put everything back' }).click();
		await expect(other).not.toHaveURL(/removed=/);
	});
});
