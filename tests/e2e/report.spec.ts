/**
 * The printable audit report of each locality: printed to PDF in Chromium (A4) and read back
 * with pdf.js, it has a sensible number of pages, every finding's heading, and no finding cut
 * in half by a page break; its Markdown download is what `npm run map -- report FILE` prints;
 * and it passes axe.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMap } from '../../src/cli/run-map';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { localities } from './maps';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ReportData {
	readonly sections: readonly { readonly findings: readonly { readonly heading: string; readonly words: string }[] }[];
	readonly questions: readonly { readonly list: readonly { readonly text: string }[] }[];
}

/**
 * What `npm run map -- report maps/FILE` and its arguments print: runMap is the whole command line
 * (src/cli/map.ts only ties it to the process, a line at a time), called here without starting a
 * process for each report.
 */
function cli(file: string, ...args: string[]): string {
	let stdout = '';
	const status = runMap(['report', `maps/${file}`, ...args], {
		cwd: ROOT,
		projectRoot: ROOT,
		out: (text) => (stdout += `${text}\n`),
		err: (text) => {
			throw new Error(`map report ${file} wrote to stderr: ${text}`);
		}
	});
	expect(status, `map report ${file} ${args.join(' ')}`).toBe(0);
	return stdout;
}

/** The text of each page of a PDF, whitespace made single spaces, as pdf.js reads it. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
		pages.push(flat(text));
	}
	await doc.destroy();
	return pages;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const s of localities) {
	test(`${s.name}: the printed report on A4 holds every finding whole, and its Markdown is the command line's`, async ({ page }) => {
		test.setTimeout(60_000);
		const data = JSON.parse(cli(s.file, '--json')) as ReportData;
		await page.goto(`/localities/${s.id}/report`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`Audit report: ${s.name}`);

		const pages = await pdfPages(await page.pdf({ format: 'A4' }));
		expect(pages.length, 'pages printed').toBeGreaterThanOrEqual(2);
		expect(pages.length, 'pages printed').toBeLessThanOrEqual(8);
		const findings = data.sections.flatMap((section) => section.findings);
		expect(findings.length).toBeGreaterThan(0);
		for (const f of findings) {
			const on = pages.findIndex((text) => text.includes(flat(f.heading)));
			expect(on, `"${f.heading}" printed`).toBeGreaterThanOrEqual(0);
			// The heading and all the finding's words on one page: no page break inside a finding.
			expect(pages[on], `"${f.heading}" whole on page ${on + 1}`).toContain(flat(f.words));
		}
		const all = pages.join(' ');
		for (const q of data.questions.flatMap((list) => list.list)) expect(all).toContain(flat(q.text));
		// Printed: no site navigation, no buttons.
		expect(all).not.toContain('Download as Markdown');
		expect(all).not.toContain('Open a map');

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
		expect(download.suggestedFilename()).toBe(`${s.id}-${s.as_of}-audit-report.md`);
		expect(readFileSync((await download.path())!, 'utf8')).toBe(cli(s.file));
	});
}

test('the report page: a view of the locality, its map drawn without a script, and axe finds nothing serious', async ({ page }) => {
	await page.goto('/localities/banbury');
	await page.getByRole('navigation', { name: 'Views of this locality' }).getByRole('link', { name: 'Audit report' }).click();
	await expect(page).toHaveURL(/\/localities\/banbury\/report$/);
	await expect(page.getByRole('link', { name: 'Audit report' })).toHaveAttribute('aria-current', 'page');
	const map = page.getByRole('img', { name: /Banbury as of 2005: the map with its hubs, gaps and single points of failure marked/ });
	await expect(map).toBeVisible();
	await expect(page.locator('.graph-canvas')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Single point of failure: Sunshine Centre (family centre)' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Views of this locality' })).toBeHidden();
});

test('the page reads without a script: the report is in the HTML built', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/localities/city/report');
	await expect(page.getByRole('heading', { name: 'Hub: City ISS Core Group' })).toBeVisible();
	await expect(page.locator('svg.scene polygon').first()).toBeVisible();
	await context.close();
});

test('the editor: a map open in it has the same report, and its Markdown is the command line’s', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/editor');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Map to copy').selectOption('abingdon.yaml');
	await page.getByRole('button', { name: 'Copy this map' }).click();
	await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
	await page.getByRole('group', { name: 'View of the map' }).getByRole('button', { name: 'Audit report' }).click();
	await expect(page.getByRole('heading', { name: 'Single point of failure: ISS pilot co-ordinator' })).toBeVisible({ timeout: 15_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
	expect(readFileSync((await download.path())!, 'utf8')).toBe(cli('abingdon.yaml'));
	await expectNoAxeViolations(page);

	// Printed from the editor, the report is printed, not the editor around it.
	const printed = (await pdfPages(await page.pdf({ format: 'A4' }))).join(' ');
	expect(printed).toContain('Single point of failure: ISS pilot co-ordinator');
	for (const editorText of ['Start a map', 'Change the map with forms', 'Keep a snapshot']) expect(printed).not.toContain(editorText);
});
