/**
 * The "Open a map" page: a map file read in the browser, off the page's thread, and drawn,
 * audited and listed as the built-in maps are. Files are given to the page as buffers.
 * Hostile maps: HTML and script in every text, ids named after Object.prototype, and
 * files built to exhaust a parser, none of which may run code, break a view or freeze
 * the tab.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { clickableNode, expect, expectDetails, expectNoAxeViolations, graphSummary, test } from './fixtures';
import { snapshots } from './maps';

const MAPS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps');
const thame = snapshots.find((s) => s.file === 'thame.yaml')!;
const thameBytes = readFileSync(join(MAPS_DIR, thame.file));

const fileInput = (page: Page) => page.getByLabel('Choose a map file (YAML)');
/** The page's own status line (the map's download menus have their own, later on the page). */
const status = (page: Page) => page.getByRole('status').first();
const errorList = (page: Page) => page.locator('.map-errors li');
const canvas = (page: Page) => page.locator('.graph-canvas');

async function openFile(page: Page, name: string, content: string | Buffer) {
	await fileInput(page).setInputFiles({ name, mimeType: 'application/yaml', buffer: typeof content === 'string' ? Buffer.from(content) : content });
}

/**
 * Gives the page a large file by its path on disk. A buffer would be sent to the page as
 * base64 and made into a file on the page's own thread, which would stall it for seconds
 * before the app had seen a byte.
 */
async function openLargeFile(page: Page, name: string, content: string | Buffer) {
	const path = test.info().outputPath(name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
	await fileInput(page).setInputFiles(path);
}

/** Waits until the opened map is drawn, and returns its graph. */
async function drawn(page: Page): Promise<Locator> {
	await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
	return canvas(page);
}

/** Fails the test on any alert, confirm or prompt: a map's text must never run. */
function failOnDialog(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}

/** Every WCAG 2.2 AA rule, at every impact. */
async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const report = results.violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
	expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

const yamlString = (s: string) => JSON.stringify(s);

test.describe('opening a map', () => {
	test('a valid file is drawn, audited and listed, and the page says nothing leaves the browser', async ({ page }) => {
		await page.goto('/open');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a map from your computer');
		await expect(page.getByText('Your file is read inside your browser and never leaves it')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Open a map' })).toHaveAttribute('aria-current', 'page');

		await openFile(page, 'thame.yaml', thameBytes);
		const graph = await drawn(page);
		expect((await graphSummary(graph)).nodes.sort()).toEqual(thame.items.map((i) => i.id).sort());
		await expect(page.getByRole('heading', { name: 'Audit', level: 2 })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /^Thame as of 2005/ })).toBeVisible();
		await expect(status(page)).toContainText('Opened thame.yaml');
		await expect(page.locator('#text-view')).toContainText(thame.groups[0].name);
		await expectNoViolations(page);
	});

	test('the selected item is kept in the address, and forgotten when another map opens', async ({ page }) => {
		await page.goto('/open');
		await openFile(page, 'thame.yaml', thameBytes);
		const graph = await drawn(page);
		const node = await clickableNode(graph);
		await page.mouse.click(node.x, node.y);
		await expectDetails(page, node);
		await page.getByRole('button', { name: 'Hubs' }).click();
		await expect(page).toHaveURL(/mode=hubs/);

		await openFile(page, 'thame-again.yaml', thameBytes);
		await expect(status(page)).toContainText('Opened thame-again.yaml');
		await expect(page).toHaveURL((url) => !url.searchParams.has('item'));
		await drawn(page);
		await expect(page.getByRole('heading', { name: 'Audit', level: 2 })).toBeVisible();
	});

	test('pasted text is read as a file is', async ({ page }) => {
		await page.goto('/open');
		await page.getByText("Paste the map's text instead").click();
		await page.getByLabel("The map's text (YAML)").fill(thameBytes.toString('utf8'));
		await page.getByRole('button', { name: 'Draw the pasted map' }).click();
		const graph = await drawn(page);
		expect((await graphSummary(graph)).nodes).toHaveLength(thame.items.length);
	});

	test('a broken file lists its errors as the command line prints them, and the last good map stays', async ({ page }) => {
		await page.goto('/open');
		await openFile(page, 'thame.yaml', thameBytes);
		const graph = await drawn(page);

		const broken = thameBytes.toString('utf8').replace('  - id: lord-williams\n', '  - id: lord-williams\n    colour: red\n').replace('agency: schools', 'agency: school');
		await openFile(page, 'broken.yaml', broken);
		await expect(page.getByRole('heading', { level: 2, name: /errors? in broken\.yaml/ })).toBeVisible();
		const lines = await errorList(page).allTextContents();
		expect(lines.length).toBeGreaterThanOrEqual(2);
		for (const line of lines) expect(line).toMatch(/^broken\.yaml:\d+:\d+: \S/);
		expect(lines.join('\n')).toContain('agencies[0].colour');
		expect(lines.join('\n')).toMatch(/"school"/);
		await expect(status(page)).toContainText('The map shown is still Thame, from thame.yaml');
		await expect(page.locator('.kept')).toContainText('The map below is still Thame, from thame.yaml');
		// Still drawn, and still the same map.
		expect((await graphSummary(graph)).nodes).toHaveLength(thame.items.length);
		await expectNoViolations(page);
	});

	test('errors with no map open pass axe too', async ({ page }) => {
		await page.goto('/open');
		await openFile(page, 'empty.yaml', '# nothing\n');
		await expect(errorList(page)).toHaveCount(1);
		await expect(errorList(page)).toHaveText([/^empty\.yaml:1:1: /]);
		await expect(page.locator('.kept')).toHaveText('No map is shown until a file opens without errors.');
		await expectNoViolations(page);
	});
});

test.describe('HTML and script in a map are text, everywhere', () => {
	const H = {
		img: '<img src=x onerror=alert(1)>',
		script: '<script>alert(2)</script>',
		svg: '"><svg onload=alert(3)>',
		iframe: '<iframe src="javascript:alert(4)"></iframe>',
		style: '<style>body{display:none}</style>',
		entity: "&lt;b&gt; &amp; {@html x} ${alert(5)} '-alert(6)-'"
	};
	const names = {
		town: `Town ${H.img}`,
		socialCare: `${H.img} Social care`,
		schools: `${H.svg} Schools`,
		worker: `${H.script} Worker`,
		teacher: `${H.iframe} Teacher`,
		panel: `${H.svg} Panel`,
		forum: `${H.entity} Forum`
	};
	const texts = {
		summary: `${H.script} A summary. ${H.svg}`,
		workerNotes: `${H.svg} notes on the worker`,
		panelPurpose: `${H.img} panel purpose`,
		forumPurpose: `${H.style} forum purpose`
	};
	// The worker sits on both groups and is the only tie of Social care: a hub and a single point of failure.
	const map = `locality:
  id: hostile-town
  name: ${yamlString(names.town)}
  as_of: "2005"
  summary: ${yamlString(texts.summary)}
  notes: ${yamlString(H.iframe)}
agencies:
  - id: social-care
    name: ${yamlString(names.socialCare)}
    sector: social-care
    notes: ${yamlString(H.script)}
  - id: schools
    name: ${yamlString(names.schools)}
    sector: education
roles:
  - id: worker
    name: ${yamlString(names.worker)}
    agency: social-care
    notes: ${yamlString(texts.workerNotes)}
  - id: teacher
    name: ${yamlString(names.teacher)}
    agency: schools
groups:
  - id: panel
    name: ${yamlString(names.panel)}
    type: panel
    purpose: ${yamlString(texts.panelPurpose)}
    notes: ${yamlString(H.style)}
    members: [worker, teacher]
  - id: forum
    name: ${yamlString(names.forum)}
    type: forum
    purpose: ${yamlString(texts.forumPurpose)}
    members: [worker, schools]
links:
  - from: panel
    to: forum
    kind: refers
    notes: ${yamlString(H.img)}
`;

	test('no dialog, no element injected, and the text shows literally in every view', async ({ page }) => {
		const dialogs = failOnDialog(page);
		await page.goto('/open');
		await openFile(page, 'hostile.yaml', map);
		const graph = await drawn(page);

		// Heading, summary and the document's title.
		await expect(page.locator('#opened-title')).toContainText(names.town);
		await page.locator('.opened details.summary summary').click();
		await expect(page.locator('.opened details.summary')).toContainText(texts.summary);
		await expect(page.locator('.opened details.summary')).toContainText(H.iframe);
		await expect(page).toHaveTitle(`${names.town} (opened) · Open a map · Locality maps`);

		// The graph's labels: the raw text, drawn on a canvas as text.
		const data = await graph.evaluate((el) => {
			const cy = (el as HTMLElement & { cy: import('cytoscape').Core }).cy;
			return Object.fromEntries(cy.nodes().map((n) => [n.id(), { name: n.data('name') as string, label: n.data('label') as string }]));
		});
		expect(data.worker).toEqual({ name: names.worker, label: names.worker });
		expect(data['social-care'].name).toBe(names.socialCare);
		expect(data.panel.name).toBe(names.panel);
		expect(data.panel.label.startsWith(`${names.panel}\n`)).toBe(true);
		expect(data.forum.name).toBe(names.forum);

		// The audit panel names the worker as a hub and a single point of failure.
		const audit = page.locator('section.audit');
		await expect(audit).toContainText(names.worker);

		// The tables of the text view.
		const textView = page.locator('#text-view');
		for (const text of [...Object.values(names).filter((n) => n !== names.town), texts.workerNotes, texts.panelPurpose, texts.forumPurpose]) {
			await expect(textView).toContainText(text);
		}

		// The tooltip, on hovering the worker.
		const worker = await clickableNode(graph, 'worker');
		await page.mouse.move(worker.x, worker.y);
		await expect(page.getByRole('tooltip')).toContainText(names.worker);

		// The details panel.
		await page.mouse.click(worker.x, worker.y);
		await expectDetails(page, { id: 'worker', name: names.worker });
		const details = page.getByRole('complementary', { name: 'Details' });
		await expect(details).toContainText(texts.workerNotes);
		await expect(details).toContainText(names.panel);
		await expect(details).toContainText(names.forum);
		await details.getByRole('button', { name: names.panel }).click();
		await expectDetails(page, { id: 'panel', name: names.panel });
		await expect(details).toContainText(texts.panelPurpose);
		await expect(details).toContainText(H.style);

		// Nothing from the map became an element.
		await expect(page.locator('img[src="x"], [onerror], [onload], iframe, svg[onload]')).toHaveCount(0);
		await expect(page.locator('script', { hasText: 'alert(' })).toHaveCount(0);
		await expect(page.locator('style', { hasText: 'display:none' })).toHaveCount(0);
		await expect(page.locator('body')).toBeVisible();
		expect(dialogs).toEqual([]);
	});

	test('an error about a hostile key or value shows as text', async ({ page }) => {
		const dialogs = failOnDialog(page);
		await page.goto('/open');
		const broken = map.replace('    sector: education\n', `    sector: education\n    ${yamlString(H.img)}: 1\n`).replace('agency: schools', `agency: ${yamlString(H.script)}`);
		await openFile(page, `${H.svg}.yaml`, broken);
		await expect(errorList(page).first()).toBeVisible();
		const all = (await errorList(page).allTextContents()).join('\n');
		expect(all).toContain(`${H.svg}.yaml:`);
		expect(all).toContain(H.img);
		await expect(page.locator('img[src="x"], [onerror], [onload], svg[onload]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});
});

test.describe('ids named after Object.prototype', () => {
	const items = [
		{ id: 'constructor', name: 'Constructor agency', kind: 'agency' },
		{ id: 'prototype', name: 'Prototype agency', kind: 'agency' },
		{ id: 'tostring', name: 'ToString post', kind: 'role' },
		{ id: 'hasownproperty', name: 'HasOwnProperty post', kind: 'role' },
		{ id: 'valueof', name: 'ValueOf post', kind: 'role' },
		{ id: 'isprototypeof', name: '__proto__ post', kind: 'role' },
		{ id: '0', name: 'Group zero', kind: 'group' },
		{ id: 'length', name: 'Length group', kind: 'group' }
	] as const;
	const map = `locality:
  id: prototype
  name: Proto town
  as_of: "2005"
agencies:
  - { id: constructor, name: Constructor agency, sector: social-care }
  - { id: prototype, name: Prototype agency, sector: education }
roles:
  - { id: tostring, name: ToString post, agency: constructor }
  - { id: hasownproperty, name: HasOwnProperty post, agency: prototype }
  - { id: valueof, name: ValueOf post, agency: constructor }
  - { id: isprototypeof, name: __proto__ post, agency: prototype }
groups:
  - id: "0"
    name: Group zero
    type: panel
    chair: tostring
    members: [tostring, hasownproperty]
  - id: length
    name: Length group
    type: forum
    members: [hasownproperty, valueof, prototype]
links:
  - { from: "0", to: length, kind: refers }
  - { from: length, to: constructor, kind: reports-to }
`;

	test('open, draw every node, audit, and show each item’s details without an error', async ({ page }) => {
		await page.goto('/open');
		await openFile(page, 'prototype.yaml', map);
		const graph = await drawn(page);
		expect((await graphSummary(graph)).nodes.sort()).toEqual(items.map((i) => i.id).sort());

		const audit = page.locator('section.audit');
		await expect(audit.getByRole('heading', { name: 'Audit', level: 2 })).toBeVisible();
		await expect(audit.getByRole('heading', { name: /^Hubs \(\d+\)$/ })).toBeVisible();
		await expect(audit.getByRole('heading', { name: /^Single points of failure \(\d+\)$/ })).toBeVisible();
		// Prototype agency is the only tie of the __proto__ post.
		await expect(audit).toContainText('Prototype agency');
		for (const mode of ['Hubs', 'Overlaps', 'Gaps', 'Single points of failure']) {
			await page.getByRole('group', { name: 'Highlight' }).getByRole('button', { name: mode, exact: true }).click();
			await expect(page.getByRole('group', { name: 'Highlight' }).getByRole('button', { name: mode, exact: true })).toHaveAttribute('aria-pressed', 'true');
		}

		const textView = page.locator('#text-view');
		for (const item of items) {
			await textView.getByRole('button', { name: item.name, exact: true }).first().click();
			await expectDetails(page, item);
		}
	});
});

test.describe('hostile files never freeze the tab', () => {
	test.setTimeout(90_000);

	/** Records the longest gap between animation frames from now until the returned function is called. */
	async function watchFrames(page: Page): Promise<() => Promise<number>> {
		await page.evaluate(() => {
			const w = window as unknown as { frames_: { longest: number; stop: boolean } };
			w.frames_ = { longest: 0, stop: false };
			let last = performance.now();
			const tick = (now: number) => {
				w.frames_.longest = Math.max(w.frames_.longest, now - last);
				last = now;
				if (!w.frames_.stop) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		return () =>
			page.evaluate(() => {
				const w = window as unknown as { frames_: { longest: number; stop: boolean } };
				w.frames_.stop = true;
				return w.frames_.longest;
			});
	}

	const flowUnit = '[[],[]],';
	const hostile: { name: string; make: () => string; says: RegExp }[] = [
		{ name: 'alias-bomb.yaml', make: () => `locality: &a {id: x}\nlist:\n${'  - *a\n'.repeat(20_000)}`, says: /alias/ },
		{
			name: 'flow-sequences.yaml',
			make: () => `x: [${flowUnit.repeat(Math.floor((9.5 * 1024 * 1024) / flowUnit.length))}[]]\n`,
			says: /./
		},
		{ name: 'deep.yaml', make: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, says: /nested/ }
	];

	for (const h of hostile) {
		test(`${h.name}: one clear error, and the page answers all the while`, async ({ page }) => {
			await page.goto('/open');
			const longestFrame = await watchFrames(page);
			await openLargeFile(page, h.name, h.make());
			// While the map is being read, the page answers at once, again and again.
			const answers: number[] = [];
			do {
				const started = Date.now();
				await page.evaluate(() => 1);
				answers.push(Date.now() - started);
				await page.waitForTimeout(200);
			} while ((await status(page).textContent())?.startsWith('Reading'));
			expect(Math.max(...answers), 'the longest wait for the page to answer, in ms').toBeLessThan(1000);
			await expect(errorList(page).first()).toBeVisible({ timeout: 30_000 });
			expect(await longestFrame(), 'the longest gap between frames, in ms').toBeLessThan(1000);

			const lines = await errorList(page).allTextContents();
			expect(lines.length).toBeGreaterThanOrEqual(1);
			for (const line of lines) {
				expect(line).toMatch(new RegExp(`^${h.name.replace('.', '\\.')}:\\d+:\\d+: `));
				expect(line).not.toMatch(/Maximum call stack|RangeError|TypeError|InternalError|\n|\bat \S+:\d+/);
				// The loader answered itself: the page's own safety nets (the time limit, the browser stopping the worker) were not needed.
				expect(line).not.toContain('took too long');
				expect(line).not.toContain('stopped reading');
			}
			expect(lines[0]).toMatch(h.says);
		});
	}

	test('a file over 10 MB is refused before it is read, with the size', async ({ page }) => {
		await page.goto('/open');
		await page.evaluate(() => {
			const w = window as unknown as { reads_: number };
			w.reads_ = 0;
			for (const proto of [Blob.prototype, File.prototype]) {
				for (const method of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
					const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
					if (typeof original !== 'function') continue;
					(proto as unknown as Record<string, unknown>)[method] = function (this: Blob, ...args: unknown[]) {
						w.reads_++;
						return original.apply(this, args);
					};
				}
			}
		});
		await openLargeFile(page, 'big.yaml', Buffer.alloc(11 * 1024 * 1024, 0x20));
		await expect(errorList(page)).toHaveText([/^big\.yaml:1:1: the file is 11\.0 MB, more than the limit of 10\.0 MB/]);
		expect(await page.evaluate(() => (window as unknown as { reads_: number }).reads_)).toBe(0);
		await expectNoAxeViolations(page);
	});
});
