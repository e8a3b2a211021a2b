import { clickableNode, expect, expectDetails, expectFocusedNode, graphSummary, openMap, test } from './fixtures';
import { mapPages, snapshots } from './maps';

for (const { path, snapshot: s } of mapPages) {
	test(`${path} draws every agency, role and group, and every tie`, async ({ page }) => {
		const canvas = await openMap(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} as of ${s.as_of}`);
		await expect(canvas).toHaveAttribute('data-nodes', String(s.items.length));

		const graph = await graphSummary(canvas);
		expect(graph.nodes).toHaveLength(s.items.length);
		expect([...graph.nodes].sort()).toEqual(s.items.map((i) => i.id).sort());
		expect(graph.edges).toBe(s.edges);
		expect(graph.hidden).toEqual([]);
		// The page's own summary line agrees with the file.
		await expect(page.locator('p.meta')).toContainText(`${s.agencies.length} agencies · ${s.roles.length} roles · ${s.groups.length} groups · ${s.links} links`);
	});
}

for (const s of snapshots) {
	test.describe(`${s.path}`, () => {
		test('clicking a node opens its details and puts it in the URL', async ({ page }) => {
			const canvas = await openMap(page, s.path);
			await expect(page.getByRole('complementary', { name: 'Details' }).locator('section.item-panel')).toHaveCount(0);
			const node = await clickableNode(canvas);
			await page.mouse.click(node.x, node.y);
			await expectDetails(page, node);
			await expectFocusedNode(canvas, node.id);

			// Closing the panel clears the selection and the URL.
			await page.getByRole('button', { name: `Close the details of ${node.name}` }).click();
			await expect(page.locator('section.item-panel')).toHaveCount(0);
			await expect(page).toHaveURL((url) => !url.searchParams.has('item'));
			await expect.poll(async () => (await graphSummary(canvas)).focused).toEqual([]);
		});

		test('?item=<id> opens the details of that item', async ({ page }) => {
			// A role where the map has one, else an agency: clicking tested groups already.
			const item = s.roles[s.roles.length - 1] ?? s.agencies[0];
			const canvas = await openMap(page, `${s.path}?item=${item.id}`);
			await expectDetails(page, item);
			await expectFocusedNode(canvas, item.id);
		});

		test('the text view lists every group, and choosing one opens its details', async ({ page }) => {
			const canvas = await openMap(page, s.path);
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
	});
}
