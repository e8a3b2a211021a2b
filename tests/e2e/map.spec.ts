/**
 * Each map page, one test a snapshot (a test's page loads are what cost; the steps share them): the graph
 * holds every agency, role and group and every tie, at the locality's address and the snapshot's; clicking
 * a node, choosing a group in the text view, and `?item=` each open that item's details.
 */
import type { Locator, Page } from '@playwright/test';
import { clickableNode, expect, expectDetails, expectFocusedNode, graphSummary, openMap, test } from './fixtures';
import { snapshots, type Snapshot } from './maps';

async function expectEveryItemAndTie(page: Page, canvas: Locator, s: Snapshot) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} as of ${s.as_of}`);
	await expect(canvas).toHaveAttribute('data-nodes', String(s.items.length));

	const graph = await graphSummary(canvas);
	expect(graph.nodes).toHaveLength(s.items.length);
	expect([...graph.nodes].sort()).toEqual(s.items.map((i) => i.id).sort());
	const expected = Object.fromEntries(Object.entries(s.edges).filter(([, n]) => n > 0));
	expect(graph.edges).toEqual(expected);
	expect(graph.hidden).toEqual([]);
	// The page's own summary line agrees with the file.
	await expect(page.locator('p.meta')).toContainText(`${s.agencies.length} agencies · ${s.roles.length} roles · ${s.groups.length} groups · ${s.links} links`);
}

for (const s of snapshots) {
	test(`${s.path}: every item and tie drawn; a click, the text view and ?item= open an item's details`, async ({ page }) => {
		test.setTimeout(60_000);
		const canvas = await openMap(page, s.path);
		await expectEveryItemAndTie(page, canvas, s);

		await test.step('clicking a node opens its details and puts it in the URL', async () => {
			const details = page.getByRole('complementary', { name: 'Details' });
			await expect(details.locator('section.item-panel')).toHaveCount(0);
			// Someone has read down the side panel (the audit) before clicking.
			await details.evaluate((el) => (el.scrollTop = el.scrollHeight));
			const node = await clickableNode(canvas);
			await page.mouse.click(node.x, node.y);
			await expectDetails(page, node);
			await expectFocusedNode(canvas, node.id);
			// The details show from their top, not scrolled out of the panel.
			await expect
				.poll(() =>
					details.evaluate((aside) => {
						const title = aside.querySelector('#item-title')!.getBoundingClientRect();
						const box = aside.getBoundingClientRect();
						return title.top >= box.top - 1 && title.bottom <= box.bottom + 1;
					})
				)
				.toBe(true);

			// Closing the panel clears the selection and the URL.
			await page.getByRole('button', { name: `Close the details of ${node.name}` }).click();
			await expect(page.locator('section.item-panel')).toHaveCount(0);
			await expect(page).toHaveURL((url) => !url.searchParams.has('item'));
			await expect.poll(async () => (await graphSummary(canvas)).focused).toEqual([]);
		});

		await test.step('the text view lists every group, and choosing one opens its details', async () => {
			const text = page.locator('#text-view');
			await expect(text.getByRole('heading', { name: 'The map as text' })).toBeVisible();
			await expect(text.getByRole('heading', { name: `Groups (${s.groups.length})` })).toBeVisible();
			const groups = text.getByRole('table', { name: /^Groups/ });
			await expect(groups.locator('tbody tr')).toHaveCount(s.groups.length);
			await expect(groups.locator('tbody th')).toHaveText(s.groups.map((g) => g.name));

			const group = s.groups[s.groups.length - 1];
			await groups.getByRole('button', { name: group.name, exact: true }).click();
			await expectDetails(page, group);
			await expectFocusedNode(canvas, group.id);
		});

		await test.step('?item=<id> opens the details of that item', async () => {
			// A role where the map has one, else an agency.
			const item = s.roles[s.roles.length - 1] ?? s.agencies[0];
			const opened = await openMap(page, `${s.path}?item=${item.id}`);
			await expectDetails(page, item);
			await expectFocusedNode(opened, item.id);
		});

		if (s.latest) {
			await test.step(`${s.snapshotPath}, the snapshot's own address, draws the same`, async () => {
				await expectEveryItemAndTie(page, await openMap(page, s.snapshotPath), s);
			});
		}
	});
}
