import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectDetails, openMap, test } from './fixtures';
import { largest, snapshots } from './maps';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoSeriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = serious
		.map((v) => [`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)].join('\n'))
		.join('\n');
	expect(serious.length, `serious or critical axe violations on ${page.url()}:\n${report}`).toBe(0);
}

test('axe: the index', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('table')).toBeVisible();
	await expectNoSeriousViolations(page);
});

test('axe: the glossary', async ({ page }) => {
	await page.goto('/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of groups');
	await expectNoSeriousViolations(page);
});

for (const s of snapshots) {
	test(`axe: ${s.path}`, async ({ page }) => {
		await openMap(page, s.path);
		await expectNoSeriousViolations(page);
	});
}

test('axe: a map with the details panel open and a search under way', async ({ page }) => {
	const group = largest.groups[0];
	await openMap(page, `${largest.path}?item=${group.id}`);
	await expectDetails(page, group);
	await page.getByRole('searchbox', { name: 'Find an item' }).fill(group.name.slice(0, 4));
	await expect(page.getByRole('list', { name: 'Matches' })).toBeVisible();
	await expectNoSeriousViolations(page);
});
