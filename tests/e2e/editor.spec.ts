/**
 * The map editor: a copy of a bundled map edited as YAML, read as the user types, with the
 * loader's errors listed and marked in the text, the last good map kept (marked out of date)
 * while the text is broken, drafts kept in the browser across a reload, and a save that
 * gives back exactly the text typed. Nothing leaves the browser (the guard in fixtures.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { applyEdit } from '../../src/lib/edit/apply-edit';
import type { MapEdit } from '../../src/lib/edit/map-edit';
import type { ItemId } from '../../src/lib/format/schema';
import { groupTypes } from '../../src/lib/format/vocabulary';
import { minimalChange } from '../../src/lib/editor/text-change';
import { formatError } from '../../src/lib/load/errors';
import { loadMap } from '../../src/lib/load/load-map';
import { expect, expectNoAxeViolations, graphSummary, test } from './fixtures';

const MAPS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps');
const bicester = readFileSync(join(MAPS_DIR, 'bicester.yaml'), 'utf8');
const NEW_AGENCY = '  - { id: new-agency, name: New agency, sector: health }\n';

const editorReady = (page: Page) => expect(page.locator('.yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const graphReady = (page: Page) => expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const content = (page: Page) => page.getByRole('textbox', { name: 'The map’s text (YAML)' });

/** The cursor's 1-based line (from the active line's gutter) and column (from the DOM selection). */
async function cursor(page: Page): Promise<{ line: number; column: number }> {
	const line = Number(await page.locator('.cm-activeLineGutter').first().textContent());
	const column = await page.evaluate(() => {
		const selection = document.getSelection()!;
		const lineEl = (selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode?.parentElement)?.closest('.cm-line');
		if (!lineEl) return -1;
		const range = document.createRange();
		range.setStart(lineEl, 0);
		range.setEnd(selection.focusNode!, selection.focusOffset);
		return range.toString().length + 1;
	});
	return { line, column };
}

async function goToLine(page: Page, line: number) {
	await content(page).click();
	await page.keyboard.press('Control+Home');
	for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Home');
}

test.describe('the map editor', () => {
	test('edits a copy of Bicester live, keeps the draft, and saves exactly what was typed', async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/editor');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map editor');
		await expect(page.getByText('Everything stays in your browser')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Editor' })).toHaveAttribute('aria-current', 'page');

		await page.waitForLoadState('networkidle'); // the start form is hydrated, so the choice below sticks
		await page.getByLabel('Map to copy').selectOption('bicester.yaml');
		await page.getByRole('button', { name: 'Copy this map' }).click();
		await expect(page.getByRole('tab', { name: /bicester\.yaml/ })).toHaveAttribute('aria-selected', 'true');
		await editorReady(page);
		await graphReady(page);
		await expect(page.getByText('No errors')).toBeVisible();
		const canvas = page.locator('.graph-canvas');
		const before = (await graphSummary(canvas)).nodes.sort();
		expect(before).toContain('local-authority');
		await expect(page.getByText(/Draft saved at \d\d:\d\d:\d\d/)).toBeVisible();
		await expectNoAxeViolations(page);

		// Break line 5 (`  kind: pilot` becomes `pilots`).
		await goToLine(page, 5);
		await page.keyboard.press('End');
		await page.keyboard.type('s');
		const broken = bicester.replace('\n  kind: pilot\n', '\n  kind: pilots\n');
		const expected = loadMap(broken, { file: 'bicester.yaml' });
		expect(expected.ok).toBe(false);
		const wanted = expected.ok ? [] : expected.errors;
		expect(wanted[0]).toMatchObject({ line: 5, column: 9 });
		const errorButtons = page.locator('.error-list button');
		await expect(errorButtons).toHaveText(wanted.map(formatError));
		await expect(page.getByText(`Out of date: the text has ${wanted.length === 1 ? 'one error' : `${wanted.length} errors`}.`)).toBeVisible();
		await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
		expect((await graphSummary(canvas)).nodes.sort()).toEqual(before);
		await expectNoAxeViolations(page);

		// Choosing the error puts the cursor at its line and column, in the focused editor.
		await page.keyboard.press('Control+Home');
		await errorButtons.first().click();
		await expect(content(page)).toBeFocused();
		await expect.poll(() => cursor(page)).toEqual({ line: 5, column: 9 });

		// Fix it, and add an agency: the graph and the counts follow.
		await page.keyboard.press('End');
		await page.keyboard.press('Backspace');
		await expect(page.getByText('No errors')).toBeVisible();
		await expect(page.getByText(/^Out of date/)).toHaveCount(0);
		const rolesLine = bicester.split('\n').indexOf('roles:') + 1;
		await goToLine(page, rolesLine);
		await page.keyboard.insertText(NEW_AGENCY);
		await expect.poll(async () => (await graphSummary(canvas)).nodes, { timeout: 15_000 }).toContain('new-agency');
		const edited = bicester.replace(/^roles:/m, `${NEW_AGENCY}roles:`);
		const model = loadMap(edited, { file: 'bicester.yaml' });
		if (!model.ok) throw new Error(model.errors.map(formatError).join('\n'));
		await expect(page.getByText(`${model.value.agencies.length} agencies,`)).toBeVisible();
		await expect(page.getByText('No errors')).toBeVisible();
		await expect(page.getByText(/Draft saved at/)).toBeVisible();
		await page.waitForTimeout(600); // the draft is kept 400 ms after the last keystroke

		// Leaving with changes not saved to a file asks first; the draft comes back.
		const asked = new Promise<string>((resolve) =>
			page.once('dialog', (dialog) => {
				resolve(dialog.type());
				void dialog.accept();
			})
		);
		await page.reload();
		expect(await asked).toBe('beforeunload');
		await editorReady(page);
		await expect(page.getByRole('tab', { name: /bicester\.yaml/ })).toBeVisible();
		await expect(page.getByText(/Your drafts are back/)).toBeVisible();
		await graphReady(page);
		await expect.poll(async () => (await graphSummary(page.locator('.graph-canvas'))).nodes).toContain('new-agency');

		// Save gives the text back byte for byte.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save bicester.yaml' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('bicester.yaml');
		expect(readFileSync((await file.path())!, 'utf8')).toBe(edited);
		await expect(page.getByRole('tab', { name: /not saved to a file/ })).toHaveCount(0);
	});

	test('forms add a group with two members in step with the text, and Ctrl+Z undoes it like typing', async ({ page }) => {
		test.setTimeout(90_000);
		const loaded = loadMap(bicester, { file: 'bicester.yaml' });
		if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
		const nameOf = (id: string) => loaded.value.roles.find((r) => r.id === id)!.name;
		const id = (s: string) => s as ItemId;
		const addGroup: MapEdit = {
			action: 'add-group',
			id: id('parents-forum'),
			name: 'Parents forum',
			type: 'panel',
			members: [{ id: id('hsclw') }, { id: id('sencos'), attendance: 'occasional' }]
		};
		const added = applyEdit(bicester, addGroup);
		if (!added.ok) throw new Error(added.message);
		const newLines = minimalChange(bicester, added.text)!.insert.split('\n').map((l) => l.trim()).filter(Boolean);
		expect(newLines).toContain('- id: parents-forum');

		await page.goto('/editor');
		await page.waitForLoadState('networkidle'); // the start form is hydrated, so the choice below sticks
		await page.getByLabel('Map to copy').selectOption('bicester.yaml');
		await page.getByRole('button', { name: 'Copy this map' }).click();
		await expect(page.getByRole('tab', { name: /bicester\.yaml/ })).toHaveAttribute('aria-selected', 'true');
		await editorReady(page);
		await graphReady(page);
		await expect(page.getByText('No errors')).toBeVisible();
		const canvas = page.locator('.graph-canvas');
		const before = (await graphSummary(canvas)).nodes;

		// The group, its type (with the glossary's words beside it) and two members, by the forms alone.
		const forms = page.getByRole('region', { name: 'Change the map with forms' });
		await expect(forms.getByRole('radio', { name: 'Groups' })).toBeChecked();
		await forms.getByLabel('Name', { exact: true }).fill('Parents forum');
		await forms.getByLabel('Type').selectOption('panel');
		await expect(forms.getByText(groupTypes.get('panel')!.description)).toBeVisible();
		await expect(forms.getByLabel('Type')).toHaveAccessibleDescription(new RegExp(groupTypes.get('panel')!.description.slice(0, 30)));
		await forms.getByLabel('Member to add').selectOption('hsclw');
		await forms.getByRole('button', { name: 'Add member' }).click();
		await expect(forms.getByLabel('Member to add')).toBeFocused();
		await forms.getByLabel('Member to add').selectOption('sencos');
		await forms.getByLabel('Attendance', { exact: true }).selectOption('occasional');
		await forms.getByRole('button', { name: 'Add member' }).click();
		await expect(forms.getByLabel(`Attendance of ${nameOf('sencos')}`)).toHaveValue('occasional');
		await expectNoAxeViolations(page);
		await forms.getByRole('button', { name: 'Add this group' }).click();
		await expect(forms.getByLabel('Group to add or change')).toBeFocused();

		const nodes = async () => (await graphSummary(canvas)).nodes;
		await expect.poll(nodes, { timeout: 15_000 }).toContain('parents-forum');
		expect((await nodes()).length).toBe(before.length + 1);
		for (const line of newLines) await expect(content(page)).toContainText(line);
		await expect(forms.getByLabel(`Attendance of ${nameOf('hsclw')}`)).toHaveValue('regular');
		await expectNoAxeViolations(page);

		// Undo and redo in the text editor take the form's edit back and forth, text and graph alike.
		await content(page).focus();
		await page.keyboard.press('Control+z');
		await expect(content(page)).not.toContainText('id: parents-forum');
		await expect.poll(nodes, { timeout: 15_000 }).not.toContain('parents-forum');
		expect((await nodes()).length).toBe(before.length);
		await page.keyboard.press('Control+Shift+z');
		await expect.poll(nodes, { timeout: 15_000 }).toContain('parents-forum');
		// (The redone text is off screen in CodeMirror's viewport; the saved bytes below hold it.)

		// A member removed by the form; the saved file is exactly that edit on the added group.
		await expect(forms.getByLabel('Group to add or change')).toHaveValue('parents-forum');
		await forms.getByRole('button', { name: `Remove ${nameOf('sencos')}` }).click();
		await expect(forms.getByLabel(`Attendance of ${nameOf('sencos')}`)).toHaveCount(0, { timeout: 15_000 });
		const removed = applyEdit(added.text, { action: 'remove-member', group: id('parents-forum'), id: id('sencos') });
		if (!removed.ok) throw new Error(removed.message);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save bicester.yaml' }).click();
		expect(readFileSync((await (await download).path())!, 'utf8')).toBe(removed.text);

		// An edit the map refuses is said in words beside the form.
		const employer = loaded.value.roles.find((r) => r.id === 'hsclw')!.agency;
		await forms.getByRole('radio', { name: 'Agencies' }).check();
		await forms.getByLabel('Agency to add or change').selectOption(employer);
		await forms.getByRole('button', { name: 'Remove this agency' }).click();
		await expect(forms.getByRole('alert')).toContainText(`"${employer}" cannot be removed while posts belong to it`);

		// While the text is broken, the forms say so and are turned off.
		await goToLine(page, 5);
		await page.keyboard.press('End');
		await page.keyboard.type('s');
		await expect(forms.getByText('The text has errors, so the forms are turned off.')).toBeVisible();
		await expect(forms.getByRole('button', { name: 'Save changes to this agency' })).toBeDisabled();
		await expectNoAxeViolations(page);
		await page.keyboard.press('Backspace');
		await expect(forms.getByRole('button', { name: 'Save changes to this agency' })).toBeEnabled();
	});

	test('every view of the site on the map being edited: the induction tour, who sits where, upstream and downstream', async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto('/editor');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Map to copy').selectOption('bicester.yaml');
		await page.getByRole('button', { name: 'Copy this map' }).click();
		await editorReady(page);
		await graphReady(page);
		const views = page.getByRole('group', { name: 'View of the map' });

		await views.getByRole('button', { name: 'Induction for new staff' }).click();
		await expect(views.getByRole('button', { name: 'Induction for new staff' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByLabel('Your post').selectOption('hsclw');
		await expect(page.locator('#step-title')).toHaveText('Welcome to Bicester');
		await expectNoAxeViolations(page);

		await views.getByRole('button', { name: 'Who sits where' }).click();
		await expect(page.getByRole('table', { name: 'Groups in rows, posts and agencies in columns' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Groups in rows, posts and agencies in columns' })).toContainText('ISS forum (the ISS panel)');

		await views.getByRole('button', { name: 'Upstream and downstream' }).click();
		await expect(page.getByRole('table', { name: 'Items with the tiers they serve' })).toBeVisible();
		await expectNoAxeViolations(page);

		await views.getByRole('button', { name: 'Map and audit' }).click();
		await graphReady(page);
	});
});
