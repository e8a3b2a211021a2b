/**
 * Nothing leaves the site: every page, opened directly and reached by the site's own links,
 * asks only its own origin for anything, and logs no error. The guard in fixtures.ts checks
 * the same for every other test; this one walks every page on purpose.
 */
import { expect, test } from './fixtures';
import { mapPages } from './maps';

test('every page loads only from the site itself, with no console or page errors', async ({ page, guard, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const requested = new Set<string>();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'http:' || url.protocol === 'https:') requested.add(url.origin);
	});

	for (const path of ['/', '/glossary', ...new Set(mapPages.map((p) => p.path))]) {
		await page.goto(path);
		if (path.startsWith('/localities/')) await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true');
		else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(guard.foreign, `requests from ${path} to other origins`).toEqual([]);
		expect(guard.errors, `errors on ${path}`).toEqual([]);
	}

	// Client-side navigation through the site's own links fetches from the site too.
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of groups');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Localities' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Localities');
	await page.locator('table tbody th a').first().click();
	await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true');

	expect([...requested]).toEqual([origin]);
	expect(guard.foreign).toEqual([]);
	expect(guard.errors).toEqual([]);
});
