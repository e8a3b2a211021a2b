/**
 * What changed between two snapshots: items matched by id (and kind), links by their ends
 * and kind. Worked by hand on two small snapshots of the Vale that hold every case (added,
 * removed, changed, unchanged; member order, explicit regular attendance, notes and source
 * that are not changes; an id that changes kind), then the union map and the classes drawn
 * on it, and the City before its pilot and at July 2005.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../load/fixtures';
import type { ItemId } from '../model/locality-model';
import { changeClasses, diffSnapshots, unionModel } from './diff-snapshots';

const reportMap = (name: string) => modelOf(readFileSync(`maps/${name}.yaml`, 'utf8'));

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

	it('lists the later items in map order (agencies, roles, groups), then the removed ones in the earlier order', () => {
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
				fields: [
					{ field: 'count', before: '3', after: '4' },
					{ field: 'funding', before: '', after: 'short-term' },
					{ field: 'name', before: 'Link worker', after: 'HSCLW' }
				]
			},
			{ id: 'head', name: 'Head', kind: 'role', change: 'unchanged', fields: [] },
			{ id: 'core', name: 'Core group', kind: 'group', change: 'unchanged', fields: [] },
			{ id: 'panel', name: 'Panel', kind: 'group', change: 'changed', fields: [{ field: 'members', before: 'head, sc', after: 'head, sc (occasional)' }] },
			{ id: 'gone', name: 'Gone agency', kind: 'agency', change: 'removed', fields: [] },
			{ id: 'mast', name: 'MAST', kind: 'group', change: 'removed', fields: [] }
		]);
	});

	it('matches links by ends and kind: the later ones first, then the removed ones', () => {
		expect(diff.links).toEqual([
			{ from: 'core', to: 'sc', kind: 'refers', change: 'unchanged' },
			{ from: 'hsclw', to: 'core', kind: 'reports-to', change: 'added' },
			{ from: 'pct', to: 'panel', kind: 'informs', change: 'added' },
			{ from: 'mast', to: 'core', kind: 'reports-to', change: 'unchanged' },
			{ from: 'hsclw', to: 'core', kind: 'raises-issues', change: 'removed' },
			{ from: 'gone', to: 'core', kind: 'informs', change: 'removed' }
		]);
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
});

describe('the City, 2004 to July 2005', () => {
	const city2004 = reportMap('city-2004');
	const city2005 = reportMap('city-2005-07');
	const diff = diffSnapshots(city2004, city2005);
	const change = (id: string) => diff.items.find((i) => i.id === id)?.change;
	const count = (c: string) => diff.items.filter((i) => i.change === c).length;

	it('adds MAST, its team and the stakeholder group, the local authority and the co-ordinator', () => {
		for (const id of ['mast', 'project-team', 'stakeholder-group', 'local-authority', 'la-lead', 'pilot-coordinator', 'pcamhs', 'hsclw']) expect(change(id)).toBe('added');
		expect(diff.items.find((i) => i.id === 'mast')).toEqual({ id: 'mast', name: 'Multi-agency support team (MAST)', kind: 'group', change: 'added', fields: [] });
	});

	it('removes nothing: every 2004 item is still there', () => {
		// 2004: 4 agencies, 2 roles, 3 groups = 9. 2005: 16 + 12 + 6 = 34, so 25 added.
		expect([count('added'), count('removed'), count('changed'), count('unchanged')]).toEqual([25, 0, 4, 5]);
	});

	it('the Core Group gains a chair, members, a new name and purpose; the SCTs members and purpose; the consultation group a frequency', () => {
		const fields = (id: string) => diff.items.find((i) => i.id === id)!.fields;
		expect(fields('core-group').map((f) => f.field)).toEqual(['chair', 'members', 'name', 'purpose']);
		expect(fields('core-group')[0]).toEqual({ field: 'chair', before: '', after: 'la-lead' });
		expect(fields('core-group')[2]).toEqual({ field: 'name', before: 'Excellence Cluster Core Group', after: 'City ISS Core Group' });
		expect(fields('core-group')[1].before).toBe('learning-and-culture, schools, support-services');
		expect(fields('scts')).toContainEqual({
			field: 'members',
			before: 'schools, support-services',
			after: 'pcamhs (occasional), schools, social-care (occasional), support-services'
		});
		expect(fields('scts').map((f) => f.field)).toEqual(['members', 'purpose']);
		expect(fields('shc-consultation-group').map((f) => f.field)).toEqual(['meets', 'purpose']);
		expect(fields('shc-consultation-group')[0]).toEqual({ field: 'meets', before: '', after: 'termly' });
		// Only the schools' name changed (their source too, which is not a change).
		expect(fields('schools')).toEqual([{ field: 'name', before: 'Schools in the Excellence Cluster area', after: 'Schools in the pilot area' }]);
	});

	it('keeps the agencies and posts whose notes alone were rewritten', () => {
		for (const id of ['learning-and-culture', 'support-services', 'social-care', 'sencos', 'shc-consultant']) expect(change(id)).toBe('unchanged');
	});

	it('keeps both 2004 links and adds the other 14', () => {
		expect(diff.links.filter((l) => l.change === 'unchanged').map((l) => `${l.from}>${l.to}:${l.kind}`)).toEqual(['scts>core-group:raises-issues', 'shc-consultant>sencos:consults']);
		expect(diff.links.filter((l) => l.change === 'added')).toHaveLength(14);
		expect(diff.links.filter((l) => l.change === 'removed')).toEqual([]);
	});

	it('the union is the 2005 map itself, with the two old links unchanged at their places', () => {
		const union = unionModel(city2004, city2005);
		expect([union.agencies.length, union.roles.length, union.groups.length, union.links.length]).toEqual([16, 12, 6, 16]);
		const { links } = changeClasses(diff, union);
		// scts -> core-group is the 3rd link of 2005, shc-consultant -> sencos the 15th.
		expect(links.flatMap((c, i) => (c === 'unchanged' ? [i] : []))).toEqual([2, 14]);
	});

	it('backwards, July 2005 to 2004, the same items are removed', () => {
		const back = diffSnapshots(city2005, city2004);
		expect(back.items.filter((i) => i.change === 'removed')).toHaveLength(25);
		expect(back.items.find((i) => i.id === 'mast')?.change).toBe('removed');
		expect(back.links.filter((l) => l.change === 'removed')).toHaveLength(14);
	});
});
