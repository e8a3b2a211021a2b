/**
 * Files in and out of the map editor: a file dropped on the page opens in a tab of its own;
 * hostile files get the loader's clear errors without freezing the page, and a file over the
 * size bound is refused before it is read; "Save to file" writes exactly the text typed,
 * back to the file it came from where the browser allows it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const thame = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps', 'thame.yaml'), 'utf8');
const content = (page: Page) => page.getByRole('textbox', { name: 'The map’s text (YAML)' });
const errorList = (page: Page) => page.locator('.error-list li');

async function openEditor(page: Page) {
	await page.goto('/editor');
	await page.waitForLoadState('networkidle');
}

/** Drops a file on the page as a user dragging it from their computer would. */
async function dropFile(page: Page, name: string, text: string) {
	await page.evaluate(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name, { type: 'application/yaml' }));
			for (const type of ['dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
		},
		{ name, text }
	);
}

/** Stands in for the browser's file pickers: files "on disk" are kept in `window.disk_`. */
async function fakeFileSystem(page: Page, files: Record<string, string>) {
	await page.addInitScript((initial) => {
		const disk: Record<string, string> = { ...initial };
		const handle = (name: string) => ({
			kind: 'file',
			name,
			getFile: async () => new File([disk[name] ?? ''], name),
			requestPermission: async () => 'granted',
			createWritable: async () => {
				let written = '';
				return { write: async (text: string) => void (written += text), close: async () => void (disk[name] = written) };
			}
		});
		Object.assign(window, {
			disk_: disk,
			showOpenFilePicker: async () => [handle(Object.keys(initial)[0])],
			showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) => handle(`saved-${suggestedName}`)
		});
	}, files);
}
const disk = (page: Page) => page.evaluate(() => (window as unknown as { disk_: Record<string, string> }).disk_);

test.describe('files in the map editor', () => {
	test('a dropped file opens in a tab of its own, drawn', async ({ page }) => {
		await openEditor(page);
		await dropFile(page, 'dropped-thame.yaml', thame);
		await expect(page.getByRole('tab', { name: /dropped-thame\.yaml/ })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	});

	test('a file over 10 MB is refused with its size, and no tab opens', async ({ page }) => {
		await openEditor(page);
		await page.locator('#map-file').setInputFiles({ name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) });
		await expect(page.getByRole('status').filter({ hasText: /huge\.yaml:1:1: the file is 11\.0 MB, more than the limit of 10\.0 MB/ })).toBeVisible();
		await expect(page.getByRole('tab')).toHaveCount(0);
	});

	const hostile = [
		{ name: 'alias-bomb.yaml', text: `locality: &a {id: x}\nlist:\n${'  - *a\n'.repeat(20_000)}`, says: /alias/ },
		{ name: 'deep.yaml', text: `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, says: /nested/ },
		// Just under the depth at which the editor stops colouring the text: coloured, and nothing crashes.
		{ name: 'nested-390.yaml', text: `${'['.repeat(390)}${']'.repeat(390)}\n`, says: /nested/ }
	];
	for (const h of hostile) {
		test(`${h.name}: the loader's clear error in the editor, and the page answers`, async ({ page }) => {
			test.setTimeout(60_000);
			await openEditor(page);
			await page.locator('#map-file').setInputFiles({ name: h.name, mimeType: 'application/yaml', buffer: Buffer.from(h.text) });
			await expect(errorList(page).first()).toBeVisible({ timeout: 30_000 });
			const started = Date.now();
			await page.evaluate(() => 1);
			expect(Date.now() - started, 'the page answers at once, in ms').toBeLessThan(1000);
			const first = (await errorList(page).first().textContent()) ?? '';
			expect(first).toMatch(new RegExp(`^${h.name.replace('.', '\\.')}:\\d+:\\d+: `));
			expect(first).toMatch(h.says);
			expect(first).not.toMatch(/RangeError|TypeError|took too long|stopped reading/);
			await expect(page.getByText('No map is drawn until the text reads without errors.')).toBeVisible();
		});
	}

	test('"Save to file" writes exactly the text typed, back to the file it was opened from', async ({ page }) => {
		test.setTimeout(60_000);
		await fakeFileSystem(page, { 'thame.yaml': thame });
		await openEditor(page);
		await page.getByRole('button', { name: 'Open a file (and save back to it)…' }).click();
		await expect(page.getByRole('tab', { name: /thame\.yaml/ })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await content(page).click();
		await page.keyboard.press('Control+End');
		await page.keyboard.insertText('# checked at the meeting, café ✓');
		await expect(page.getByRole('tab', { name: /thame\.yaml/ })).toContainText(/not saved|unsaved|\*/i);
		await page.getByRole('button', { name: 'Save to file…' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved to thame.yaml.' })).toBeVisible();
		const typed = `${thame}# checked at the meeting, café ✓`;
		expect(thame.endsWith('\n')).toBe(true);
		expect((await disk(page))['thame.yaml']).toBe(typed);
		await expectNoAxeViolations(page);
	});

	test('"Save to file" on a map not opened from a file asks where, then writes there', async ({ page }) => {
		await fakeFileSystem(page, {});
		await openEditor(page);
		await page.getByRole('button', { name: 'Start from the blank map' }).click();
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await page.getByRole('button', { name: 'Save to file…' }).click();
		await expect(page.getByRole('status').filter({ hasText: /Saved to saved-.*\.yaml\./ })).toBeVisible();
		const files = await disk(page);
		const [name] = Object.keys(files);
		expect(files[name]).toContain('locality:');
	});
});
