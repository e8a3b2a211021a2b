/**
 * The editor's graph as the map changes: a group typed into a copy of Bicester is drawn
 * beside the items already there, which stay exactly where they were on screen, and the
 * item the reader had chosen stays chosen; an item renamed is relabelled where it stands.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { clickableNode, expect, expectDetails, expectFocusedNode, graphSummary, nodePlaces, test } from './fixtures';

const MAPS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps');
const bicester = readFileSync(join(MAPS_DIR, 'bicester.yaml'), 'utf8');
const NEW_GROUP = '  - { id: parents-panel, name: Parents panel, type: panel, members: [hsclw, sencos] }\n';

const editorReady = (page: Page) => expect(page.locator('.yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const graphReady = (page: Page) => expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const content = (page: Page) => page.getByRole('textbox', { name: 'The map’s text (YAML)' });

/** Waits until the graph stands still: no animation, and the same pan and zoom over two frames. */
async function standingStill(canvas: Locator) {
	await expect
		.poll(() =>
			canvas.evaluate(
				(el) =>
					new Promise<boolean>((resolve) => {
						const cy = (el as HTMLElement & { cy: Core }).cy;
						const view = () => JSON.stringify([cy.pan(), cy.zoom()]);
						const before = view();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve(!cy.animated() && view() === before)));
					})
			)
		)
		.toBe(true);
}

/** Opens a copy of Bicester in the editor and waits until it is drawn. */
async function copyBicester(page: Page): Promise<Locator> {
	await page.goto('/editor');
	await page.waitForLoadState('networkidle'); // the start form is hydrated, so the choice below sticks
	await page.getByLabel('Map to copy').selectOption('bicester.yaml');
	await page.getByRole('button', { name: 'Copy this map' }).click();
	await editorReady(page);
	await graphReady(page);
	await expect(page.getByText('No errors')).toBeVisible();
	return page.locator('.graph-canvas');
}

/** Puts the cursor at the very start of a line of the text (not Home: on an indented line it stops after the indent). */
async function goToLine(page: Page, line: number) {
	await content(page).click();
	await page.keyboard.press('Control+Home');
	for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
}

test('a group typed into the map is drawn beside the items already there, which keep their places', async ({ page }) => {
	test.setTimeout(60_000);
	const canvas = await copyBicester(page);

	const chosen = await clickableNode(canvas);
	await page.mouse.click(chosen.x, chosen.y);
	await expectDetails(page, chosen);
	await expectFocusedNode(canvas, chosen.id);
	await standingStill(canvas);
	const before = await nodePlaces(canvas);

	// Typed as the first line of the links, so the group is the last of the groups.
	await goToLine(page, bicester.split('\n').indexOf('links:') + 1);
	await page.keyboard.insertText(NEW_GROUP);
	await expect.poll(async () => (await graphSummary(canvas)).nodes, { timeout: 15_000 }).toContain('parents-panel');
	await expect(page.getByText('No errors')).toBeVisible();
	await standingStill(canvas);
	const after = await nodePlaces(canvas);

	expect(Object.keys(after.rendered).sort()).toEqual([...Object.keys(before.rendered), 'parents-panel'].sort());
	for (const [id, p] of Object.entries(before.rendered)) {
		expect(Math.abs(after.rendered[id].x - p.x), `${id} moved across`).toBeLessThan(0.5);
		expect(Math.abs(after.rendered[id].y - p.y), `${id} moved up or down`).toBeLessThan(0.5);
	}
	// The new group is drawn in view, clear of the others, near the posts that sit on it.
	const placed = after.rendered['parents-panel'];
	expect(placed.x).toBeGreaterThan(0);
	expect(placed.x).toBeLessThan(after.width);
	expect(placed.y).toBeGreaterThan(0);
	expect(placed.y).toBeLessThan(after.height);
	const apart = (id: string) => Math.hypot(after.model[id].x - after.model['parents-panel'].x, after.model[id].y - after.model['parents-panel'].y);
	for (const id of Object.keys(before.model)) expect(apart(id), `parents-panel to ${id}`).toBeGreaterThan(40);
	expect(Math.min(apart('hsclw'), apart('sencos'))).toBeLessThan(250);

	// The chosen item is still chosen, and the new group is faded unless it is tied to it, like the rest.
	await expectDetails(page, chosen);
	await expectFocusedNode(canvas, chosen.id);
	const faded = await canvas.evaluate((el) => (el as HTMLElement & { cy: Core }).cy.getElementById('parents-panel').hasClass('faded'));
	expect(faded).toBe(!['hsclw', 'sencos'].includes(chosen.id));
});

test('an item renamed as another is added far off: relabelled where it stands, and the view widened to the newcomer', async ({ page }) => {
	test.setTimeout(60_000);
	const canvas = await copyBicester(page);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await standingStill(canvas);
	const before = await nodePlaces(canvas);

	// One edit: an agency tied to nothing (drawn below the others, out of view) before the local authority, renamed.
	const old = 'Local authority (Oxfordshire)';
	const idLine = bicester.split('\n').indexOf('  - id: local-authority') + 1;
	expect(bicester.split('\n')[idLine]).toBe(`    name: ${old}`);
	await goToLine(page, idLine);
	await page.keyboard.press('Shift+ArrowDown');
	await page.keyboard.press('Shift+End');
	await page.keyboard.insertText('  - { id: lone-agency, name: Lone agency, sector: other }\n  - id: local-authority\n    name: LA');
	await expect.poll(async () => (await graphSummary(canvas)).nodes, { timeout: 15_000 }).toContain('lone-agency');
	await standingStill(canvas);

	const after = await nodePlaces(canvas);
	for (const [id, p] of Object.entries(before.model)) expect(after.model[id], id).toEqual(p);
	expect(after.zoom, 'the view widened to take in the new agency').toBeLessThan(before.zoom);
	const lone = after.rendered['lone-agency'];
	expect(lone.x > 0 && lone.x < after.width && lone.y > 0 && lone.y < after.height, 'the new agency in view').toBe(true);
	// The renamed item's label is measured anew: its box is the short label's, not the old one's (about 130 px, on two lines).
	const label = await canvas.evaluate((el) => {
		const node = (el as HTMLElement & { cy: Core }).cy.getElementById('local-authority');
		return { text: node.data('label') as string, width: node.boundingBox({ includeNodes: false }).w };
	});
	expect(label.text).toBe('LA');
	expect(label.width).toBeLessThan(60);
});

test('"Lay out again" makes the layout afresh, as a new visit to the same draft draws it', async ({ page }) => {
	test.setTimeout(60_000);
	const canvas = await copyBicester(page);
	await goToLine(page, bicester.split('\n').indexOf('links:') + 1);
	await page.keyboard.insertText(NEW_GROUP);
	await expect.poll(async () => (await graphSummary(canvas)).nodes, { timeout: 15_000 }).toContain('parents-panel');
	await standingStill(canvas);
	const kept = (await nodePlaces(canvas)).model;

	await page.getByRole('button', { name: 'Lay out again' }).click();
	await standingStill(canvas);
	const again = (await nodePlaces(canvas)).model;
	expect(again).not.toEqual(kept);

	await expect(page.getByText(/Draft saved at/)).toBeVisible();
	await page.waitForTimeout(600); // the draft is kept 0.4 s after the last change
	await page.reload();
	await graphReady(page);
	await standingStill(canvas);
	expect((await nodePlaces(canvas)).model).toEqual(again);
});
