import { expect, expectDetails, expectNoAxeViolations, openMap, test } from './fixtures';
import { largest, snapshots } from './maps';

test('axe: the index', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('table')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('axe: the glossary', async ({ page }) => {
	await page.goto('/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of groups');
	await expectNoAxeViolations(page);
});

for (const s of snapshots) {
	test(`axe: ${s.path}`, async ({ page }) => {
		await openMap(page, s.path);
		await expectNoAxeViolations(page);
	});
}

test('axe: a map with the details panel open and a search under way', async ({ page }) => {
	const group = largest.groups[0];
	await openMap(page, `${largest.path}?item=${group.id}`);
	await expectDetails(page, group);
	await page.getByRole('searchbox', { name: 'Find an item' }).fill(group.name.slice(0, 4));
	await expect(page.getByRole('list', { name: 'Matches' })).toBeVisible();
	await expectNoAxeViolations(page);
});
