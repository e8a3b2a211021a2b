import { expect, test } from './fixtures';
import { localities, snapshots } from './maps';

test('the index lists every locality, with its counts and snapshots', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Localities');

	const table = page.getByRole('table', { name: /every locality/i });
	await expect(table.locator('thead th')).toHaveText(['Locality', 'Kind', 'As of', 'Summary', 'Agencies', 'Roles', 'Groups', 'Links', 'Snapshots']);
	const rows = table.locator('tbody tr');
	// One row per locality, in name order, whatever number of snapshots each has.
	await expect(rows).toHaveCount(new Set(snapshots.map((s) => s.id)).size);
	await expect(rows.locator('th')).toHaveText(localities.map((l) => l.name));

	for (const l of localities) {
		const row = table.locator(`tbody tr[data-locality="${l.id}"]`);
		await expect(row.getByRole('link', { name: l.name, exact: true })).toHaveAttribute('href', `/localities/${l.id}`);
		await expect(row.locator('td').nth(1)).toHaveText(l.as_of);
		await expect(row.locator('td.num')).toHaveText([l.agencies.length, l.roles.length, l.groups.length, l.links].map(String));
		const links = row.locator('ul.snapshots a');
		await expect(links).toHaveText([...l.snapshots]);
		for (const as_of of l.snapshots) {
			await expect(row.getByRole('link', { name: `${l.name} as of ${as_of}` })).toHaveAttribute('href', `/localities/${l.id}/${as_of}`);
		}
	}
});

test('a locality with several snapshots links each, and the links open that snapshot', async ({ page }) => {
	const older = snapshots.find((s) => !s.latest);
	test.skip(!older, 'no locality has more than one snapshot');
	const s = older!;
	expect(s.snapshots.length).toBeGreaterThan(1);

	await page.goto('/');
	await page.getByRole('link', { name: `${s.name} as of ${s.as_of}` }).click();
	await expect(page).toHaveURL(s.snapshotPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} as of ${s.as_of}`);
	const canvas = page.locator('.graph-canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	await expect(canvas).toHaveAttribute('data-nodes', String(s.items.length));
	// The snapshot page names its siblings and marks itself as the current one.
	const nav = page.getByRole('navigation', { name: `Snapshots of ${s.name}` });
	await expect(nav.locator('[aria-current="page"]')).toContainText(s.as_of);
	for (const other of s.snapshots.filter((a) => a !== s.as_of)) {
		await expect(nav.getByRole('link', { name: other, exact: true })).toHaveAttribute('href', `/localities/${s.id}/${other}`);
	}
});
