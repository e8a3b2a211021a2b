/**
 * A map of 2,000 items (bench/synthetic-map.ts, the size of a whole county): its text view
 * shows a hundred rows of each table at a time, with buttons for more that the keyboard
 * reaches, and the search above the graph finds any item, shown or not. On a build that has
 * such a map among its own (`LOCALITY_MAPS_EXTRA=<folder> npm run build`, see
 * src/lib/server/maps.ts), its page is small and fetches the map after it loads.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticMap } from '../../bench/synthetic-map';
import { expect, expectDetails, expectNoAxeViolations, test } from './fixtures';

const SIZE = { agencies: 100, roles: 1_700, groups: 200, membersPerGroup: 12 };
const canvas = (page: Page) => page.locator('.graph-canvas');

/** The posts' table and its pager, with the page drawn and its scripts running. */
async function checkPagedPosts(page: Page) {
	await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	const text = page.locator('#text-view');
	const posts = text.getByRole('table', { name: /^Posts/ });
	await expect(posts.locator('tbody tr')).toHaveCount(100);
	await expect(text.getByText('Posts 1–100 of 1,700')).toBeVisible();
	await expectNoAxeViolations(page);

	// More rows, by the keyboard: the focus goes on to the first row that came.
	const more = text.getByRole('button', { name: 'Show 100 more posts' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(posts.locator('tbody tr')).toHaveCount(200);
	await expect(text.getByText('Posts 1–200 of 1,700')).toBeVisible();
	await expect(posts.getByRole('button', { name: 'Post 100', exact: true })).toBeFocused();

	await text.getByRole('button', { name: 'Show all 1,700' }).first().click();
	await expect(posts.locator('tbody tr')).toHaveCount(1_700);
	await expect(text.getByRole('button', { name: 'Show 100 more posts' })).toHaveCount(0);
}

/** The search finds a post the text view has not shown. */
async function checkSearchFindsAny(page: Page) {
	await page.getByRole('searchbox', { name: 'Find an item' }).fill('Post 1699');
	await page.getByRole('searchbox', { name: 'Find an item' }).press('Enter');
	await expectDetails(page, { id: 'role-1699', name: 'Post 1699' });
}

test('a 2,000-item map opened in the browser: its text view is paged, and the search finds any item', async ({ page }) => {
	test.setTimeout(120_000);
	const path = test.info().outputPath('synthetic.yaml');
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, syntheticMap(SIZE));
	await page.goto('/open');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Choose a map file (YAML)').setInputFiles(path);
	await checkSearchFindsAny(page);
	await checkPagedPosts(page);
});

test('the site’s own 2,000-item map: a small page that fetches its map', async ({ page }) => {
	const built = 'build/localities/synthetic.html';
	test.skip(!existsSync(built), 'needs a build with the synthetic map: LOCALITY_MAPS_EXTRA=<folder with synthetic.yaml> npm run build');
	test.setTimeout(120_000);
	expect(statSync(built).size).toBeLessThan(500_000);
	await page.goto('/localities/synthetic');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic county as of 2026');
	await page.waitForLoadState('networkidle');
	await checkPagedPosts(page);
	await checkSearchFindsAny(page);
});
