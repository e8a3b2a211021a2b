/**
 * The `test` every spec uses, and helpers for reaching into the graph.
 *
 * Every test runs under a guard: a request to any origin other than the site's own, a
 * console error, an uncaught page error or a failed response fails the test, whatever page
 * it was on. The graph is read through the `cy` property GraphCanvas defines on its
 * `.graph-canvas` container.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';

export { expect };

export interface Guard {
	/** Requests to other origins, console errors, page errors and failed responses seen so far. */
	readonly foreign: string[];
	readonly errors: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (url.origin !== origin) foreign.push(`${request.method()} ${request.url()}`);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console.error on ${page.url()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`page error on ${page.url()}: ${error.stack ?? error.message}`));
			page.on('response', (response) => {
				if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
			});
			await use({ foreign, errors });
			expect(foreign, `requests to origins other than ${origin}`).toEqual([]);
			expect(errors, 'console errors, page errors or failed responses').toEqual([]);
		},
		{ auto: true }
	]
});

type WithCy = HTMLElement & { cy: Core };

/**
 * Opens a map page and waits until the graph is drawn. Returns the graph's container.
 * An uncaught error in the page fails at once rather than after the wait.
 */
export async function openMap(page: Page, path: string): Promise<Locator> {
	let onError: (error: Error) => void = () => {};
	const failed = new Promise<never>((_, reject) => {
		onError = (error) => reject(new Error(`page error while drawing ${path}: ${error.message}`));
	});
	failed.catch(() => {});
	page.on('pageerror', onError);
	try {
		await Promise.race([page.goto(path), failed]);
		const canvas = page.locator('.graph-canvas');
		// cytoscape is a chunk of its own, loaded after the page: allow for a busy machine.
		await Promise.race([expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 15_000 }), failed]);
		return canvas;
	} finally {
		page.off('pageerror', onError);
	}
}

export interface GraphSummary {
	readonly nodes: string[];
	/** Edges by their `relation` (post, member, chair, link). */
	readonly edges: Record<string, number>;
	readonly hidden: string[];
	readonly focused: string[];
}

export function graphSummary(canvas: Locator): Promise<GraphSummary> {
	return canvas.evaluate((el) => {
		const cy = (el as WithCy).cy;
		return {
			nodes: cy.nodes().map((n) => n.id()),
			edges: cy.edges().reduce((counts: Record<string, number>, e) => {
				const relation = String(e.data('relation'));
				counts[relation] = (counts[relation] ?? 0) + 1;
				return counts;
			}, {}),
			hidden: cy.nodes('.hidden').map((n) => n.id()),
			focused: cy.nodes('.focused').map((n) => n.id())
		};
	});
}

export interface NodePlaces {
	/** Model positions, as the layout placed them. */
	readonly model: Record<string, { x: number; y: number }>;
	/** Positions on screen, relative to the container. */
	readonly rendered: Record<string, { x: number; y: number }>;
	readonly width: number;
	readonly height: number;
	readonly zoom: number;
}

export function nodePlaces(canvas: Locator): Promise<NodePlaces> {
	return canvas.evaluate((el) => {
		const cy = (el as WithCy).cy;
		const model: Record<string, { x: number; y: number }> = {};
		const rendered: Record<string, { x: number; y: number }> = {};
		cy.nodes().forEach((n) => {
			model[n.id()] = { ...n.position() };
			rendered[n.id()] = { ...n.renderedPosition() };
		});
		return { model, rendered, width: cy.width(), height: cy.height(), zoom: cy.zoom() };
	});
}

/**
 * A node that can be clicked: its centre is inside the container and the viewport and is
 * covered by no other node. The most connected is preferred (its details are the longest);
 * `id` asks for one. The point is in page (viewport) coordinates: the node's rendered
 * position plus the container's bounding box.
 */
export async function clickableNode(canvas: Locator, id?: string): Promise<{ id: string; name: string; x: number; y: number }> {
	await canvas.scrollIntoViewIfNeeded();
	// Wait until the graph stands still (a fit or a resize may still be animating on a busy machine): the same pan and zoom over two frames.
	await expect
		.poll(() =>
			canvas.evaluate(
				(el) =>
					new Promise<boolean>((resolve) => {
						const cy = (el as WithCy).cy;
						const view = () => JSON.stringify([cy.pan(), cy.zoom(), el.getBoundingClientRect().top]);
						const before = view();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve(!cy.animated() && view() === before)));
					})
			)
		)
		.toBe(true);
	const found = await canvas.evaluate((el, wanted) => {
		const cy = (el as WithCy).cy;
		const box = el.getBoundingClientRect();
		const candidates = cy
			.nodes(':visible')
			.filter((n) => !wanted || n.id() === wanted)
			.sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false));
		for (const n of candidates) {
			const p = n.renderedPosition();
			const x = box.left + p.x;
			const y = box.top + p.y;
			const inside = p.x > 10 && p.y > 10 && p.x < cy.width() - 10 && p.y < cy.height() - 10 && y > 0 && y < window.innerHeight;
			if (!inside) continue;
			const covered = cy.nodes(':visible').some((o) => {
				if (o.same(n)) return false;
				const bb = o.renderedBoundingBox({ includeLabels: false });
				return p.x >= bb.x1 && p.x <= bb.x2 && p.y >= bb.y1 && p.y <= bb.y2;
			});
			if (!covered) return { id: n.id(), name: n.data('name') as string, x, y };
		}
		return null;
	}, id);
	if (!found) throw new Error(id ? `node ${id} cannot be clicked` : 'no node can be clicked');
	return found;
}

/** Asserts the details panel shows the item, and the URL names it. */
export async function expectDetails(page: Page, item: { id: string; name: string }) {
	const panel = page.getByRole('complementary', { name: 'Details' });
	await expect(panel.locator('section.item-panel')).toHaveAttribute('data-item', item.id);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(item.name);
	await expect(page).toHaveURL((url) => url.searchParams.get('item') === item.id);
}

/** Waits until the graph marks the item as the focused node. */
export async function expectFocusedNode(canvas: Locator, id: string) {
	await expect.poll(async () => (await graphSummary(canvas)).focused).toEqual([id]);
}

/** Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA that axe knows. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe's WCAG A and AA rules on the page as it stands and fails on any violation, of any
 * impact, listing them. `within` narrows the check to the parts of the page a change of state
 * redrew (CSS selectors), once the whole page has been checked in its first state: axe over a
 * whole map page takes seconds.
 */
export async function expectNoAxeViolations(page: Page, within: readonly string[] = []) {
	// Only violations are gathered: axe then skips collecting every passing node (all violations are still found).
	const builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] });
	for (const selector of within) builder.include(selector);
	const results = await builder.analyze();
	const report = results.violations
		.map((v) => [`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)].join('\n'))
		.join('\n');
	expect(results.violations.length, `axe violations on ${page.url()}:\n${report}`).toBe(0);
}
