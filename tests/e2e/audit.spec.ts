/**
 * The audit on the map page: each highlight mode restyles the same graph and keeps the key;
 * the audit panel lists findings, and choosing one brings its items forward; the what-if
 * takes an item out, shows who is cut off, and puts it back.
 */
import type { Core } from 'cytoscape';
import { expect, expectNoSeriousViolations, openMap, test } from './fixtures';

type WithCy = HTMLElement & { cy: Core };

const classed = (canvas: import('@playwright/test').Locator, cls: string) =>
	canvas.evaluate((el, c) => (el as WithCy).cy.nodes(`.${c}`).map((n) => n.id()).sort(), cls);

test('Hubs sizes nodes by betweenness: Banbury’s Sunshine Centre is the largest', async ({ page }) => {
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
	await expect(page.getByRole('region', { name: 'Key' })).toContainText('Larger: more of the system runs through it');
});

test('Single points of failure outlines Abingdon’s co-ordinator and what it holds', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon?mode=fragile');
	await expect(page.getByRole('button', { name: 'Single points of failure' })).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => classed(canvas, 'fragile')).toContain('pilot-coordinator');
	expect(await classed(canvas, 'held')).toEqual(expect.arrayContaining(['iss-pilot', 'local-services']));
	await page.getByRole('button', { name: 'None', exact: true }).click();
	await expect.poll(() => classed(canvas, 'fragile')).toEqual([]);
});

test('Gaps adds ghost nodes for missing sectors; Overlaps joins overlapping groups with a band', async ({ page }) => {
	const canvas = await openMap(page, '/localities/kidlington');
	await page.getByRole('button', { name: 'Gaps', exact: true }).click();
	await expect
		.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.ghost').map((n) => n.data('label')).sort()))
		.toEqual(['Missing: Families', 'Missing: Social care']);
	await page.getByRole('button', { name: 'Overlaps', exact: true }).click();
	await expect.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.ghost').length)).toBe(0);
	const bands = await canvas.evaluate((el) => (el as WithCy).cy.edges('.overlap-band').map((e) => [e.source().id(), e.target().id(), e.data('label')]));
	expect(bands).toEqual([['hsclw-steering-group', 'heads-partnership', '50% shared']]);
	await expectNoSeriousViolations(page);
});

test('the audit panel lists findings with the report’s principles; choosing one brings its items forward', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon');
	const audit = page.getByRole('region', { name: 'Audit' });
	await expect(audit.getByRole('heading', { name: /Single points of failure \(\d+\)/ })).toBeVisible();
	const finding = audit.getByRole('button', { name: /If ISS pilot co-ordinator went/ });
	await expect(audit).toContainText('Report Appendix 2c: A pilot stalled when its co-ordinator left');
	await finding.click();
	await expect(finding).toHaveAttribute('aria-pressed', 'true');
	await expect
		.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').map((n) => n.id()).sort()))
		.toEqual(['iss-pilot', 'local-services', 'pilot-coordinator']);
	await finding.click();
	await expect.poll(() => canvas.evaluate((el) => (el as WithCy).cy.nodes('.focused').length)).toBe(0);
});

test('what if: taking the co-ordinator out shows who is cut off, and putting it back undoes it', async ({ page }) => {
	const canvas = await openMap(page, '/localities/abingdon?item=pilot-coordinator');
	await page.getByRole('button', { name: 'What if it went? Take it out' }).click();
	const audit = page.getByRole('region', { name: 'Audit' });
	await expect(audit.getByRole('heading', { name: 'What if these went' })).toBeVisible();
	await expect(audit).toContainText('Cut off from the main part (2)');
	await expect.poll(() => classed(canvas, 'removed')).toEqual(['pilot-coordinator']);
	expect(await classed(canvas, 'cut-off')).toEqual(['iss-pilot', 'local-services']);
	await expect(audit.getByRole('heading', { name: /^Hubs/ })).toBeVisible();
	await expectNoSeriousViolations(page);
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
