/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide (a phone) and at 640 (a 1280-pixel screen at
 * 200% zoom) no page scrolls sideways. Content wider than the screen is allowed only inside a
 * region made to scroll (ScrollRegion, which the keyboard reaches) or the graph's canvas; the
 * home and compare tables become cards instead. On a phone the map page shows the graph first,
 * then its details and audit, then the filters and key.
 */
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

const routes = [
	'/',
	'/glossary',
	'/compare',
	'/open',
	'/editor',
	'/localities/banbury',
	'/localities/city/2004',
	'/localities/banbury/induction?role=sunshine-coordinator',
	'/localities/banbury/matrix',
	'/localities/banbury/river',
	'/localities/city/changes',
	'/localities/banbury/report'
];

/** The document's width beyond the screen's, and each element that reaches past the screen's edge outside a region that scrolls. */
function overflow(page: Page) {
	return page.evaluate(() => {
		const screen = document.documentElement.clientWidth;
		const past = [...document.body.querySelectorAll('*')].filter((el) => {
			const box = el.getBoundingClientRect();
			// Visually hidden text (1 px, clipped) takes no room.
			if (box.width <= 1 || box.right <= screen + 1) return false;
			return !el.closest('.scroll-region, .graph-canvas, .cm-scroller');
		});
		// A region that scrolls must be reachable by the keyboard, to scroll it without a mouse.
		const unreachable = [...document.querySelectorAll<HTMLElement>('.scroll-region')].filter((el) => el.scrollWidth > el.clientWidth + 1 && el.tabIndex < 0);
		return {
			sideways: document.documentElement.scrollWidth - screen,
			unreachable: unreachable.map((el) => el.getAttribute('aria-label')),
			past: past.slice(0, 8).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} reaches ${Math.round(el.getBoundingClientRect().right)}px`)
		};
	});
}

for (const width of [320, 640]) {
	test(`no page scrolls sideways at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const route of routes) {
			await page.goto(route, { waitUntil: 'networkidle' });
			const found = await overflow(page);
			expect(found, `${route} at ${width} px`).toEqual({ sideways: 0, unreachable: [], past: [] });
			// The tables read across a row become cards: they fit, rather than scroll inside a region.
			if (route === '/' || route === '/compare') {
				const table = page.locator('table.localities, table.measures');
				await expect(table).toHaveCount(1);
				expect((await table.boundingBox())!.width, `the table on ${route} at ${width} px`).toBeLessThanOrEqual(width);
				const scrolled = await table.evaluate((el) => {
					const region = el.closest<HTMLElement>('.scroll-region');
					return region ? region.scrollWidth - region.clientWidth : 0;
				});
				expect(scrolled, `the table on ${route} at ${width} px scrolls sideways`).toBeLessThanOrEqual(1);
			}
		}
		// The editor with a map open, its forms beside the text.
		await page.goto('/editor', { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Start from the blank map' }).click();
		await expect(page.locator('.yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
		expect(await overflow(page), `/editor with the blank map at ${width} px`).toEqual({ sideways: 0, unreachable: [], past: [] });
	});
}

test('on a phone the map page shows the graph first, whole and on screen, then the details and audit, then the filters and key', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const canvas = await openMap(page, '/localities/banbury');
	const top = async (name: string) => (await page.getByRole('complementary', { name }).boundingBox())!.y;
	const graph = (await canvas.boundingBox())!;
	expect(graph.width).toBeGreaterThan(250);
	expect(graph.x).toBeGreaterThanOrEqual(0);
	expect(graph.x + graph.width).toBeLessThanOrEqual(320);
	expect(graph.height).toBeGreaterThan(300);
	expect(graph.y + graph.height).toBeLessThan(await top('Details'));
	expect(await top('Details')).toBeLessThan(await top('Filters and key'));
	// The audit in the details panel is usable: a finding brings its items forward on the graph.
	await page.waitForLoadState('networkidle');
	await canvas.scrollIntoViewIfNeeded();
	await expect(canvas).toBeInViewport({ ratio: 0.9 });
	const finding = page.getByRole('region', { name: 'Audit' }).getByRole('button', { name: /Hub/ }).first();
	await finding.click();
	await expect.poll(() => canvas.evaluate((el) => (el as unknown as { cy: import('cytoscape').Core }).cy.nodes('.focused').length)).toBeGreaterThan(0);
});
