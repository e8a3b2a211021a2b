/**
 * The views for each kind of reader: the induction tour, the comparison, who sits where,
 * upstream and downstream, and what changed. Every view of every locality opens without a
 * console error (the guard in fixtures.ts) and passes axe.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { localities } from './maps';

test('induction: choosing a post walks a tour step by step, the graph following, and prints a sheet', async ({ page }) => {
	await page.goto('/localities/bicester/induction');
	await page.getByLabel('Your post').selectOption('hsclw');
	await expect(page).toHaveURL(/role=hsclw/);
	const step = page.getByRole('region', { name: 'Welcome to Bicester' });
	await expect(step).toContainText('Step 1 of 6');
	await expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });

	const titles: string[] = [];
	for (let i = 0; i < 6; i++) {
		const heading = page.locator('#step-title');
		titles.push((await heading.textContent()) ?? '');
		await expectNoAxeViolations(page, i === 0 ? [] : ['.tour']);
		if (i < 5) {
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(heading).toBeFocused();
		}
	}
	expect(titles).toEqual([
		'Welcome to Bicester',
		'Your groups',
		// The schools, its employer, sit on BLIP: the tour does not say the post does.
		'Groups your agency sits on',
		'Who to ask for advice or supervision',
		'Where an issue you raise goes',
		'The people you will meet most often'
	]);
	await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.locator('#step-title')).toHaveText('Where an issue you raise goes');
	await expect(page.getByRole('list', { name: 'The route of an issue' }).getByRole('listitem')).toHaveText([
		'Home School Community Link Worker',
		'ISS forum (the ISS panel)',
		// Chaired by the local authority: part of the centre.
		'Bicester ISS pilot steering group'
	]);
	// The graph brings the route forward.
	await expect
		.poll(() => page.locator('.graph-canvas').evaluate((el) => (el as unknown as { cy: import('cytoscape').Core }).cy.nodes('.focused').length))
		.toBe(3);

	// The printed sheet holds every step on its own, without the controls.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('article', { name: 'Induction sheet' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Induction sheet' }).getByRole('heading', { level: 3 })).toHaveCount(6);
	await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
});

test('induction: a post chosen before the page’s scripts have run is kept when they do, and its tour shown', async ({ page }) => {
	// The page's scripts are held back until the post is chosen on the prerendered page, as on a slow connection.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/localities/abingdon/induction?role=pilot-coordinator', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Your post').selectOption('hsclw');
	await expect(page.locator('#step-title')).toHaveCount(0);
	release();
	// The choice stands over the address's `?role=`, and the address follows it.
	await expect(page.locator('#step-title')).toHaveText('Welcome to Abingdon', { timeout: 15_000 });
	await expect(page.getByLabel('Your post')).toHaveValue('hsclw');
	await expect(page).toHaveURL((url) => url.searchParams.get('role') === 'hsclw');
	// The tour is the chosen post's: its sheet (printed only, so read from the page's text) names it.
	const post = localities.find((l) => l.id === 'abingdon')!.roles.find((r) => r.id === 'hsclw')!;
	await expect(page.locator('article.sheet h2')).toHaveText(`Induction sheet: ${post.name}, Abingdon`);
});

test('induction: a link with the post in it opens the tour for that post', async ({ page }) => {
	await page.goto('/localities/abingdon/induction?role=pilot-coordinator');
	await expect(page.getByLabel('Your post')).toHaveValue('pilot-coordinator');
	await expect(page.locator('#step-title')).toHaveText('Welcome to Abingdon');
});

test('compare: every locality side by side; sorting by a measure reorders the rows', async ({ page }) => {
	await page.goto('/compare');
	const rows = page.locator('table.measures tbody tr');
	await expect(rows).toHaveCount(localities.length);
	await page.waitForLoadState('networkidle'); // the table's sort buttons are hydrated, so the click is heard
	await page.getByRole('button', { name: 'Groups', exact: true }).click();
	const header = page.locator('th', { has: page.getByRole('button', { name: 'Groups', exact: true }) });
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const groups = await rows.evaluateAll((trs) => trs.map((tr) => Number((tr.querySelectorAll('td')[2] as HTMLElement).innerText.replace(/[^\d.]/g, ''))));
	expect(groups).toEqual([...groups].sort((a, b) => b - a));
	await page.getByRole('button', { name: 'Groups', exact: true }).click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	// The best and worst of a measure are marked in words, not colour alone.
	await expect(page.locator('td.best').first()).toContainText(/▲\s*best/);
	await expect(page.locator('td.worst').first()).toContainText(/▼\s*worst/);
	// The charts' bars are told apart by colour, so each chart's figures are a table too.
	await page.getByText('The chart as a table').first().click();
	const figures = page.getByRole('table', { name: 'Agencies by sector' });
	await expect(figures.locator('tbody tr')).toHaveCount(localities.length);
	await expect(figures.getByRole('columnheader', { name: 'Education' })).toBeVisible();
	// Choosing localities keeps the choice in the address.
	await page.getByRole('checkbox', { name: 'Thame' }).uncheck();
	await expect(rows).toHaveCount(localities.length - 1);
	await expect(page).toHaveURL(/ids=/);
	await expect(page.getByRole('table').filter({ hasText: 'CS 1' })).toContainText('Experiencing collaborative inertia');
	await expectNoAxeViolations(page);
});

test('compare: a link with ids opens just those localities', async ({ page }) => {
	await page.goto('/compare?ids=banbury,city');
	await expect(page.locator('table.measures tbody tr')).toHaveCount(2);
	await expect(page.getByRole('img', { name: /as of/ })).toHaveCount(2);
});

test('who sits where: pointing at a mark lights its row and column; the table says the same', async ({ page }) => {
	await page.goto('/localities/city/matrix');
	const mark = page.locator('svg.scene rect title', { hasText: 'on Multi-agency support team (MAST)' }).first();
	// Pointing again until the page's scripts are ready: a pointer that arrives before them lights nothing, as on any page.
	await expect
		.poll(async () => {
			await page.mouse.move(0, 0);
			await mark.locator('..').hover();
			return page.locator('svg.scene rect[opacity="0.3"]').count();
		})
		.toBeGreaterThan(0);
	await expect(page.getByRole('table')).toContainText('Multi-agency support team (MAST)');
	await page.getByLabel('As in the map').check();
	await expectNoAxeViolations(page);
});

/**
 * Every view of every map is opened; axe (3–4 s a page here) checks every view of the two
 * largest maps, which have the most rows, findings and marks. Each map's own page is checked
 * by axe in a11y.spec.ts.
 */
const axeChecked = new Set([...localities].sort((a, b) => b.items.length - a.items.length).slice(0, 2).map((l) => l.id));
for (const l of localities) {
	const axe = axeChecked.has(l.id);
	test(`every view of ${l.name} opens${axe ? ' and passes axe' : ''}`, async ({ page }) => {
		const views = ['induction', 'matrix', 'river', ...(l.snapshots.length > 1 ? ['changes'] : [])];
		for (const view of views) {
			await page.goto(`/localities/${l.id}/${view}`);
			await expect(page.getByRole('navigation', { name: 'Views of this locality' }).locator('a[aria-current="page"]')).toBeVisible();
			if (axe) await expectNoAxeViolations(page);
		}
	});
}

test('what changed: the City from 2004 to July 2005, listed and drawn', async ({ page }) => {
	await page.goto('/localities/city/changes?from=2004&to=2005-07');
	await expect(page.getByText(/Between 2004 and July 2005: \d+ items added/)).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Added \(\d+\)/ })).toBeVisible();
	await expect(page.locator('section', { has: page.getByRole('heading', { name: /^Added \(\d+\)/ }) })).toContainText('Multi-agency support team (MAST)');
	await expect(page.getByRole('region', { name: 'In short' })).toContainText('City ISS Core Group gained 6 members');
	const canvas = page.locator('.graph-canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	const added = await canvas.evaluate((el) => (el as unknown as { cy: import('cytoscape').Core }).cy.nodes('.change-added').map((n) => n.id()));
	expect(added).toContain('mast');
});
