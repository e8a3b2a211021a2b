import { expect, expectDetails, expectFocusedNode, graphSummary, nodePlaces, openMap, test, type NodePlaces } from './fixtures';
import { largest, uniqueItem } from './maps';

const s = largest;
const layouts = ['layered', 'force', 'concentric'] as const;

test.describe(`search on ${s.path}`, () => {
	test('Enter on a name selects the item, shows it in the middle and records it in the URL', async ({ page }) => {
		const canvas = await openMap(page, s.path);
		const item = uniqueItem(s, 'role');
		const search = page.getByRole('searchbox', { name: 'Find an item' });
		await search.fill(item.name);
		await expect(page.getByRole('list', { name: 'Matches' }).getByRole('button').first()).toHaveText(item.name);
		await search.press('Enter');

		await expectDetails(page, item);
		await expectFocusedNode(canvas, item.id);
		await expect(search).toHaveValue('');
		// The graph brings the item (with its label) into the middle of the view, zoomed in enough to read.
		await expect
			.poll(() =>
				canvas.evaluate((el, id) => {
					const cy = (el as HTMLElement & { cy: import('cytoscape').Core }).cy;
					const bb = cy.getElementById(id).renderedBoundingBox();
					const off = Math.max(Math.abs((bb.x1 + bb.x2) / 2 - cy.width() / 2), Math.abs((bb.y1 + bb.y2) / 2 - cy.height() / 2));
					return off < 2 && cy.zoom() >= 1.1;
				}, item.id)
			)
			.toBe(true);
		// Screen readers hear it too.
		await expect(page.locator('[aria-live="polite"]', { hasText: `Selected ${item.name}` })).toHaveCount(1);
	});

	test('a query that matches nothing says so', async ({ page }) => {
		await openMap(page, s.path);
		const search = page.getByRole('searchbox', { name: 'Find an item' });
		const query = 'zzqx nothing like this';
		await search.fill(query);
		await expect(page.getByRole('list', { name: 'Matches' })).toHaveText('No match.');
		await search.press('Enter');
		await expect(page.locator('[aria-live="polite"]', { hasText: `Nothing in this map matches “${query}”` })).toHaveCount(1);
		await expect(page.locator('section.item-panel')).toHaveCount(0);
		await expect(page).toHaveURL((url) => !url.searchParams.has('item'));
	});
});

test.describe(`filters and layouts on ${s.path}`, () => {
	test('unchecking Roles hides every role node, and checking it shows them again', async ({ page }) => {
		const canvas = await openMap(page, s.path);
		const roles = page.getByRole('checkbox', { name: 'Roles', exact: true });
		await expect(roles).toBeChecked();
		await roles.uncheck();
		await expect.poll(async () => (await graphSummary(canvas)).hidden.sort()).toEqual(s.roles.map((r) => r.id).sort());
		const visible = await canvas.evaluate((el) => (el as HTMLElement & { cy: import('cytoscape').Core }).cy.nodes(':visible').map((n) => n.data('kind') as string));
		expect(visible).not.toContain('role');
		expect(visible).toHaveLength(s.agencies.length + s.groups.length);

		await roles.check();
		await expect.poll(async () => (await graphSummary(canvas)).hidden).toEqual([]);
	});

	test('each layout keeps every node in view and places them differently', async ({ page }) => {
		const canvas = await openMap(page, s.path);
		const select = page.getByLabel('Layout', { exact: true });
		await expect(select).toHaveValue('layered');
		const seen = new Map<string, NodePlaces>();
		for (const layout of layouts) {
			const before = await nodePlaces(canvas);
			await select.selectOption(layout);
			if (seen.size > 0) await expect.poll(async () => JSON.stringify((await nodePlaces(canvas)).model)).not.toBe(JSON.stringify(before.model));
			await expect(page).toHaveURL((url) => (url.searchParams.get('layout') ?? 'layered') === layout);
			const places = await nodePlaces(canvas);
			expect(Object.keys(places.model).sort()).toEqual(s.items.map((i) => i.id).sort());
			expect((await graphSummary(canvas)).hidden).toEqual([]);
			for (const [id, p] of Object.entries(places.rendered)) {
				expect(p.x, `${id} in view (${layout})`).toBeGreaterThanOrEqual(0);
				expect(p.x, `${id} in view (${layout})`).toBeLessThanOrEqual(places.width);
				expect(p.y, `${id} in view (${layout})`).toBeGreaterThanOrEqual(0);
				expect(p.y, `${id} in view (${layout})`).toBeLessThanOrEqual(places.height);
			}
			// No two nodes on the same spot.
			expect(new Set(Object.values(places.model).map((p) => `${p.x},${p.y}`)).size).toBe(s.items.length);
			seen.set(layout, places);
		}
		for (const a of layouts) {
			for (const b of layouts) {
				if (a < b) expect(seen.get(a)!.model, `${a} and ${b} place nodes differently`).not.toEqual(seen.get(b)!.model);
			}
		}
	});

	for (const layout of layouts) {
		test(`the ${layout} layout gives the same picture on every load`, async ({ page }) => {
			const url = layout === 'layered' ? s.path : `${s.path}?layout=${layout}`;
			const first = await nodePlaces(await openMap(page, url));
			await expect(page.getByLabel('Layout', { exact: true })).toHaveValue(layout);
			const second = await nodePlaces(await openMap(page, url));
			expect(second.model).toEqual(first.model);
			expect(second.zoom).toBeCloseTo(first.zoom, 6);
			for (const [id, p] of Object.entries(first.rendered)) {
				expect(second.rendered[id].x, id).toBeCloseTo(p.x, 3);
				expect(second.rendered[id].y, id).toBeCloseTo(p.y, 3);
			}
		});
	}

	test('the zoom buttons zoom in, out and fit', async ({ page }) => {
		const canvas = await openMap(page, s.path);
		const zoom = async () => (await nodePlaces(canvas)).zoom;
		const start = await zoom();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		expect(await zoom()).toBeCloseTo(start * 1.25, 5);
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		expect(await zoom()).toBeCloseTo(start * 1.25 * 0.8 * 0.8, 5);
		await page.getByRole('button', { name: 'Fit to screen' }).click();
		await expect.poll(zoom).toBeCloseTo(start, 3);
	});
});
