/**
 * The editor's forms, for people who have never seen YAML: a map built from the blank one by
 * forms alone (the locality, an agency, two posts, a group with members, a chair and how often
 * it meets, a link changed), written into the text exactly as `applyEdit` writes it; a
 * form half filled in keeps what was typed while the text is read again; and the draft,
 * discarded, does not come back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { applyEdit } from '../../src/lib/edit/apply-edit';
import type { MapEdit } from '../../src/lib/edit/map-edit';
import { BLANK_TEMPLATE, TEMPLATE_FILE_NAME } from '../../src/lib/editor/template';
import type { ItemId } from '../../src/lib/format/schema';
import { boundaries, groupTypes, linkKinds } from '../../src/lib/format/vocabulary';
import { expect, expectNoAxeViolations, graphSummary, test } from './fixtures';

/** After the whole page once, axe checks the forms each step opened (a whole page with its graph costs seconds a run). */
const FORMS = ['section.map-forms'];

const id = (s: string) => s as ItemId;
const editorReady = (page: Page) => expect(page.locator('.yaml-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const graphReady = (page: Page) => expect(page.locator('.graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const content = (page: Page) => page.getByRole('textbox', { name: 'The map’s text (YAML)' });

/** The form edits the test makes, in order, as the forms should send them. */
const EDITS: readonly MapEdit[] = [
	{ action: 'set-locality', changes: { name: 'Riverside', boundary: 'unclear' } },
	{ action: 'add-agency', id: id('health-visiting'), name: 'Health visiting', sector: 'health', tiers: [1, 2] },
	{ action: 'add-role', id: id('health-visitor'), name: 'Health visitor', agency: id('health-visiting'), count: 2.5, systems_minder: true },
	{ action: 'add-role', id: id('school-nurse'), name: 'School nurse', agency: id('health-visiting'), funding: 'short-term' },
	{
		action: 'add-group',
		id: id('riverside-panel'),
		name: 'Riverside panel',
		type: 'panel',
		meets: 'monthly',
		chair: id('health-visitor'),
		members: [{ id: id('health-visitor') }, { id: id('school-nurse'), attendance: 'occasional' }]
	},
	{ action: 'update-link', index: 0, changes: { kind: 'informs' } }
];
/** A link typed into the YAML at the end of the text. */
const TYPED_LINK = '  - { from: riverside-panel, to: social-care, kind: raises-issues }\n';
const PURPOSE = 'Cases at tier 3 and';

function edited(text: string, edit: MapEdit): string {
	const result = applyEdit(text, edit);
	if (!result.ok) throw new Error(result.message);
	return result.text;
}

async function goToLine(page: Page, line: number) {
	await content(page).click();
	await page.keyboard.press('Control+Home');
	for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
}

test('forms build a map from the blank one, in step with the text, and keep what is half typed; the draft can be discarded', async ({ page }) => {
	test.setTimeout(120_000);
	const afterForms = EDITS.reduce(edited, BLANK_TEMPLATE);
	const typed = afterForms + TYPED_LINK;
	const meetsLine = typed.split('\n').indexOf('    meets: monthly') + 1;
	expect(meetsLine).toBeGreaterThan(0);
	const retyped = typed.split('\n').map((line, i) => (i === meetsLine - 1 ? '    meets: termly' : line)).join('\n');
	const final = edited(retyped, { action: 'update-group', id: id('riverside-panel'), changes: { purpose: PURPOSE } });

	await page.goto('/editor');
	await page.waitForLoadState('networkidle'); // the start form is hydrated, so the click below is heard
	await page.getByRole('button', { name: 'Start from the blank map' }).click();
	await editorReady(page);
	await graphReady(page);
	await expect(page.getByText('No errors')).toBeVisible();
	expect((await graphSummary(page.locator('.graph-canvas'))).nodes).toContain('locality-forum');
	const forms = page.getByRole('region', { name: 'Change the map with forms' });
	const status = forms.getByRole('status');

	// The locality: a date the map cannot hold is refused beside the field, then the name and boundary are saved.
	await forms.getByRole('radio', { name: 'Locality' }).check();
	const date = forms.getByLabel('Date the map describes');
	await date.fill('July 2025');
	await forms.getByRole('button', { name: 'Save the locality' }).click();
	await expect(forms.getByRole('alert')).toHaveText(/is not a date the map can hold/);
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	await expect(date).toHaveAccessibleDescription(/is not a date the map can hold/);
	await date.fill('2025-01');
	await forms.getByLabel('Name', { exact: true }).fill('Riverside');
	await forms.getByLabel('Boundary').selectOption('unclear');
	await expect(forms.getByLabel('Boundary')).toHaveAccessibleDescription(boundaries.get('unclear')!.description);
	await expectNoAxeViolations(page);
	await forms.getByRole('button', { name: 'Save the locality' }).click();
	await expect(status).toHaveText('Saved the changes to the locality Riverside.');
	await expect(forms.getByRole('alert')).toHaveCount(0);

	// An agency, then two posts in it.
	await forms.getByRole('radio', { name: 'Agencies' }).check();
	await forms.getByLabel('Name', { exact: true }).fill('Health visiting');
	await forms.getByLabel('Sector').selectOption('health');
	await forms.getByRole('checkbox', { name: '1 Universal' }).check();
	await forms.getByRole('checkbox', { name: '2 Additional' }).check();
	await forms.getByRole('button', { name: 'Add this agency' }).click();
	await expect(forms.getByLabel('Agency to add or change')).toBeFocused();
	await expect(forms.getByLabel('Agency to add or change')).toHaveValue('health-visiting');

	await forms.getByRole('radio', { name: 'Posts' }).check();
	const agencyOfPost = forms.getByLabel('Agency that employs the post');
	await forms.getByLabel('Name', { exact: true }).fill('Health visitor');
	await agencyOfPost.selectOption('health-visiting');
	await forms.getByLabel('How many posts').fill('2.5');
	await forms.getByLabel('Minds the system').selectOption('yes');
	await expectNoAxeViolations(page, FORMS);
	await forms.getByRole('button', { name: 'Add this post' }).click();
	await expect(forms.getByLabel('Post to add or change')).toHaveValue('health-visitor');
	await forms.getByLabel('Post to add or change').selectOption('');
	await expect(forms.getByLabel('Name', { exact: true })).toHaveValue('');
	await forms.getByLabel('Name', { exact: true }).fill('School nurse');
	await agencyOfPost.selectOption('health-visiting');
	await forms.getByLabel('Funding').selectOption('short-term');
	await forms.getByRole('button', { name: 'Add this post' }).click();
	await expect(forms.getByLabel('Post to add or change')).toHaveValue('school-nurse');

	// A group with both posts as members, a chair and how often it meets; a double click adds it once.
	await forms.getByRole('radio', { name: 'Groups' }).check();
	await forms.getByLabel('Name', { exact: true }).fill('Riverside panel');
	await forms.getByLabel('Type').selectOption('panel');
	await expect(forms.getByLabel('Type')).toHaveAccessibleDescription(new RegExp(groupTypes.get('panel')!.description.slice(0, 30)));
	await forms.getByLabel('Chair').selectOption('health-visitor');
	await forms.getByLabel('How often it meets').selectOption('monthly');
	await forms.getByLabel('Member to add').selectOption('health-visitor');
	await forms.getByRole('button', { name: 'Add member' }).click();
	await forms.getByLabel('Member to add').selectOption('school-nurse');
	await forms.getByLabel('Attendance', { exact: true }).selectOption('occasional');
	await forms.getByRole('button', { name: 'Add member' }).click();
	await expect(forms.getByLabel('How fully the members are recorded')).toHaveValue('complete');
	await forms.getByText('More about this group').click();
	await expect(forms.getByLabel('Upstream or downstream')).toBeVisible();
	await expectNoAxeViolations(page, FORMS);
	await forms.getByRole('button', { name: 'Add this group' }).dblclick();
	await expect(forms.getByLabel('Group to add or change')).toBeFocused();
	await expect(forms.getByLabel('Group to add or change')).toHaveValue('riverside-panel');
	await expect(forms.getByLabel('Attendance of School nurse')).toHaveValue('occasional', { timeout: 15_000 });

	// The blank map's one link, changed from "refers" to "informs".
	await forms.getByRole('radio', { name: 'Links' }).check();
	await forms.getByLabel('Link to add or change').selectOption('0');
	await expect(forms.getByLabel('Kind')).toHaveValue('refers');
	await forms.getByLabel('Kind').selectOption('informs');
	await expect(forms.getByLabel('Kind')).toHaveAccessibleDescription(linkKinds.get('informs')!.description);
	await expectNoAxeViolations(page, FORMS);
	await forms.getByRole('button', { name: 'Save changes to this link' }).click();
	await expect(status).toHaveText(/^Saved the link: Locality forum informs Social care\./);
	await expect(forms.getByRole('listitem').filter({ hasText: 'Locality forum informs Social care' })).toHaveCount(1);
	await expect(page.getByText('No errors')).toBeVisible();
	// (CodeMirror draws only the lines near the view; the saved file at the end holds the whole text.)
	await expect(content(page)).toContainText('- id: riverside-panel');
	await expect(content(page)).toContainText('kind: informs             # reports-to');

	// A new group's name, half typed, survives the text being read again after typing in the YAML.
	const canvas = page.locator('.graph-canvas');
	const links = async () => (await graphSummary(canvas)).edges.link ?? 0;
	const linksBefore = await links();
	await forms.getByRole('radio', { name: 'Groups' }).check();
	await forms.getByLabel('Group to add or change').selectOption('');
	await forms.getByLabel('Name', { exact: true }).fill('Parents gro');
	await content(page).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.insertText(TYPED_LINK);
	await expect.poll(links, { timeout: 15_000 }).toBe(linksBefore + 1);
	await expect(forms.getByLabel('Name', { exact: true })).toHaveValue('Parents gro');

	// A group's purpose, half typed, survives the YAML changing how often the group meets; that field follows the text.
	await forms.getByLabel('Group to add or change').selectOption('riverside-panel');
	await expect(forms.getByLabel('Name', { exact: true })).toHaveValue('Riverside panel');
	await forms.getByLabel('Purpose').fill(PURPOSE);
	await goToLine(page, meetsLine);
	for (let i = 0; i < 'monthly'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.insertText('termly');
	await expect(forms.getByLabel('How often it meets')).toHaveValue('termly', { timeout: 15_000 });
	await expect(forms.getByLabel('Purpose')).toHaveValue(PURPOSE);
	await forms.getByRole('button', { name: 'Save changes to this group' }).click();
	await expect(status).toHaveText('Saved the changes to Riverside panel.');
	await expect(page.getByText('No errors')).toBeVisible();

	// The saved file is exactly these edits on the blank map: one group, no second from the double click.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: `Save ${TEMPLATE_FILE_NAME}` }).click();
	expect(readFileSync((await (await download).path())!, 'utf8')).toBe(final);

	// The draft discarded is gone for good: a reload offers to start a map again.
	await page.getByRole('button', { name: 'Discard this draft…' }).click();
	await page.getByRole('button', { name: 'Yes, discard it' }).click();
	await expect(page.getByRole('tab')).toHaveCount(0);
	await page.waitForTimeout(300);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Start a map' })).toBeVisible();
	await page.waitForTimeout(500);
	await expect(page.getByRole('tab')).toHaveCount(0);
});
