/**
 * The map in the exchange formats, downloaded from the browser: GraphML and GEXF read back
 * with graphology and hold every item and tie, the zip holds the two CSV sheets, the JSON is
 * the model; from a locality's page and from the editor alike. And the two CSV sheets of a
 * map, or its GEXF file, dropped on the editor, open as a map that reads without errors.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { loadMap } from '../../src/lib/load/load-map';
import { allItems, type LocalityModel } from '../../src/lib/model/locality-model';
import { expect, openMap, test } from './fixtures';

const banburyText = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps', 'banbury.yaml'), 'utf8');
const loaded = loadMap(banburyText, { file: 'banbury.yaml' });
if (!loaded.ok) throw new Error('maps/banbury.yaml does not load');
const banbury: LocalityModel = loaded.value;
const ids = allItems(banbury).map((item) => item.id);
const ties = banbury.groups.reduce((n, g) => n + g.members.length, 0) + banbury.links.length;

/** The file a format's button downloads, as bytes, with the name the browser was given. */
async function download(page: Page, menu: Locator, label: string): Promise<{ name: string; bytes: Buffer }> {
	const summary = menu.getByText('Download the map');
	if ((await menu.getAttribute('open')) === null) await summary.click();
	const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: label }).click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Checks every format the menu offers against the model of maps/banbury.yaml. */
async function checkEveryFormat(page: Page, menu: Locator) {
	const graphml = await download(page, menu, 'GraphML (Gephi, Cytoscape)');
	expect(graphml.name).toBe('banbury-2005.graphml');
	const g1 = parseGraphml(Graph, graphml.bytes.toString('utf8'));
	expect(g1.nodes()).toEqual(ids);
	expect(g1.size).toBe(ties);
	expect(g1.getNodeAttributes('sunshine-centre')).toMatchObject({ label: 'Sunshine Centre (family centre)', kind: 'agency', sector: 'community' });
	expect(typeof g1.getNodeAttribute('sunshine-centre', 'x')).toBe('number');

	const gexf = await download(page, menu, 'GEXF (Gephi)');
	expect(gexf.name).toBe('banbury-2005.gexf');
	const g2 = parseGexf(Graph, gexf.bytes.toString('utf8'));
	expect(g2.nodes()).toEqual(ids);
	expect(g2.size).toBe(ties);
	expect(g2.getNodeAttributes('sunshine-centre')).toMatchObject({ label: 'Sunshine Centre (family centre)', kind: 'agency', sector: 'community' });

	const zip = await download(page, menu, 'CSV sheets (zip)');
	expect(zip.name).toBe('banbury-2005-csv.zip');
	const files = unzipSync(new Uint8Array(zip.bytes));
	expect(Object.keys(files)).toEqual(['banbury-2005-elements.csv', 'banbury-2005-connections.csv']);
	const elements = Papa.parse<string[]>(strFromU8(files['banbury-2005-elements.csv']), { skipEmptyLines: true }).data;
	const connections = Papa.parse<string[]>(strFromU8(files['banbury-2005-connections.csv']), { skipEmptyLines: true }).data;
	expect(elements[0].slice(0, 4)).toEqual(['ID', 'Label', 'Type', 'Sector']);
	expect(elements.slice(1).map((row) => row[0])).toEqual(['banbury', ...ids]);
	expect(connections[0]).toEqual(['From', 'To', 'Type', 'Attendance', 'Notes', 'Source']);
	expect(connections).toHaveLength(ties + 1);

	const json = await download(page, menu, 'JSON');
	expect(json.name).toBe('banbury-2005.json');
	const { file: _, ...model } = JSON.parse(json.bytes.toString('utf8'));
	const { file: __, ...expected } = banbury;
	expect(model).toEqual(JSON.parse(JSON.stringify(expected)));
	return files;
}

/** Drops files on the page as a user dragging them from their computer would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
	await page.evaluate((files) => {
		const data = new DataTransfer();
		for (const f of files) data.items.add(new File([f.text], f.name, { type: f.name.endsWith('.csv') ? 'text/csv' : 'application/xml' }));
		for (const type of ['dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
	}, files);
}

const editorMenu = (page: Page) => page.locator('#editor-panel > .toolbar .export-menu');

test.describe('the map in exchange formats', () => {
	test('downloads every format from a locality’s page', async ({ page }) => {
		await openMap(page, '/localities/banbury');
		await checkEveryFormat(page, page.getByRole('group', { name: 'Graph controls' }).locator('.export-menu'));
	});

	test('downloads every format from the editor, and the CSV sheets dropped on the editor open as a map without errors', async ({ page }) => {
		await page.goto('/editor');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Map to copy').selectOption({ label: 'Banbury (2005)' });
		await page.getByRole('button', { name: 'Copy this map' }).click();
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		const files = await checkEveryFormat(page, editorMenu(page));

		// The sheets in the opposite order to the export's: the editor tells them apart by their columns.
		await dropFiles(page, [
			{ name: 'connections.csv', text: strFromU8(files['banbury-2005-connections.csv']) },
			{ name: 'elements.csv', text: strFromU8(files['banbury-2005-elements.csv']) }
		]);
		await expect(page.getByText(/Opened banbury.*\.yaml in a new tab/)).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('.yaml-editor')).toContainText('Imported from elements.csv and connections.csv.');
	});

	test('faulty CSV sheets dropped on the editor list every fault, and open nothing', async ({ page }) => {
		await page.goto('/editor');
		await page.waitForLoadState('networkidle');
		await dropFiles(page, [
			{ name: 'elements.csv', text: 'Label,Type,Sector,As of\nVale,locality,,2005\nSchools,agency,educaton,\n' },
			{ name: 'connections.csv', text: 'From,To,Type\nSchools,Panel,member\n' }
		]);
		const list = page.locator('.map-errors');
		await expect(list).toContainText('2 errors in the CSV sheets');
		await expect(list.locator('li')).toHaveText([/^elements\.csv:3:3: Sector: "educaton" is not a sector; .*did you mean "education"\?$/, /^connections\.csv:2:2: To: unknown item "Panel"/]);
		await expect(page.getByRole('tab')).toHaveCount(0);
	});

	test('the GEXF downloaded from a locality’s page, dropped on the editor, opens as a map without errors; a faulty one lists its faults', async ({ page }) => {
		await openMap(page, '/localities/banbury');
		const gexf = await download(page, page.getByRole('group', { name: 'Graph controls' }).locator('.export-menu'), 'GEXF (Gephi)');
		expect(gexf.name).toBe('banbury-2005.gexf');
		const text = gexf.bytes.toString('utf8');

		await page.goto('/editor');
		await page.waitForLoadState('networkidle');
		const faulty = text.replace('<attvalue for="sector" value="community"/>', '<attvalue for="sector" value="comunity"/>');
		const line = faulty.split('\n').findIndex((l) => l.includes('value="comunity"')) + 1;
		await dropFiles(page, [{ name: 'banbury-2005.gexf', text: faulty }]);
		const list = page.locator('.map-errors');
		await expect(list).toContainText('One error in banbury-2005.gexf');
		await expect(list.locator('li')).toHaveText([new RegExp(`^banbury-2005\\.gexf:${line}:\\d+: sector: "comunity" is not a sector; .*did you mean "community"\\?$`)]);
		await expect(page.getByRole('tab')).toHaveCount(0);

		await dropFiles(page, [{ name: gexf.name, text }]);
		await expect(page.getByText(/Opened banbury.*\.yaml in a new tab/)).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText('No errors')).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('.yaml-editor')).toContainText('Imported from banbury-2005.gexf.');
	});
});
