/**
 * The audit on the map page: each highlight mode restyles the same graph and keeps the key;
 * the audit panel lists findings, and choosing one brings its items forward; the what-if
 * takes an item out, shows who is cut off, and puts it back.
 */
import type { Core } from 'cytoscape';
import { expect, expectNoAxeViolations, openMap, test } from './fixtures';

type WithCy = HTMLElement & { cy: Core };

const classed = (canvas: import('@playwright/test').Locator, cls: string) =>
	canvas.evaluate((el, c) => (el as WithCy).cy.nodes(`.${c}`).map((n) => n.id()).sort(), cls);

test('Hubs sizes nodes by their ties: Banbury’s Sunshine Centre is the largest', async ({ page }) => {
	test.slow(); // two runs of axe over a map page, seconds each on a busy machine
	const canvas = await openMap(page, '/localities/banbury');
	await page.getByRole('button', { name: 'Hubs', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Hubs', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/mode=hubs/);
	const sizes = await canvas.evaluate((el) => {
		const cy = (el as WithCy).cy;
		return cy.nodes().map((n) => ({ id: n.id(), width: n.width() })).sort((a, b) => b.width - a.width);
	});
	expect(sizes[0].id).toBe('sunshine-centre');
	expect(await classed(canvas, 'hub')).toContain('sunshine-centre');
	// The key stays, and says what size means.
	await expect(page.getByRole('region', { name: 'Key' })).toContainText('Larger: tied directly to more of the system');
	await expectNoAxeViolations(page);
	// Gaps, on this smaller map too (axe over the largest map's page in each mode would take too long).
	await page.getByRole('button', { name: 'Gaps', exact: true }).click();
	await expect(page).toHaveURL(/mode=gaps/);
	await expectNoAxeViolations(page, ['.modes', '#map-workspace']);
});

test('Single points of failure outlines Abingdon’s co-ordinator and what it holds', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon?mode=fragile');
	await expect(page.getByRole('button', { name: 'Single points of failure' })).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => classed(canvas, 'fragile')).toContain('pilot-coordinator');
	// The pilot project employs him: a post and its employer go together, so only the local services are held.
	expect(await classed(canvas, 'held')).toEqual(expect.arrayContaining(['local-services']));
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'None', exact: true }).click();
	await expect.poll(() => classed(canvas, 'fragile')).toEqual([]);
});

test('Gaps marks the gaps the map records and the silences apart; a sector the map cannot say is missing gets no ghost', async ({ page }) => {
	const canvas = await openMap(page, '/localities/city');
	await page.getByRole('button', { name: 'Gaps', exact: true }).click();
	// The SCTs and MAST meet without all their members (3.5, Appendix 2d).
	await expect.poll(() => classed(canvas, 'gap')).toEqual(expect.arrayContaining(['mast', 'scts']));
	// Who sits on the project team and the stakeholder group is not recorded: asked, not asserted.
	expect(await classed(canvas, 'not-recorded')).toEqual(expect.arrayContaining(['project-team', 'stakeholder-group']));
	expect(await classed(canvas, 'gap')).not.toContain('project-team');
	// Some memberships are not recorded, so no sector is drawn as missing.
	expect(await canvas.evaluate((el) => (el as WithCy).cy.nodes('.ghost').length)).toBe(0);
	await expect(page.getByRole('region', { name: 'Key' })).toContainText('the map does not record');
	await page.getByRole('button', { name: 'Overlaps', exact: true }).click();
	// No two groups with their members recorded in full share two or more seats.
	await expect(page.getByRole('button', { name: 'Overlaps', exact: true })).toHaveAttribute('aria-pressed', 'true');
	expect(await canvas.evaluate((el) => (el as WithCy).cy.edges('.overlap-band').length)).toBe(0);
	await expectNoAxeViolations(page);
});

test('the audit panel lists findings with the report’s principles; choosing one brings its items forward', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon');
	const audit = page.getByRole('region', { name: 'Audit' });
	await expect(audit.getByRole('heading', { name: /Single points of failure \(\d+\)/ })).toBeVisible();
	const finding = audit.getByRole('button', { name: /If ISS pilot co-ordinator went/ });
	// The report's general principle, not one locality's story.
	await expect(audit).toContainText('Report 3.8, 5.2: A system that hangs on one post or group');
	await expect(audit).not.toContainText('took the knowledge with him');
	await finding.click();
	await expect(finding).toHaveAttribute('aria-pressed', 'true');
	await expect
		.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').map((n) => n.id()).sort()))
		.toEqual(['local-services', 'pilot-coordinator']);
	await finding.click();
	await expect.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').length)).toBe(0);
});

test('what if: taking the co-ordinator out shows who is cut off, and putting it back undoes it', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon?item=pilot-coordinator');
	await page.getByRole('button', { name: 'What if it went? Take it out' }).click();
	const audit = page.getByRole('region', { name: 'Audit' });
	await expect(audit.getByRole('heading', { name: 'What if these went' })).toBeVisible();
	// The report does not say who sits on the panel or the steering group: nothing the map records joins them, but it cannot say more.
	await expect(audit).toContainText('Nothing the map records joins these to the main part, but it does not record all the seats that might (2)');
	await expect.poll(() => classed(canvas, 'removed')).toEqual(['pilot-coordinator']);
	expect(await classed(canvas, 'cut-off')).toEqual(['iss-pilot', 'local-services']);
	await expect(audit.getByRole('heading', { name: /^Hubs/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await audit.getByRole('button', { name: 'Put back' }).click();
	await expect(audit.getByRole('heading', { name: 'What if these went' })).toHaveCount(0);
	await expect.poll(() => classed(canvas, 'removed')).toEqual([]);
	expect(await classed(canvas, 'cut-off')).toEqual([]);
});

test('closing the details keeps the keyboard in the panel', async ({ page }) => {
	await openMap(page, '/localities/bicester?item=iss-forum');
	await page.getByRole('button', { name: /^Close the details of/ }).click();
	await expect(page.getByRole('heading', { name: 'Audit', level: 2 })).toBeFocused();
});
