/**
 * The editor's comparisons: what changed in the user's map since a snapshot they kept (kept
 * across a reload with the draft), and the user's map beside the report's pilots.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const banbury = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps', 'banbury.yaml'), 'utf8');
const NEW_GROUP = '  - id: parents-forum\n    name: Parents’ forum\n    type: forum\n    members:\n      - id: sunshine-coordinator\n';
const content = (page: Page) => page.getByRole('textbox', { name: 'The map’s text (YAML)' });

async function copyBanbury(page: Page) {
	await page.goto('/editor');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Map to copy').selectOption('banbury.yaml');
	await page.getByRole('button', { name: 'Copy this map' }).click();
	await expect(page.locator('.yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
}

/** Replaces the whole text, as a paste would. */
async function replaceText(page: Page, text: string) {
	await content(page).click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(text);
}

test.describe('comparisons in the map editor', () => {
	test('shows what changed since a snapshot, after a reload too', async ({ page }) => {
		test.setTimeout(90_000);
		await copyBanbury(page);
		await page.getByRole('button', { name: 'Keep a snapshot' }).click();
		await expect(page.getByRole('status').filter({ hasText: /Snapshot at \d\d:\d\d:\d\d kept of banbury\.yaml/ })).toBeVisible();

		const changed = banbury.replace('\ngroups:\n', `\ngroups:\n${NEW_GROUP}`);
		expect(changed).not.toBe(banbury);
		await replaceText(page, changed);
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText(/Draft saved at/)).toBeVisible();
		await page.waitForTimeout(600); // the draft is kept 0.4 s after the last change
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });

		await page.getByRole('button', { name: 'What changed' }).click();
		const view = page.locator('.what-changed');
		await expect(view.getByLabel(/Compare banbury\.yaml now with/)).toHaveValue(/^snapshot:/, { timeout: 15_000 });
		await expect(view.getByText('Parents’ forum').first()).toBeVisible({ timeout: 15_000 });
		await expectNoAxeViolations(page);

		// Against the report's own map of Banbury, the same group is new.
		await view.getByLabel(/Compare banbury\.yaml now with/).selectOption({ label: 'Banbury (2005)' });
		await expect(view.getByText('Parents’ forum').first()).toBeVisible({ timeout: 15_000 });
	});

	test('sets the user’s map beside the report’s pilots', async ({ page }) => {
		test.setTimeout(60_000);
		await copyBanbury(page);
		await replaceText(page, banbury.replace(/^  name: Banbury$/m, '  name: Banbury (our version)'));
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await page.getByRole('button', { name: 'Compare with the pilots' }).click();
		const table = page.locator('.compare-maps table').first();
		await expect(table).toBeVisible({ timeout: 15_000 });
		await expect(table.getByRole('row', { name: /Banbury \(our version\)/ })).toContainText(/your map/i);
		for (const pilot of ['Abingdon', 'Bicester', 'Thame']) await expect(table.getByRole('row', { name: new RegExp(pilot) }).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
