/**
 * A large map (bench/synthetic-map.ts): its text view shows a hundred rows of each table at a
 * time, with buttons for more that the keyboard reaches, and the search above the graph finds
 * any item, shown or not. Opened in the browser, the map has 610 items: past the size drawn as
 * a large graph (500, laid out in the layout worker and drawn in slices) at a third of the
 * 2,000-item county's time, which `npm run bench` measures. On a build that has the 2,000-item
 * map among its own (`LOCALITY_MAPS_EXTRA=<folder> npm run build`, see src/lib/server/maps.ts),
 * its page is small and fetches the map after it loads.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticMap } from '../../bench/synthetic-map';
import { expect, expectDetails, expectNoAxeViolations, test } from './fixtures';

const OPENED = { agencies: 30, roles: 520, groups: 60, membersPerGroup: 12 };
const COUNTY_POSTS = 1_700;
const canvas = (page: Page) => page.locator('.graph-canvas');

/** The posts' table and its pager, with the page drawn and its scripts running. */
async function checkPagedPosts(page: Page, count: number) {
	const all = count.toLocaleString('en-GB');
	await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	const text = page.locator('#text-view');
	const posts = text.getByRole('table', { name: /^Posts/ });
	await expect(posts.locator('tbody tr')).toHaveCount(100);
	await expect(text.getByText(`Posts 1–100 of ${all}`)).toBeVisible();
	await expectNoAxeViolations(page);

	// More rows, by the keyboard: the focus goes on to the first row that came.
	const more = text.getByRole('button', { name: 'Show 100 more posts' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(posts.locator('tbody tr')).toHaveCount(200);
	await expect(text.getByText(`Posts 1–200 of ${all}`)).toBeVisible();
	await expect(posts.getByRole('button', { name: 'Post 100', exact: true })).toBeFocused();

	await text.getByRole('button', { name: `Show all ${all}` }).first().click();
	await expect(posts.locator('tbody tr')).toHaveCount(count);
	await expect(text.getByRole('button', { name: 'Show 100 more posts' })).toHaveCount(0);
}

/** The search finds a post the text view has not shown. */
async function checkSearchFindsAny(page: Page, count: number) {
	const last = count - 1;
	await page.getByRole('searchbox', { name: 'Find an item' }).fill(`Post ${last}`);
	await page.getByRole('searchbox', { name: 'Find an item' }).press('Enter');
	await expectDetails(page, { id: `role-${last}`, name: `Post ${last}` });
}

test('a large map opened in the browser: its text view is paged, and the search finds any item', async ({ page }) => {
	test.setTimeout(120_000);
	const path = test.info().outputPath('synthetic.yaml');
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, syntheticMap(OPENED));
	await page.goto('/open');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Choose a map file (YAML)').setInputFiles(path);
	await checkSearchFindsAny(page, OPENED.roles);
	await checkPagedPosts(page, OPENED.roles);
});

test('the site’s own 2,000-item map: a small page that fetches its map', async ({ page }) => {
	const built = 'build/localities/synthetic.html';
	test.skip(!existsSync(built), 'needs a build with the synthetic map: LOCALITY_MAPS_EXTRA=<folder with synthetic.yaml> npm run build');
	test.setTimeout(120_000);
	expect(statSync(built).size).toBeLessThan(500_000);
	await page.goto('/localities/synthetic');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic county as of 2026');
	await page.waitForLoadState('networkidle');
	await checkPagedPosts(page, COUNTY_POSTS);
	await checkSearchFindsAny(page, COUNTY_POSTS);
});
