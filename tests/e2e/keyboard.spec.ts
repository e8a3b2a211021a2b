import { expect, expectDetails, expectFocusedNode, openMap, test } from './fixtures';
import { largest, uniqueItem } from './maps';

const s = largest;

test(`keyboard: Tab reaches the skip link first, then every control of ${s.path}, and Enter opens a name`, async ({ page }) => {
	const canvas = await openMap(page, s.path);

	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the main content' });
	await expect(skip).toBeFocused();
	// It shows itself when focused.
	const box = await skip.boundingBox();
	expect(box && box.x >= 0 && box.y >= 0, 'the skip link is on screen when focused').toBe(true);

	// Tab on until a name in the text view has focus, noting every stop on the way.
	const stops: string[] = [];
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return 'body';
			const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
			return `${el.closest('#text-view') ? 'text-view ' : ''}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${name}`.trim();
		});
		stops.push(stop);
		if (stop.startsWith('text-view button')) break;
	}
	const reached = (pattern: RegExp) => expect(stops.some((stop) => pattern.test(stop)), `${pattern} in the tab order:\n${stops.join('\n')}`).toBe(true);
	reached(/^input#map-search/);
	reached(/^select#layout-choice/);
	reached(/^button Zoom in$/);
	reached(/^button Zoom out$/);
	reached(/^button Fit to screen$/);
	reached(/^text-view button /);

	// The focused name is the first group in the text view; Enter opens its details.
	const group = s.groups[0];
	await expect(page.locator('#text-view button:focus')).toHaveText(group.name);
	await page.keyboard.press('Enter');
	await expectDetails(page, group);
	await expectFocusedNode(canvas, group.id);

	// Focus follows to the details, which are on screen, so the next Tab is the panel's own.
	const title = page.locator('#item-title');
	await expect(title).toBeFocused();
	await expect(title).toBeInViewport();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: `Close the details of ${group.name}` })).toBeFocused();

	// Enter on a related name in the panel opens that item, and focus is not lost with the old list.
	const related = page.locator('section.item-panel .related button:focus');
	for (let i = 0; i < 6 && (await related.count()) === 0; i++) await page.keyboard.press('Tab');
	await expect(related, 'Tab reaches the first related name in the panel').toHaveCount(1);
	const name = (await related.textContent())!.trim();
	const item = s.items.find((i) => i.name === name)!;
	expect(item, `${name} is an item of ${s.file}`).toBeDefined();
	await page.keyboard.press('Enter');
	await expectDetails(page, item);
	await expect(title).toBeFocused();
});

test('keyboard: the layout select and the search box work without a mouse', async ({ page }) => {
	const canvas = await openMap(page, s.path);
	const select = page.getByLabel('Layout', { exact: true });
	await select.focus();
	await page.keyboard.press('ArrowDown');
	await expect(select).not.toHaveValue('layered');
	await expect(page).toHaveURL((url) => url.searchParams.has('layout'));

	const item = uniqueItem(s, 'group');
	await page.getByRole('searchbox', { name: 'Find an item' }).focus();
	await page.keyboard.type(item.name);
	await page.keyboard.press('Enter');
	await expectDetails(page, item);
	await expectFocusedNode(canvas, item.id);
});

test('keyboard: the map is walked by arrows and Tab, Enter opens an item, Escape ends the walk, and each item is announced', async ({ page }) => {
	const canvas = await openMap(page, '/localities/banbury');
	await page.waitForLoadState('networkidle');
	const said = page.locator('[aria-live="polite"]').filter({ hasText: /./ });
	type WithCy = HTMLElement & { cy: import('cytoscape').Core };
	const walking = () => canvas.getAttribute('data-walking');
	const neighbours = (id: string) => canvas.evaluate((el, id) => (el as WithCy).cy.getElementById(id).neighborhood('node').map((n) => n.id()), id);
	const label = (id: string) => canvas.evaluate((el, id) => String((el as WithCy).cy.getElementById(id).data('name') ?? (el as WithCy).cy.getElementById(id).data('label')), id);

	// Two keystrokes from the top of the page: the second skip link goes straight to the graph.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the graph' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(canvas).toBeFocused();
	await expect(canvas).toHaveAccessibleDescription(/arrow key goes to the item nearest that way/);

	// The first arrow starts on the most tied item, and says what it is.
	await page.keyboard.press('ArrowRight');
	await expect.poll(walking).not.toBeNull();
	const first = (await walking())!;
	await expect(said.last()).toHaveText(/, (post in .+|agency \(.+\)|group \(.+\))\. .*(One tie|\d+ ties)\./);
	expect(await canvas.evaluate((el, id) => (el as WithCy).cy.getElementById(id).hasClass('walk'), first)).toBe(true);

	// Tab goes to a neighbour of that item; the focus stays on the map.
	await page.keyboard.press('Tab');
	await expect.poll(walking).not.toBe(first);
	const second = (await walking())!;
	expect(await neighbours(first)).toContain(second);
	await expect(canvas).toBeFocused();

	// An arrow moves on to a neighbour of the item reached, or says nothing lies that way.
	const before = second;
	await page.keyboard.press('ArrowDown');
	await expect.poll(async () => (await walking()) !== before || /lies that way/.test((await said.last().textContent()) ?? '')).toBe(true);

	// Enter opens the item's details, and the walk goes on from there.
	const reached = (await walking())!;
	await page.keyboard.press('Enter');
	await expectDetails(page, { id: reached, name: (await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent())! });
	await expect(page.getByRole('complementary', { name: 'Details' }).locator('section.item-panel')).toHaveAttribute('data-item', reached);
	await canvas.focus();

	// Escape ends the walk; Tab then leaves the map as usual.
	await page.keyboard.press('Escape');
	await expect.poll(walking).toBeNull();
	await expect(said.last()).toHaveText('The walk has ended. Tab moves on from the map.');
	expect(await label(first)).not.toBe('');
	// A second Escape closes the details, and the keyboard stays on the map.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('complementary', { name: 'Details' }).locator('section.item-panel')).toHaveCount(0);
	await expect(canvas).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(canvas).not.toBeFocused();
});

test('keyboard: "What if it went?" keeps the keyboard on the what-if, and Escape closes an item’s details', async ({ page }) => {
	await openMap(page, '/localities/banbury?item=sunshine-centre');
	await page.waitForLoadState('networkidle');
	const details = page.getByRole('complementary', { name: 'Details' });
	await expect(details.locator('section.item-panel')).toHaveAttribute('data-item', 'sunshine-centre');

	// Escape from within the details closes them, and the keyboard stays in the panel.
	await details.getByRole('button', { name: /Close the details/ }).focus();
	await page.keyboard.press('Escape');
	await expect(details.locator('section.item-panel')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Audit', level: 2 })).toBeFocused();

	// Taking an item out by keyboard leaves the keyboard on what its loss means.
	await page.goto('/localities/banbury?item=sunshine-centre');
	await page.waitForLoadState('networkidle');
	await details.getByRole('button', { name: 'What if it went? Take it out' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'What if these went' })).toBeFocused();
	await expect(page).toHaveURL(/removed=sunshine-centre/);
});

test('reduced motion: the graph changes its view at once, without animating', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const canvas = await openMap(page, '/localities/banbury');
	await page.waitForLoadState('networkidle');
	type WithCy = HTMLElement & { cy: import('cytoscape').Core };
	const zoom = () => canvas.evaluate((el) => (el as WithCy).cy.zoom());
	const fitted = await zoom();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(zoom).toBeGreaterThan(fitted);
	await page.getByRole('button', { name: 'Fit to screen' }).click();
	// Read in the same task as the click's effect: nothing is still moving.
	expect(await canvas.evaluate((el) => (el as WithCy).cy.animated())).toBe(false);
	expect(await zoom()).toBeCloseTo(fitted, 5);
});
