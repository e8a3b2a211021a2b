/**
 * What changed between two snapshots: items matched by id (and kind), links by their ends
 * and kind, everything told in names. Worked by hand on two small snapshots of the Vale that
 * hold every case (added, removed, changed, unchanged; member order, explicit regular
 * attendance, notes and source that are not changes; an id that changes kind), then a core
 * group that gains a chair and members (the summary in plain words, and no id where a name
 * exists), the audit's measures before and after, the union map and the classes drawn on it,
 * and the City before its pilot and at July 2005.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { reportMap } from '../../../tests/unit/helpers/maps';
import { audit } from '../analysis/audit';
import { allItems, type ItemId } from '../model/locality-model';
import { asOfWords, changeClasses, diffSnapshots, changeLookup, measuresBeforeAfter, summariseDiff, unionModel, type SnapshotDiff } from './diff-snapshots';

const BEFORE = `locality: { id: vale, name: Vale, as_of: "2004" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: sc, name: Social care, sector: social-care, notes: old note, source: Appendix 1 }
  - { id: gone, name: Gone agency, sector: other }
roles:
  - { id: hsclw, name: Link worker, agency: schools, count: 3 }
  - { id: head, name: Head, agency: schools, tiers: [1, 2] }
groups:
  - { id: core, name: Core group, type: core-group, members: [hsclw, { id: sc, attendance: occasional }, schools] }
  - { id: panel, name: Panel, type: panel, members: [head, sc] }
  - { id: mast, name: MAST, type: team, members: [hsclw] }
links:
  - { from: core, to: sc, kind: refers, notes: before }
  - { from: hsclw, to: core, kind: raises-issues }
  - { from: gone, to: core, kind: informs }
  - { from: mast, to: core, kind: reports-to }
`;

/*
 * Against BEFORE:
 * - schools: the same. sc: only notes and source differ: unchanged.
 * - mast: a group before, an agency now: removed (the group) and added (the agency).
 * - pct: added. gone: removed.
 * - hsclw: count 3 -> 4, funding none -> short-term, name changed: changed, fields in
 *   alphabetical order.
 * - head: tiers written [2, 1] for [1, 2]: unchanged.
 * - core: members in another order, hsclw with an explicit `attendance: regular`: unchanged.
 * - panel: sc now attends occasionally: changed members.
 * Links: core -> sc refers (notes and source differ): unchanged; hsclw -> core was
 * raises-issues and is now reports-to: one removed, one added; pct -> panel added; gone ->
 * core removed; mast -> core reports-to: unchanged (same ends and kind, though mast changed kind).
 */
const AFTER = `locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: sc, name: Social care, sector: social-care, notes: new note, source: Appendix 2 }
  - { id: mast, name: MAST, sector: other }
  - { id: pct, name: PCT, sector: health }
roles:
  - { id: hsclw, name: HSCLW, agency: schools, count: 4, funding: short-term }
  - { id: head, name: Head, agency: schools, tiers: [2, 1] }
groups:
  - { id: core, name: Core group, type: core-group, members: [schools, { id: sc, attendance: occasional }, { id: hsclw, attendance: regular }] }
  - { id: panel, name: Panel, type: panel, members: [head, { id: sc, attendance: occasional }] }
links:
  - { from: core, to: sc, kind: refers, notes: after, source: Appendix 2 }
  - { from: hsclw, to: core, kind: reports-to }
  - { from: pct, to: panel, kind: informs }
  - { from: mast, to: core, kind: reports-to }
`;

const before = modelOf(BEFORE);
const after = modelOf(AFTER);

describe('diffSnapshots', () => {
	const diff = diffSnapshots(before, after);

	it('names the two dates', () => {
		expect([diff.from, diff.to]).toEqual(['2004', '2005']);
	});

	it('lists the later items in map order (agencies, roles, groups), then the removed ones in the earlier order, in words', () => {
		expect(diff.items).toEqual([
			{ id: 'schools', name: 'Schools', kind: 'agency', change: 'unchanged', fields: [] },
			{ id: 'sc', name: 'Social care', kind: 'agency', change: 'unchanged', fields: [] },
			{ id: 'mast', name: 'MAST', kind: 'agency', change: 'added', fields: [] },
			{ id: 'pct', name: 'PCT', kind: 'agency', change: 'added', fields: [] },
			{
				id: 'hsclw',
				name: 'HSCLW',
				kind: 'role',
				change: 'changed',
				agency: 'Schools',
				fields: [
					{ field: 'count', label: 'number', before: '3', after: '4', sentence: 'The number changed from 3 to 4.' },
					{ field: 'funding', label: 'funding', before: '', after: 'short-term', sentence: 'The funding changed from not recorded to short-term.' },
					{ field: 'name', label: 'name', before: 'Link worker', after: 'HSCLW', sentence: 'The name changed from Link worker to HSCLW.' }
				]
			},
			{ id: 'head', name: 'Head', kind: 'role', change: 'unchanged', agency: 'Schools', fields: [] },
			{ id: 'core', name: 'Core group', kind: 'group', change: 'unchanged', fields: [] },
			{
				id: 'panel',
				name: 'Panel',
				kind: 'group',
				change: 'changed',
				fields: [
					{
						field: 'members',
						label: 'members',
						before: 'Head, Social care',
						after: 'Head, Social care (occasional)',
						sentence: 'Social care’s attendance changed from regular to occasional.'
					}
				],
				members: { joined: [], left: [], attendance: [{ member: { id: 'sc', name: 'Social care' }, before: 'regular', after: 'occasional' }] }
			},
			{ id: 'gone', name: 'Gone agency', kind: 'agency', change: 'removed', fields: [] },
			{ id: 'mast', name: 'MAST', kind: 'group', change: 'removed', fields: [] }
		]);
	});

	it('matches links by ends and kind: the later ones first, then the removed ones, each in words', () => {
		expect(diff.links).toEqual([
			{ from: 'core', to: 'sc', kind: 'refers', change: 'unchanged', sentence: 'Core group refers cases to Social care' },
			{ from: 'hsclw', to: 'core', kind: 'reports-to', change: 'added', sentence: 'HSCLW reports to Core group' },
			{ from: 'pct', to: 'panel', kind: 'informs', change: 'added', sentence: 'PCT informs Panel' },
			{ from: 'mast', to: 'core', kind: 'reports-to', change: 'unchanged', sentence: 'MAST reports to Core group' },
			// A removed link is told with the earlier snapshot's names.
			{ from: 'hsclw', to: 'core', kind: 'raises-issues', change: 'removed', sentence: 'Link worker raises issues with Core group' },
			{ from: 'gone', to: 'core', kind: 'informs', change: 'removed', sentence: 'Gone agency informs Core group' }
		]);
	});

	it('the summary: the counts by kind, the group gone, the post renamed', () => {
		expect(summariseDiff(diff)).toEqual([
			'Between 2004 and 2005: 2 items added (2 agencies), 2 items removed (1 agency and 1 group), 2 changed; 2 links added, 2 links removed.',
			'A group no longer in the map: MAST.',
			'Link worker is now called HSCLW.'
		]);
		expect(summariseDiff(diffSnapshots(before, before))).toEqual(['Between 2004 and 2004: the map records no change.']);
	});

	it('the summary names the two sides by the labels given, in place of the dates', () => {
		const labels = { before: 'Snapshot 11:32', after: 'Your map' };
		expect(summariseDiff(diff, labels)[0]).toBe(
			'Between Snapshot 11:32 and Your map: 2 items added (2 agencies), 2 items removed (1 agency and 1 group), 2 changed; 2 links added, 2 links removed.'
		);
		expect(summariseDiff(diff, labels).slice(1)).toEqual(summariseDiff(diff).slice(1));
		expect(summariseDiff(diffSnapshots(before, before), labels)).toEqual(['Between Snapshot 11:32 and Your map: the map records no change.']);
	});

	it('a snapshot against itself: everything unchanged', () => {
		const same = diffSnapshots(before, before);
		expect(same.items.map((i) => i.change)).toEqual(Array(before.agencies.length + before.roles.length + before.groups.length).fill('unchanged'));
		expect(same.links.map((l) => l.change)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
	});

	it('from the empty map everything is added; to it everything is removed', () => {
		const empty = modelOf('locality: { id: vale, name: Vale, as_of: "2003" }\n');
		const grown = diffSnapshots(empty, after);
		expect(grown.items.map((i) => [i.id, i.change])).toEqual([
			['schools', 'added'],
			['sc', 'added'],
			['mast', 'added'],
			['pct', 'added'],
			['hsclw', 'added'],
			['head', 'added'],
			['core', 'added'],
			['panel', 'added']
		]);
		expect(grown.links.every((l) => l.change === 'added')).toBe(true);
		const gone = diffSnapshots(after, empty);
		expect(gone.items.every((i) => i.change === 'removed')).toBe(true);
		expect(gone.links.map((l) => l.change)).toEqual(['removed', 'removed', 'removed', 'removed']);
		expect(diffSnapshots(empty, empty)).toEqual({ from: '2003', to: '2003', items: [], links: [] });
	});
});

/*
 * A core group that gains a chair, two members and a name, and a new team that reports to
 * it; every id differs from every name, so an id in the words would show.
 */
const CORE_BEFORE = `locality: { id: vale, name: Vale, as_of: "2004" }
agencies:
  - { id: la-council, name: Council, sector: local-authority }
  - { id: ed-schools, name: Schools, sector: education }
roles:
  - { id: la-lead, name: Local authority lead, agency: la-council }
  - { id: ed-head, name: Head teacher, agency: ed-schools }
groups:
  - { id: iss-core, name: Core group, type: core-group, members: [ed-schools] }
`;
const CORE_AFTER = `locality: { id: vale, name: Vale, as_of: "2005-07" }
agencies:
  - { id: la-council, name: Council, sector: local-authority }
  - { id: ed-schools, name: Schools, sector: education }
roles:
  - { id: la-lead, name: Local authority lead, agency: la-council }
  - { id: ed-head, name: Head teacher, agency: la-council }
groups:
  - { id: iss-core, name: ISS core group, type: steering-group, purpose: To steer the pilot, meets: monthly, chair: la-lead, members: [ed-schools, ed-head, la-council] }
  - { id: mast-team, name: MAST, type: multi-agency-support-team, members: [ed-head] }
links:
  - { from: mast-team, to: iss-core, kind: reports-to }
`;

describe('diffSnapshots in plain words: a core group that gains a chair and members', () => {
	const [was, is] = [modelOf(CORE_BEFORE), modelOf(CORE_AFTER)];
	const diff = diffSnapshots(was, is);

	it('the fields of the changed group, in words and names', () => {
		const core = diff.items.find((i) => i.id === 'iss-core')!;
		expect(core.fields).toEqual([
			{ field: 'chair', label: 'chair', before: '', after: 'Local authority lead', sentence: 'The chair changed from no one recorded to Local authority lead.' },
			{ field: 'meets', label: 'meeting frequency', before: '', after: 'monthly', sentence: 'The meeting frequency changed from not recorded to monthly.' },
			{ field: 'members', label: 'members', before: 'Schools', after: 'Council, Head teacher, Schools', sentence: '2 members joined: Council and Head teacher.' },
			{ field: 'name', label: 'name', before: 'Core group', after: 'ISS core group', sentence: 'The name changed from Core group to ISS core group.' },
			{ field: 'purpose', label: 'purpose', before: '', after: 'To steer the pilot', sentence: 'A purpose is now recorded.' },
			{ field: 'type', label: 'kind of group', before: 'core group', after: 'steering group', sentence: 'The kind of group changed from core group to steering group.' }
		]);
		expect(core.members).toEqual({ joined: [{ id: 'la-council', name: 'Council' }, { id: 'ed-head', name: 'Head teacher' }], left: [], attendance: [] });
	});

	it('the agency of a post, by name', () => {
		expect(diff.items.find((i) => i.id === 'ed-head')).toEqual({
			id: 'ed-head',
			name: 'Head teacher',
			kind: 'role',
			change: 'changed',
			agency: 'Council',
			fields: [{ field: 'agency', label: 'agency', before: 'Schools', after: 'Council', sentence: 'The agency changed from Schools to Council.' }]
		});
	});

	it('the summary in plain words', () => {
		expect(summariseDiff(diff)).toEqual([
			'Between 2004 and July 2005: 1 item added (1 group), none removed, 2 changed; 1 link added, none removed.',
			'A new group: MAST.',
			'Head teacher moved from Schools to Council.',
			'Core group is now called ISS core group.',
			'ISS core group is now chaired by Local authority lead.',
			'ISS core group is now a steering group (it was a core group).',
			'ISS core group gained 2 members.'
		]);
		// And back: the chair and the members go.
		expect(summariseDiff(diffSnapshots(is, was))).toEqual([
			'Between July 2005 and 2004: no item added, 1 item removed (1 group), 2 changed; no link added, 1 link removed.',
			'A group no longer in the map: MAST.',
			'Head teacher moved from Council to Schools.',
			'ISS core group is now called Core group.',
			'Core group no longer has a chair recorded (it was Local authority lead).',
			'Core group is now a core group (it was a steering group).',
			'Core group lost 2 members.'
		]);
	});

	it('no id reaches the reader where a name exists', () => {
		const words = (d: SnapshotDiff) => [
			...summariseDiff(d),
			...d.items.flatMap((i) => [i.name, i.agency ?? '', ...i.fields.flatMap((f) => [f.before, f.after, f.sentence])]),
			...d.links.map((l) => l.sentence)
		];
		const ids = [...allItems(was), ...allItems(is)].map((i) => i.id);
		for (const d of [diff, diffSnapshots(is, was)]) {
			for (const text of words(d)) for (const id of ids) expect(text).not.toContain(id);
		}
		expect(diff.links).toEqual([{ from: 'mast-team', to: 'iss-core', kind: 'reports-to', change: 'added', sentence: 'MAST reports to ISS core group' }]);
	});

	it('dates in words', () => {
		expect([asOfWords('2005'), asOfWords('2005-07'), asOfWords('2005-07-03'), asOfWords('soon')]).toEqual(['2005', 'July 2005', '3 July 2005', 'soon']);
	});
});

/*
 * The audit's measures before and after, worked by hand.
 * Before: Agency A - Worker (post) - Panel - Agency B: a chain of 4 items and 3 ties, one part.
 *   Worker and Panel have 2 ties each and each lie on 2 of the 3 shortest routes between other
 *   pairs (67%); the tie goes to the name, Panel first. No systems minder.
 * After: Agency B also employs the Minder (systems minder) and informs Agency C: 6 items, 5
 *   ties, a tree. Agency B has 3 ties (Panel, Minder, Agency C), the most.
 */
const MEASURE_BEFORE = `locality: { id: test, name: Test, as_of: "2004" }
agencies:
  - { id: a, name: Agency A, sector: other }
  - { id: b, name: Agency B, sector: other }
roles:
  - { id: r, name: Worker, agency: a }
groups:
  - { id: g, name: Panel, type: panel, members: [r, b] }
`;
const MEASURE_AFTER = `locality: { id: test, name: Test, as_of: "2005" }
agencies:
  - { id: a, name: Agency A, sector: other }
  - { id: b, name: Agency B, sector: other }
  - { id: c, name: Agency C, sector: other }
roles:
  - { id: r, name: Worker, agency: a }
  - { id: m, name: Minder, agency: b, systems_minder: true }
groups:
  - { id: g, name: Panel, type: panel, members: [r, b] }
links:
  - { from: b, to: c, kind: informs }
`;

describe('measuresBeforeAfter', () => {
	const [was, is] = [modelOf(MEASURE_BEFORE), modelOf(MEASURE_AFTER)];
	const rows = measuresBeforeAfter(was, is);
	const row = (measure: string) => rows.find((r) => r.measure === measure)!;

	it('has the audit’s measures in order, each with its meaning', () => {
		expect(rows.map((r) => r.measure)).toEqual(['Items', 'Ties', 'Separate parts', 'Groups', 'Links', 'Top hub', 'Single points of failure', 'Gaps', 'Overlaps', 'Systems minder']);
		expect(rows.every((r) => r.meaning.length > 0)).toBe(true);
	});

	it('the counts worked by hand, with the change', () => {
		expect(row('Items')).toMatchObject({ before: '4', after: '6', change: '+2' });
		expect(row('Ties')).toMatchObject({ before: '3', after: '5', change: '+2' });
		expect(row('Separate parts')).toMatchObject({ before: '1', after: '1', change: 'no change' });
		expect(row('Groups')).toMatchObject({ before: '1', after: '1', change: 'no change' });
		expect(row('Links')).toMatchObject({ before: '0', after: '1', change: '+1' });
		expect(row('Overlaps')).toMatchObject({ before: '0', after: '0', change: 'no change' });
	});

	it('the top hub by name, and the systems minder recorded or not', () => {
		expect(row('Top hub')).toMatchObject({ before: 'Panel (2 direct ties)', after: 'Agency B (3 direct ties)', change: 'changed' });
		expect(row('Systems minder')).toMatchObject({ before: 'not recorded', after: 'recorded: Minder', change: 'changed' });
	});

	it('single points of failure and gaps are the audit’s own counts', () => {
		const [a, b] = [audit(was), audit(is)];
		expect(row('Single points of failure')).toMatchObject({ before: String(a.fragile.length), after: String(b.fragile.length) });
		expect(row('Gaps')).toMatchObject({ before: String(a.gaps.length), after: String(b.gaps.length) });
	});

	it('a fall is written with a minus sign', () => {
		expect(measuresBeforeAfter(is, was).find((r) => r.measure === 'Items')).toMatchObject({ before: '6', after: '4', change: '−2' });
	});

	it('a map with no ties has no top hub', () => {
		const bare = modelOf('locality: { id: t, name: T, as_of: "2005" }\nagencies:\n  - { id: a, name: A, sector: other }\n');
		expect(measuresBeforeAfter(bare, bare).find((r) => r.measure === 'Top hub')).toMatchObject({ before: 'none', after: 'none', change: 'no change' });
	});
});

describe('unionModel', () => {
	const union = unionModel(before, after);

	it('is the later map plus what only the earlier one had; an id that changed kind keeps its later item', () => {
		expect(union.locality.as_of).toBe('2005');
		expect(union.agencies.map((a) => a.id)).toEqual(['schools', 'sc', 'mast', 'pct', 'gone']);
		expect(union.roles.map((r) => r.id)).toEqual(['hsclw', 'head']);
		// The MAST group is not kept: its id is taken by the MAST agency.
		expect(union.groups.map((g) => g.id)).toEqual(['core', 'panel']);
		expect(union.links.map((l) => `${l.from}>${l.to}:${l.kind}`)).toEqual([
			'core>sc:refers',
			'hsclw>core:reports-to',
			'pct>panel:informs',
			'mast>core:reports-to',
			'hsclw>core:raises-issues',
			'gone>core:informs'
		]);
	});

	it('keeps the later versions of changed items', () => {
		expect(union.roles[0].name).toBe('HSCLW');
		expect(union.groups[1].members).toEqual([
			{ id: 'head', attendance: 'regular' },
			{ id: 'sc', attendance: 'occasional' }
		]);
	});
});

describe('changeClasses', () => {
	const diff = diffSnapshots(before, after);
	const union = unionModel(before, after);
	const classes = changeClasses(diff, union);

	it('gives each item of the union its change', () => {
		expect(Object.fromEntries([...classes.items].filter(([id]) => id !== 'mast'))).toEqual({
			schools: 'unchanged',
			sc: 'unchanged',
			pct: 'added',
			hsclw: 'changed',
			head: 'unchanged',
			core: 'unchanged',
			panel: 'changed',
			gone: 'removed'
		});
	});

	it('an id that changed kind is drawn as added: the union holds only its later item', () => {
		expect(union.agencies.find((a) => a.id === 'mast')).toBeDefined();
		expect(classes.items.get('mast' as ItemId)).toBe('added');
	});

	it('gives each link of the union, by index, its change', () => {
		expect(classes.links).toEqual(['unchanged', 'added', 'added', 'unchanged', 'removed', 'removed']);
	});

	it('looks a change up by item id, and by a link’s ends and kind: the typed fields an element carries', () => {
		const change = changeLookup(diff);
		expect(union.links.map((l) => change.link(l.from, l.to, l.kind))).toEqual(classes.links);
		expect(change.link('pct' as ItemId, 'sc' as ItemId, 'funds')).toBe('unchanged');
		expect([change.item('pct' as ItemId), change.item('mast' as ItemId), change.item('nobody' as ItemId)]).toEqual(['added', 'added', undefined]);
	});
});

/*
 * The City before its pilot and at July 2005 (Appendix 2d). The maps are re-read against
 * the report from time to time, so only what the report says of the change is asserted
 * here, and the counts are checked against the two maps' own lists.
 */
describe('the City, 2004 to July 2005', () => {
	const city2004 = reportMap('city-2004');
	const city2005 = reportMap('city-2005-07');
	const diff = diffSnapshots(city2004, city2005);
	const change = (id: string) => diff.items.find((i) => i.id === id)?.change;

	it('adds MAST, its team and the stakeholder group, the local authority and its lead', () => {
		for (const id of ['mast', 'project-team', 'stakeholder-group', 'local-authority', 'la-lead']) expect(change(id)).toBe('added');
		expect(diff.items.find((i) => i.id === 'mast')).toMatchObject({ name: 'Multi-agency support team (MAST)', kind: 'group', change: 'added' });
	});

	it('removes nothing: every 2004 item and link is still there', () => {
		const ids2005 = new Set(allItems(city2005).map((i) => i.id));
		expect(allItems(city2004).every((i) => ids2005.has(i.id))).toBe(true);
		expect(diff.items.filter((i) => i.change === 'removed')).toEqual([]);
		expect(diff.links.filter((l) => l.change === 'removed')).toEqual([]);
		expect(diff.items.filter((i) => i.change === 'added')).toHaveLength(allItems(city2005).length - allItems(city2004).length);
	});

	it('the Core Group gains the local authority lead as chair, members and its pilot name, told in names', () => {
		const core = diff.items.find((i) => i.id === 'core-group')!;
		expect(core.change).toBe('changed');
		expect(core.fields.find((f) => f.field === 'chair')).toMatchObject({ before: '', after: city2005.roles.find((r) => r.id === 'la-lead')!.name });
		expect(core.fields.find((f) => f.field === 'chair')!.sentence).toMatch(/^The chair changed from no one recorded to Local authority lead/);
		expect(core.fields.find((f) => f.field === 'name')).toMatchObject({ before: 'Excellence Cluster Core Group', after: 'City ISS Core Group' });
		expect(core.members!.joined.length).toBeGreaterThan(0);
		expect(core.members!.left).toEqual([]);
	});

	it('the summary opens with the dates and counts, names MAST and the Core Group’s new chair', () => {
		const summary = summariseDiff(diff);
		expect(summary[0]).toMatch(/^Between 2004 and July 2005: \d+ items added \(.+\), none removed, \d+ changed; \d+ links added, none removed\.$/);
		expect(summary.find((s) => /^New groups: /.test(s))).toContain('Multi-agency support team (MAST)');
		expect(summary).toContain('Excellence Cluster Core Group is now called City ISS Core Group.');
		expect(summary.some((s) => /^City ISS Core Group is now chaired by Local authority lead/.test(s))).toBe(true);
		expect(summary.some((s) => /^City ISS Core Group gained \d+ members?\.$/.test(s))).toBe(true);
	});

	it('the measures: the Core Group is the top hub at both dates', () => {
		const rows = measuresBeforeAfter(city2004, city2005);
		expect(rows.find((r) => r.measure === 'Top hub')).toMatchObject({
			before: expect.stringMatching(/^Excellence Cluster Core Group \(\d+ direct ties\)$/),
			after: expect.stringMatching(/^City ISS Core Group \(\d+ direct ties\)$/)
		});
		expect(rows.find((r) => r.measure === 'Items')).toMatchObject({ before: String(allItems(city2004).length), after: String(allItems(city2005).length) });
	});

	it('the union holds everything of July 2005, and its link classes agree with the diff', () => {
		const union = unionModel(city2004, city2005);
		expect(allItems(union).length).toBe(allItems(city2005).length);
		const { links } = changeClasses(diff, union);
		expect(links.filter((c) => c === 'unchanged')).toHaveLength(diff.links.filter((l) => l.change === 'unchanged').length);
	});

	it('backwards, July 2005 to 2004, the same items are removed', () => {
		const back = diffSnapshots(city2005, city2004);
		expect(back.items.filter((i) => i.change === 'removed').map((i) => i.id)).toEqual(diff.items.filter((i) => i.change === 'added').map((i) => i.id));
		expect(back.items.find((i) => i.id === 'mast')?.change).toBe('removed');
	});
});

/**
 * Two different localities of the same date: items are still matched by id, so the posts and
 * bodies both maps name alike (the local authority, its lead) are compared, and the rest is
 * added or removed. Dates alone would read "between 2005 and 2005"; the labels name the maps.
 */
describe('two localities, Banbury against Bicester', () => {
	const [banbury, bicester] = [reportMap('banbury'), reportMap('bicester')];
	const diff = diffSnapshots(banbury, bicester);
	const change = (id: string) => diff.items.find((i) => i.id === id)?.change;

	it('matches the ids both maps use, and adds or removes the rest', () => {
		expect(change('sunshine-centre')).toBe('removed');
		expect(change('blip')).toBe('added');
		expect(['changed', 'unchanged']).toContain(change('local-authority'));
		expect(diff.items.filter((i) => i.id === 'local-authority')).toHaveLength(1);
	});

	it('the summary names the two maps by their labels, not by their shared date', () => {
		const summary = summariseDiff(diff, { before: 'Banbury', after: 'Bicester' });
		expect(summariseDiff(diff)[0]).toMatch(/^Between 2005 and 2005: /);
		expect(summary[0]).toMatch(/^Between Banbury and Bicester: \d+ items added \(.+\), \d+ items removed \(.+\), \d+ changed; \d+ links added, \d+ links removed\.$/);
	});
});
