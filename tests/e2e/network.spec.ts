/**
 * Nothing leaves the site: every page the site links to, opened directly, asks only its own
 * origin for anything and logs no error; so does client-side navigation between them. The
 * guard in fixtures.ts checks the same for every other test; this one walks every page.
 */
import { expect, test } from './fixtures';
import { mapPages } from './maps';

test('every page loads only from the site itself, with no console or page errors', async ({ page, guard, baseURL }) => {
	test.setTimeout(60_000);
	const origin = new URL(baseURL!).origin;
	const requested = new Set<string>();
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'http:' || url.protocol === 'https:') requested.add(url.origin);
	});

	// Every page reachable by the site's own links, starting from the index and the map pages.
	const queue = ['/', '/glossary', ...new Set(mapPages.map((p) => p.path))];
	const seen = new Set(queue);
	for (let i = 0; i < queue.length && i < 120; i++) {
		const path = queue[i];
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		if ((await page.locator('.graph-canvas').count()) > 0) await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true');
		expect(guard.foreign, `requests from ${path} to other origins`).toEqual([]);
		expect(guard.errors, `errors on ${path}`).toEqual([]);
		const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const href of hrefs) {
			const url = new URL(href);
			// Pages only: a file such as a JSON Schema is fetched, not walked.
			if (url.origin !== origin || /\.[a-z0-9]+$/i.test(url.pathname)) continue;
			if (!seen.has(url.pathname)) {
				seen.add(url.pathname);
				queue.push(url.pathname);
			}
		}
	}
	expect(queue.length).toBeGreaterThanOrEqual(2 + new Set(mapPages.map((p) => p.path)).size);

	// Client-side navigation through the site's own links fetches from the site too.
	await page.goto('/');
	const site = page.getByRole('navigation', { name: 'Site' });
	await site.getByRole('link', { name: 'Glossary' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of groups');
	await site.getByRole('link', { name: 'Localities' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Localities');
	await page.locator('table tbody th a').first().click();
	await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true');

	expect([...requested]).toEqual([origin]);
	expect(guard.foreign).toEqual([]);
	expect(guard.errors).toEqual([]);
});
