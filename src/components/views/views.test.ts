/**
 * The views render from models alone: built here from YAML, as the editor builds one in the
 * browser, with no route, no `page.data` and no URL. Rendered on the server, as the build does.
 */
import { compareScenes } from '$lib/charts/compare-charts';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '$lib/model/locality-model';
import { comparisonRow, measures, type ComparisonRow } from '$lib/views/compare';
import { matrixPart, membershipMatrix } from '$lib/views/membership-matrix';
import { river } from '$lib/views/river';
import { modelOf, VALID_MAP } from '../../../tests/unit/helpers/fixtures';
import { reportMap } from '../../../tests/unit/helpers/maps';
import ChangesView from './ChangesView.svelte';
import CompareTable from './CompareTable.svelte';
import CompareView from './CompareView.svelte';
import InductionView from './InductionView.svelte';
import MatrixView from './MatrixView.svelte';
import RiverView from './RiverView.svelte';

const model = modelOf(VALID_MAP);
const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('InductionView', () => {
	it('offers every post and shows no tour until one is chosen', () => {
		const { body } = render(InductionView, { props: { model } });
		expect(text(body)).toContain('Home School Community Link Worker (Schools)');
		expect(body).not.toContain('Step 1 of');
	});

	it('walks the tour of the chosen post and holds its printed sheet', () => {
		const { body } = render(InductionView, { props: { model, role: 'hsclw' as ItemId } });
		expect(text(body)).toMatch(/Step 1 of \d+/);
		expect(text(body)).toContain('Induction sheet: Home School Community Link Worker, Example Vale');
	});

	it('treats an id that is not a post of the model as no choice', () => {
		const { body } = render(InductionView, { props: { model, role: 'schools' as ItemId } });
		expect(body).not.toContain('Step 1 of');
	});
});

describe('MatrixView', () => {
	it('draws the groups against their members, and the same as a table', () => {
		const { body } = render(MatrixView, { props: { model } });
		expect(text(body)).toContain('Who sits on which group in Example Vale');
		expect(text(body)).toContain('The same, as a table');
		expect(text(body)).toContain('Member (occasional)');
	});
});

describe('MatrixView of a large map', () => {
	// 120 groups, each with its own post: 120 rows and 120 columns.
	const lines = ['locality: { id: big, name: Big, as_of: "2026" }', 'agencies:', '  - { id: a, name: Agency, sector: health }', 'roles:'];
	for (let i = 0; i < 120; i++) lines.push(`  - { id: r${i}, name: Post ${i}, agency: a }`);
	lines.push('groups:');
	for (let g = 0; g < 120; g++) lines.push(`  - { id: g${g}, name: Group ${g}, type: panel, members: [r${g}] }`);
	const big = modelOf(`${lines.join('\n')}\n`);
	const rows = (body: string) => body.match(/<th scope="row">/g)?.length;
	const columns = (body: string) => (body.match(/<th scope="col">/g)?.length ?? 0) - 1;

	it('shows a hundred groups against a hundred posts and agencies, with a pager each way', () => {
		const { body } = render(MatrixView, { props: { model: big } });
		expect([rows(body), columns(body)]).toEqual([100, 100]);
		expect(text(body)).toContain('Groups 1–100 of 120');
		expect(text(body)).toContain('Posts and agencies 1–100 of 120');
	});

	it('before its model comes, shows the first page it is given, and waits to change the order or show more', () => {
		const first = matrixPart(membershipMatrix(big), 100, 100);
		const { body } = render(MatrixView, { props: { model: undefined, locality: big.locality, first } });
		expect([rows(body), columns(body)]).toEqual([100, 100]);
		expect(text(body)).toContain('Who sits on which group in Big');
		expect(body).toMatch(/<fieldset[^>]*disabled/);
		expect(body).toMatch(/<button[^>]*disabled[^>]*>Show 20 more groups<\/button>/);
	});
});

describe('RiverView', () => {
	it('places the items by their tiers and lists them in a table', () => {
		const { body } = render(RiverView, { props: { model } });
		expect(text(body)).toContain('Upstream and downstream in Example Vale');
		expect(text(body)).toMatch(/Schools Agency 1 to 2/);
	});

	it('draws the same from the river alone, worked out where the map is', () => {
		const { body } = render(RiverView, { props: { locality: model.locality, river: river(model) } });
		expect(body).toBe(render(RiverView, { props: { model } }).body);
	});
});

describe('ChangesView', () => {
	// Two localities, not two dates: both maps are of 2005, so only the labels can tell them apart.
	const [banbury, bicester] = [reportMap('banbury'), reportMap('bicester')];
	const props = { before: banbury, after: bicester, beforeLabel: 'Banbury (report)', afterLabel: 'Bicester (report)' };
	/** The text of the section under the heading that starts with `title`. */
	const section = (body: string, title: string) => text(body.split(/<section\b/).find((s) => new RegExp(`<h2[^>]*>${title} \\(`).test(s)) ?? '');

	it('names each side by its label in the summary, the measures and the graph', () => {
		const { body } = render(ChangesView, { props });
		expect(text(body)).toMatch(/In short Between Banbury \(report\) and Bicester \(report\): \d+ items added/);
		expect(text(body)).toContain("The audit's measures in Banbury (report) and in Bicester (report)");
		expect(text(body)).toContain('Measure Banbury (report) Bicester (report) Change');
		expect(body).toContain('aria-label="Banbury (report) and Bicester (report) on one graph');
		expect(text(body)).not.toMatch(/\bin 2005\b|Between 2005/);
	});

	it('lists what only the later map has as added, and what only the earlier has as removed, by name', () => {
		const { body } = render(ChangesView, { props });
		expect(section(body, 'Added')).toContain("Bicester Learning in Partnership (BLIP), the head teachers' partnership");
		expect(section(body, 'Added')).not.toContain('Sunshine Centre (family centre)');
		expect(section(body, 'Removed')).toContain('Sunshine Centre (family centre)');
	});

	it('two snapshots of one locality, labelled by their dates', () => {
		const { body } = render(ChangesView, { props: { before: reportMap('city-2004'), after: reportMap('city-2005-07'), beforeLabel: '2004', afterLabel: 'July 2005' } });
		expect(text(body)).toMatch(/Between 2004 and July 2005: \d+ items added/);
		expect(section(body, 'Added')).toContain('Multi-agency support team (MAST)');
		expect(section(body, 'Removed')).toContain('None.');
	});
});

describe('CompareTable', () => {
	const pilots = ['banbury', 'thame'].map((name) => comparisonRow(reportMap(name)));
	const mine = comparisonRow(model);
	/** The HTML of the row of one locality. */
	const row = (body: string, id: string) => [...body.matchAll(/<tr data-locality="([^"]+)"[^]*?<\/tr>/g)].find((m) => m[1] === id)?.[0] ?? '';

	it('marks the user’s own map and links only the site’s', () => {
		const { body } = render(CompareTable, { props: { rows: [...pilots, mine], yours: new Set(['example-vale']) } });
		expect(text(row(body, 'example-vale'))).toMatch(/^ ?Example Vale 2005 your map /);
		expect(row(body, 'example-vale')).not.toContain('href=');
		expect(row(body, 'banbury')).toContain('href="/localities/banbury"');
		expect(text(row(body, 'banbury'))).not.toContain('your map');
	});

	it('writes out what each measure means, and each column’s sort button is described by it', () => {
		const { body } = render(CompareTable, { props: { rows: pilots } });
		for (const m of measures) {
			const described = body.match(new RegExp(`<button[^>]*aria-describedby="([^"]+)"[^>]*>${m.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</button>`));
			expect(described, m.label).not.toBeNull();
			const note = body.match(new RegExp(`<dd id="${described![1]}"[^>]*>([^<]*)</dd>`));
			expect(note?.[1], m.label).toBe(`${m.description} (report ${m.section})`);
		}
		expect(body).not.toContain('title=');
	});

	it('marks no map as the user’s unless told', () => {
		const { body } = render(CompareTable, { props: { rows: [...pilots, mine] } });
		expect(text(body)).not.toContain('your map');
		expect(row(body, 'example-vale')).toContain('href="/localities/example-vale"');
	});

	it('ranks the values recorded, and never a value not recorded, which is not none', () => {
		// Hand-made rows: only the share of open groups is recorded, by a and c; b's is not.
		const values = (open: number | null) => ({ ...Object.fromEntries(measures.map((m) => [m.id, null])), openGroups: open });
		const at = (id: string, open: number | null): ComparisonRow => ({ id, name: id.toUpperCase(), as_of: '2005', values: values(open), sectorsAbsent: [], sectorsNotRecorded: [], topHubs: [] });
		const { body } = render(CompareTable, { props: { rows: [at('a', 0.5), at('b', null), at('c', 0)] } });
		const openCell = (id: string) => row(body, id).split('<td').slice(1)[measures.findIndex((m) => m.id === 'openGroups')];
		// The arrow for the eye, the word for a screen reader (aria-label on a bare span is not read).
		expect(text(openCell('a'))).toMatch(/▲\s*best/);
		expect(text(openCell('c'))).toContain('0%');
		expect(text(openCell('c'))).toMatch(/▼\s*worst/);
		expect(text(openCell('b'))).toContain('not recorded');
		expect(text(row(body, 'b'))).not.toMatch(/best|worst|▲|▼/);
		// No sector missing reads "none", not "not recorded".
		expect(text(row(body, 'b'))).toMatch(/ none none $/);
	});
});

describe('CompareView', () => {
	const pilots = [reportMap('banbury'), reportMap('thame')];

	it('draws each map small, the user’s marked and not linked, and charts them all', () => {
		const { body } = render(CompareView, { props: { scenes: compareScenes([...pilots, model], new Set(['example-vale'])), yours: new Set(['example-vale']) } });
		expect(text(body)).toContain('Example Vale as of 2005 your map');
		expect(body).not.toContain('href="/localities/example-vale"');
		expect(body).toContain('href="/localities/banbury"');
		expect(text(body)).toContain('Agencies by sector');
		expect(text(body)).toContain('Your map: Example Vale (2005)');
		expect(text(body)).toContain('Banbury (2005)');
		expect(text(body)).not.toContain('Your map: Banbury');
	});

	it('draws small only the maps chosen, and still charts every one', () => {
		const { body } = render(CompareView, { props: { scenes: compareScenes([...pilots, model]), drawn: new Set(['banbury']) } });
		expect(text(body)).toContain('Banbury as of 2005');
		expect(text(body)).not.toContain('Thame as of 2005');
		expect(text(body)).toContain('Thame (2005)');
		expect(text(body)).not.toContain('your map');
	});
});

describe('the views need no route', () => {
	it.each(['ChangesView', 'CompareTable', 'CompareView', 'InductionView', 'MatrixView', 'RiverView'])('%s imports nothing of SvelteKit or the server', (name) => {
		const source = readFileSync(new URL(`./${name}.svelte`, import.meta.url), 'utf8');
		expect(source).not.toMatch(/from '\$app\/|\$lib\/server|page\.data/);
	});
});
