import { groupTypes } from '../../src/lib/format/vocabulary';
import { expect, expectDetails, expectFocusedNode, test } from './fixtures';
import { snapshots } from './maps';

const href = (s: (typeof snapshots)[number], id: string) => `/localities/${s.id}/${s.as_of}?item=${id}`;

test('the glossary lists every group type, each with links to the groups of that type in the maps', async ({ page }) => {
	await page.goto('/glossary');
	// One entry per group type, headed by its name, in the vocabulary's order.
	await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(groupTypes.list.map((t) => t.label));

	let total = 0;
	for (const type of groupTypes.list) {
		const entry = page.locator(`[id="${type.value}"]`);
		await expect(entry.getByRole('heading', { level: 2 })).toHaveText(type.label);
		await expect(entry).toContainText(type.description);
		const expected = snapshots.flatMap((s) => s.groups.filter((g) => g.type === type.value).map((g) => ({ href: href(s, g.id), name: g.name })));
		total += expected.length;
		const links = entry.getByRole('link');
		if (expected.length === 0) {
			await expect(links).toHaveCount(0);
			await expect(entry).toContainText('No group of this type in the maps.');
			continue;
		}
		const found = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.textContent?.trim() ?? '' })));
		const key = (l: { href: string }) => l.href;
		expect(found.sort((a, b) => key(a).localeCompare(key(b))), type.value).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
	}
	// Every group of every map is in the glossary once.
	expect(total).toBe(snapshots.reduce((n, s) => n + s.groups.length, 0));
	expect(total).toBeGreaterThan(0);
});

// One link to a locality's latest map and one to an older snapshot, where there is one.
const targets = [snapshots.find((s) => s.latest && s.groups.length > 0), snapshots.find((s) => !s.latest && s.groups.length > 0)].filter((s) => s !== undefined);

for (const s of targets) {
	test(`a glossary link opens ${s.snapshotPath} with the group selected`, async ({ page }) => {
		const group = s.groups[s.groups.length - 1];
		await page.goto('/glossary');
		await page.locator(`[id="${group.type}"] a[href="${href(s, group.id)}"]`).click();
		await expect(page).toHaveURL(href(s, group.id));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} as of ${s.as_of}`);
		const canvas = page.locator('.graph-canvas');
		await expect(canvas).toHaveAttribute('data-ready', 'true');
		await expect(canvas).toHaveAttribute('data-nodes', String(s.items.length));
		await expectDetails(page, group);
		await expectFocusedNode(canvas, group.id);
	});
}
