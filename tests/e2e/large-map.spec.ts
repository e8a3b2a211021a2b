/**
 * A large map (bench/synthetic-map.ts): its text view shows a hundred rows of each table at a
 * time, with buttons for more that the keyboard reaches, and the search above the graph finds
 * any item, shown or not. Opened in the browser, the map has 610 items: past the size drawn as
 * a large graph (500, laid out in the layout worker and drawn in slices) at a third of the
 * 2,000-item county's time, which `npm run bench` measures. On a build that has the 2,000-item
 * map among its own (`LOCALITY_MAPS_EXTRA=<folder> npm run build`, see src/lib/server/maps.ts),
 * its page is small and fetches the map after it loads; so are its other views' pages, which show
 * the first hundred of each long list at once, and the rest, with the map, once the map has come.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticMap } from '../../bench/synthetic-map';
import { expect, expectDetails, expectNoAxeViolations, test } from './fixtures';

const OPENED = { agencies: 30, roles: 520, groups: 60, membersPerGroup: 12 };
const COUNTY_POSTS = 1_700;
const BUILT = 'build/localities/synthetic.html';
const NEEDS_BUILD = 'needs a build with the synthetic map: LOCALITY_MAPS_EXTRA=<folder with synthetic.yaml> npm run build';
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
	test.skip(!existsSync(BUILT), NEEDS_BUILD);
	test.setTimeout(120_000);
	expect(statSync(BUILT).size).toBeLessThan(500_000);
	await page.goto('/localities/synthetic');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic county as of 2026');
	await page.waitForLoadState('networkidle');
	await checkPagedPosts(page, COUNTY_POSTS);
	await checkSearchFindsAny(page, COUNTY_POSTS);
});

test.describe('the site’s own 2,000-item map: its views are small pages', () => {
	test.skip(!existsSync(BUILT), NEEDS_BUILD);
	test.setTimeout(120_000);

	test('every view’s page and the comparison are within 500 kB', () => {
		for (const page of ['matrix', 'report', 'river', 'induction'].map((view) => `build/localities/synthetic/${view}.html`)) expect(statSync(page).size, page).toBeLessThan(500_000);
		expect(statSync('build/compare.html').size).toBeLessThan(500_000);
	});

	test('who sits where: a hundred groups against a hundred posts and agencies, and more of each once the map has come', async ({ page }) => {
		await page.goto('/localities/synthetic/matrix');
		const table = page.getByRole('table', { name: 'Groups in rows, posts and agencies in columns' });
		await expect(table.locator('tbody tr')).toHaveCount(100);
		await expect(table.locator('thead th')).toHaveCount(101);
		await expect(page.getByText('Groups 1–100 of 200')).toBeVisible();
		await expect(page.getByText('Posts and agencies 1–100 of 1,439')).toBeVisible();
		const moreGroups = page.getByRole('button', { name: 'Show 100 more groups' });
		await expect(moreGroups).toBeEnabled({ timeout: 60_000 });
		await expect(page.getByText('Loading the whole matrix')).toHaveCount(0);
		await expectNoAxeViolations(page);

		await moreGroups.click();
		await expect(table.locator('tbody tr')).toHaveCount(200);
		await expect(table.locator('tbody tr').nth(100).locator('th')).toBeFocused();
		await page.getByRole('button', { name: 'Show 100 more posts and agencies' }).click();
		await expect(table.locator('thead th')).toHaveCount(201);
		await expect(table.locator('thead th').nth(101)).toBeFocused();
		await expect(table.locator('tbody tr').first().locator('td')).toHaveCount(200);
	});

	test('the audit report: its counts and headings whole, a page of each list, and its map drawn once the map has come', async ({ page }) => {
		await page.goto('/localities/synthetic/report');
		await expect(page.getByRole('heading', { name: 'Overlaps and meeting load (3)' })).toBeVisible();
		await expect(page.locator('.glance dl')).toContainText('Posts1700');
		const items = page.locator('ol.numbers li');
		await expect(items).toHaveCount(100);
		await expect(page.getByText('Items 1–100 of 2,000')).toBeVisible();
		const load = page.locator('.load tbody tr');
		await expect(load).toHaveCount(100);
		await expect(page.getByText('Posts and agencies 1–100 of 561')).toBeVisible();
		await expect(page.locator('.audit-report figure svg')).toBeVisible({ timeout: 60_000 });
		// Everything but the drawing of 2,000 items, which would take axe minutes.
		await expectNoAxeViolations(page, ['.actions', '.glance', 'ol.numbers', '.map .pager', '.part', '.questions']);

		await page.getByRole('button', { name: 'Show all 561' }).click();
		await expect(load).toHaveCount(561);
		// Printed, the report is whole: every list is shown first.
		await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', '')));
		await page.getByRole('button', { name: 'Print' }).click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', '');
		await expect(items).toHaveCount(2_000);
	});

	test('upstream and downstream: the items it cannot place, a hundred at a time', async ({ page }) => {
		await page.goto('/localities/synthetic/river');
		const unplaced = page.locator('#river-unplaced-rows li');
		await expect(unplaced).toHaveCount(100);
		await expect(page.getByText('Items 1–100 of 1,900')).toBeVisible();
		await page.getByRole('button', { name: 'Show 100 more items' }).click();
		await expect(unplaced).toHaveCount(200);
		await expect(unplaced.nth(100)).toBeFocused();
	});

	test('the comparison draws the large system small once its picture has come', async ({ page }) => {
		await page.goto('/compare');
		const synthetic = page.locator('.multiples li').filter({ has: page.getByRole('link', { name: 'Synthetic county as of 2026' }) });
		await expect(synthetic.locator('svg polygon')).toHaveCount(200, { timeout: 60_000 });
		await expect(synthetic.getByRole('button', { name: /SVG/ })).toBeVisible();
	});
});
