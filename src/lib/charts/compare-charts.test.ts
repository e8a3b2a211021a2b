/**
 * The comparison's charts: agencies by sector, groups by type and meetings a year by type,
 * drawn from the counts of two tiny maps worked by hand (views/compare-counts.test.ts), then
 * from the latest snapshot of every locality in maps/, each saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { latestSnapshots } from '../catalogue/catalogue';
import type { LocalityModel } from '../model/locality-model';
import { agenciesBySector, groupsByType, meetingsByType } from '../views/compare-counts';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { compareScenes, groupTypesChart, meetingLoadChart, multipleElsewhere, sectorsChart } from './compare-charts';
import { sceneToSvg, type Scene, type Shape } from './scene';

type Rect = Extract<Shape, { type: 'rect' }>;
type Text = Extract<Shape, { type: 'text' }>;
/** The bars, as `row:series` = value read from the bar's title. */
const bars = (scene: Scene) =>
	scene.shapes.filter((s): s is Rect => s.type === 'rect' && s.key !== undefined).map((r) => [r.key, Number(/, (\d+) [a-z ]+$/.exec(r.title!)![1])]);
const texts = (scene: Scene) => scene.shapes.filter((s): s is Text => s.type === 'text');
/** The series in the key, in order: the key's labels are the only texts without a fill or anchor. */
const keyLabels = (scene: Scene) => texts(scene).filter((t) => !t.fill && !t.anchor).map((t) => t.text);
const rowLabels = (scene: Scene) => texts(scene).filter((t) => t.anchor === 'end').map((t) => t.text);
/** The total written after each row's bar. */
const totals = (scene: Scene) => texts(scene).filter((t) => t.fill === '#4a4a4a' && !t.anchor).map((t) => Number(t.text));

/*
 * One: two education agencies and a health one; a monthly panel (12 a year), a weekly team
 * (39) and a forum that meets when needed (unknown). Two: one social care agency; a termly
 * panel (3) and a panel with no frequency.
 */
const ONE = modelOf(`locality: { id: one, name: One, as_of: "2005" }
agencies:
  - { id: s1, name: School 1, sector: education }
  - { id: s2, name: School 2, sector: education }
  - { id: h, name: Health, sector: health }
groups:
  - { id: p, name: Panel, type: panel, meets: monthly }
  - { id: t, name: Team, type: team, meets: weekly }
  - { id: f, name: Forum, type: forum, meets: ad-hoc }
`);
const TWO = modelOf(`locality: { id: two, name: Two & <co>, as_of: 2004-09 }
agencies:
  - { id: sc, name: Social care, sector: social-care }
groups:
  - { id: q, name: Termly panel, type: panel, meets: termly }
  - { id: r, name: Other panel, type: panel }
`);

describe('the charts on two hand maps', () => {
	it('agencies by sector: only the sectors used, in the vocabulary order', async () => {
		const scene = sectorsChart(agenciesBySector([ONE, TWO]));
		expect(scene.title).toBe('Agencies by sector');
		expect(keyLabels(scene)).toEqual(['Education', 'Health', 'Social care']);
		expect(rowLabels(scene)).toEqual(['One (2005)', 'Two & <co> (2004-09)']);
		expect(bars(scene)).toEqual([
			['one:education', 2],
			['one:health', 1],
			['two:social-care', 1]
		]);
		expect(totals(scene)).toEqual([3, 1]);
		const svg = sceneToSvg(scene);
		expect(svg).toContain('>Two &amp; &lt;co&gt; (2004-09)</text>');
		expect(svg).toContain('<title>One (2005): Education, 2 agencies</title>');
		await expect(svg).toMatchFileSnapshot('__snapshots__/compare-sectors-hand.svg');
	});

	it('groups by type, coloured by type', async () => {
		const scene = groupTypesChart(groupsByType([ONE, TWO]));
		expect(keyLabels(scene)).toEqual(['Forum', 'Panel', 'Team']);
		expect(bars(scene)).toEqual([
			['one:forum', 1],
			['one:panel', 1],
			['one:team', 1],
			['two:panel', 2]
		]);
		// Forum, panel and team are the 3rd, 4th and 10th types: Okabe-Ito green, pink and grey.
		expect(scene.shapes.filter((s): s is Rect => s.type === 'rect' && !!s.key).map((r) => r.fill)).toEqual(['#009E73', '#CC79A7', '#999999', '#CC79A7']);
		expect(totals(scene)).toEqual([3, 2]);
		await expect(sceneToSvg(scene)).toMatchFileSnapshot('__snapshots__/compare-group-types-hand.svg');
	});

	it('meetings a year by type: groups of unknown frequency count nothing, a type with none known is left out', async () => {
		const scene = meetingLoadChart(meetingsByType([ONE, TWO]));
		expect(scene.title).toBe('Meetings a year, by type of group');
		// The forum meets only when needed: no series for forums.
		expect(keyLabels(scene)).toEqual(['Panel', 'Team']);
		// One: panel 12, team 39 = 51. Two: termly panel 3 + the other panel 0 = 3.
		expect(bars(scene)).toEqual([
			['one:panel', 12],
			['one:team', 39],
			['two:panel', 3]
		]);
		expect(totals(scene)).toEqual([51, 3]);
		await expect(sceneToSvg(scene)).toMatchFileSnapshot('__snapshots__/compare-meeting-load-hand.svg');
	});

	it('with no maps, or maps with no groups, there are no bars', () => {
		const bare = modelOf('locality: { id: bare, name: Bare, as_of: "2005" }\n');
		const charts = [
			(m: LocalityModel[]) => sectorsChart(agenciesBySector(m)),
			(m: LocalityModel[]) => groupTypesChart(groupsByType(m)),
			(m: LocalityModel[]) => meetingLoadChart(meetingsByType(m))
		];
		for (const chart of charts) {
			expect(bars(chart([]))).toEqual([]);
			expect(bars(chart([bare]))).toEqual([]);
			expect(keyLabels(chart([bare]))).toEqual([]);
		}
	});
});

describe('the charts on the latest snapshot of every locality in maps/', () => {
	// The counts themselves are worked in views/compare-counts.test.ts; here, that they are drawn.
	const latest = latestSnapshots(reportMaps());

	it('agencies by sector: one row per locality, every sector used somewhere in the key', async () => {
		const scene = sectorsChart(agenciesBySector(latest));
		expect(rowLabels(scene)).toEqual(['Abingdon (2005)', 'Banbury (2005)', 'Bicester (2005)', 'Kidlington (2005)', 'Thame (2005)', 'The City (Oxford) (2005-07)']);
		expect(keyLabels(scene)).toEqual(['Education', 'Health', 'Mental health', 'Social care', 'Police', 'Youth', 'Voluntary', 'Community', 'Families', 'Local authority', 'Other']);
		// Agencies: Abingdon 7, Banbury 11, Bicester 11, Kidlington 13, Thame 5, the City 18.
		expect(totals(scene)).toEqual([7, 11, 11, 13, 5, 18]);
		await expect(sceneToSvg(scene)).toMatchFileSnapshot('__snapshots__/compare-sectors.svg');
	});

	it('groups by type', async () => {
		const scene = groupTypesChart(groupsByType(latest));
		expect(keyLabels(scene)).toHaveLength(10);
		// Groups: Abingdon 2, Banbury 8, Bicester 5, Kidlington 3, Thame 4, the City 9.
		expect(totals(scene)).toEqual([2, 8, 5, 3, 4, 9]);
		await expect(sceneToSvg(scene)).toMatchFileSnapshot('__snapshots__/compare-group-types.svg');
	});

	it('meetings a year by type', async () => {
		const scene = meetingLoadChart(meetingsByType(latest));
		expect(keyLabels(scene)).toEqual(['Network', 'Panel', 'School consultation team', 'Multi-agency support team']);
		expect(totals(scene)).toEqual([0, 0, 6, 3, 3, 45]);
		await expect(sceneToSvg(scene)).toMatchFileSnapshot('__snapshots__/compare-meeting-load.svg');
	});
});

describe('a small multiple drawn after the page', () => {
	const [multiple] = compareScenes([ONE]).multiples;

	it('holds its place with the same size, title and description, and says where the picture is', () => {
		const elsewhere = multipleElsewhere(multiple, '/compare/one/system.json');
		expect(elsewhere.href).toBe('/compare/one/system.json');
		expect({ ...elsewhere.scene, shapes: [] }).toEqual({ ...multiple.scene, shapes: [] });
		expect(elsewhere.scene.shapes).toEqual([{ type: 'text', x: 14, y: 24, text: 'Drawn once loaded…', fill: '#4a4a4a' }]);
		expect({ ...elsewhere, scene: multiple.scene, href: undefined }).toEqual({ ...multiple, href: undefined });
	});
});
