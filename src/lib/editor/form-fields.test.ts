import { describe, expect, it } from 'vitest';
import type { ItemId } from '../format/schema';
import type { Agency, Group, Link, Role } from '../model/locality-model';
import {
	agencyData,
	agencyFormValues,
	asOfProblem,
	fieldChanges,
	followSaved,
	groupData,
	groupFormValues,
	groupProblem,
	GROUP_KEYS,
	itemData,
	itemFormValues,
	itemProblem,
	parseCount,
	presentFields,
	relocateLink,
	roleData,
	roleFormValues,
	ROLE_KEYS
} from './form-fields';

const id = (s: string) => s as ItemId;
const at = { line: 1, column: 1 };

describe('fieldChanges', () => {
	it('gives only what changed, an emptied field as undefined', () => {
		const before = { name: 'ISS forum', type: 'forum', purpose: 'Cases', meets: 'monthly' };
		const after = { name: 'ISS forum ', type: 'panel', purpose: '  ', meets: 'monthly', chair: '' };
		const changes = fieldChanges(before, after, ['name', 'type', 'purpose', 'meets', 'chair']);
		expect(changes).toEqual({ type: 'panel', purpose: undefined });
		expect('purpose' in changes).toBe(true);
	});

	it('is empty when nothing changed', () => {
		expect(fieldChanges({ name: 'A' }, { name: 'A' }, ['name', 'sector'])).toEqual({});
	});

	it('reads tiers as a set, and no tiers as not said', () => {
		expect(fieldChanges({ tiers: [3, 4] }, { tiers: [4, 3] }, ['tiers'])).toEqual({});
		expect(fieldChanges({ tiers: [3, 4] }, { tiers: [] }, ['tiers'])).toEqual({ tiers: undefined });
		expect(fieldChanges({ tiers: undefined }, { tiers: [2, 1] }, ['tiers'])).toEqual({ tiers: [1, 2] });
	});
});

describe('presentFields', () => {
	it('drops empty fields and trims the rest', () => {
		expect(presentFields({ name: ' New ', purpose: '', chair: undefined, count: 2, tiers: [] })).toEqual({ name: 'New', count: 2 });
	});
});

describe('followSaved: a form following its item as the map is read again', () => {
	const base = { name: 'Panel', purpose: 'Cases', meets: 'monthly', tiers: [3] };

	it('changes nothing when the map holds what the form loaded', () => {
		const current = { ...base, name: 'Panel of fo' };
		expect(followSaved(base, current, { ...base })).toEqual({ values: current, changed: [] });
	});

	it('takes the map’s new value for a field the user has not touched, and keeps what the user typed in the others', () => {
		const current = { ...base, purpose: 'Cases referred by scho' };
		const saved = { ...base, purpose: 'Cases at tier 3', meets: 'termly', tiers: [3, 4] };
		expect(followSaved(base, current, saved)).toEqual({ values: { ...base, purpose: 'Cases referred by scho', meets: 'termly', tiers: [3, 4] }, changed: ['meets', 'tiers'] });
	});

	it('reads a field the user typed back to what was loaded as untouched', () => {
		const current = { ...base, name: ' Panel ' };
		expect(followSaved(base, current, { ...base, name: 'Case panel' })).toEqual({ values: { ...base, name: 'Case panel' }, changed: ['name'] });
	});
});

describe('counts and dates as typed', () => {
	it('reads a count, a fraction of a post and nothing; refuses the rest in words', () => {
		expect(parseCount('19')).toEqual({ ok: true, value: 19 });
		expect(parseCount(' 0.8 ')).toEqual({ ok: true, value: 0.8 });
		expect(parseCount('0,5')).toEqual({ ok: true, value: 0.5 });
		expect(parseCount('')).toEqual({ ok: true, value: undefined });
		for (const text of ['0', '-2', 'three', '1e3', '2.']) {
			expect(parseCount(text)).toEqual({ ok: false, message: `The number “${text}” is not a count: write a number more than 0, such as 3 or 0.5, or leave it empty.` });
		}
	});

	it('accepts a year, a month or a day of the calendar', () => {
		expect(asOfProblem('2005')).toBeNull();
		expect(asOfProblem('2005-07')).toBeNull();
		expect(asOfProblem('2004-02-29')).toBeNull();
		expect(asOfProblem('2005-02-29')).toBe('2005-02-29 is not a date: February 2005 has 28 days');
		expect(asOfProblem('July 2005')).toBe('“July 2005” is not a date the map can hold: write a year (2005), a month (2005-07) or a day (2005-07-14).');
		expect(asOfProblem(' ')).toBe('Give the date the map describes: a year (2005), a month (2005-07) or a day (2005-07-14).');
	});
});

describe('an item’s form values and the data they stand for', () => {
	const agency: Agency = { kind: 'agency', at, id: id('schools'), name: 'Schools', sector: 'education', count: 19, external: false, groups_recorded: 'complete' };
	const role: Role = { kind: 'role', at, id: id('esw'), name: 'ESW', agency: id('schools'), count: 0.8, systems_minder: false, groups_recorded: 'partial' };

	it('leaves out an agency’s defaults, and reads `external: false` in the file as not said', () => {
		const values = agencyFormValues(agency);
		expect(values).toMatchObject({ count: '19', external: false, groups_recorded: 'complete', tiers: [] });
		expect(presentFields(agencyData(values))).toEqual({ name: 'Schools', sector: 'education', count: 19 });
		expect(fieldChanges(agencyData(values), agencyData({ ...values, external: true, groups_recorded: 'partial', count: '' }), ['external', 'groups_recorded', 'count'])).toEqual({
			external: true,
			groups_recorded: 'partial',
			count: undefined
		});
	});

	it('keeps a post’s “not a systems minder” apart from not saying', () => {
		const values = roleFormValues(role);
		expect(values).toMatchObject({ systems_minder: 'no', count: '0.8', groups_recorded: 'partial', funding: '' });
		expect(fieldChanges(roleData(values), roleData({ ...values, systems_minder: '' }), ROLE_KEYS)).toEqual({ systems_minder: undefined });
		expect(fieldChanges(roleData(values), roleData({ ...values, groups_recorded: 'complete' }), ROLE_KEYS)).toEqual({ groups_recorded: undefined });
		expect(roleFormValues(undefined, 'schools').agency).toBe('schools');
	});

	it('holds a group’s members_recorded only where it differs from the format’s default', () => {
		const group = (members: Group['members'], members_recorded: Group['members_recorded']): Group => ({ kind: 'group', at, id: id('g'), name: 'G', type: 'panel', members, members_recorded });
		const head = [{ id: id('head'), attendance: 'regular' as const }];
		expect(groupFormValues(group(head, 'complete')).members_recorded).toBe('');
		expect(groupFormValues(group([], 'not-recorded')).members_recorded).toBe('');
		expect(groupFormValues(group(head, 'partial')).members_recorded).toBe('partial');
		expect(groupFormValues(group([], 'complete')).members_recorded).toBe('complete');
		const values = groupFormValues(group(head, 'complete'));
		expect(fieldChanges(groupData(values), groupData({ ...values, members_recorded: 'partial', external: true, tiers: [4, 3] }), GROUP_KEYS)).toEqual({
			members_recorded: 'partial',
			external: true,
			tiers: [3, 4]
		});
		expect(groupProblem({ ...values, members_recorded: 'not-recorded' }, 1)).toBe(
			'The group lists members, so its members cannot be “Not recorded”: choose “Partly recorded” when the list is not the whole group.'
		);
		expect(groupProblem({ ...values, members_recorded: 'not-recorded' }, 0)).toBeNull();
		expect(groupProblem({ ...values, name: ' ' }, 0)).toBe('Give the group a name.');
	});
});

describe('relocateLink', () => {
	const link = (from: string, to: string): Link => ({ at, from: id(from), to: id(to), kind: 'informs' });
	const seen = link('a', 'b');

	it('finds the link where it was, or where it moved, or says it is gone', () => {
		expect(relocateLink([seen, link('b', 'c')], 0, seen)).toBe(0);
		expect(relocateLink([link('x', 'y'), seen, link('b', 'c')], 0, seen)).toBe(1);
		expect(relocateLink([seen, link('x', 'y'), link('x', 'z'), seen], 2, seen)).toBe(3);
		expect(relocateLink([link('b', 'c')], 0, seen)).toBe(-1);
		expect(relocateLink([], 0, seen)).toBe(-1);
	});
});

describe('one form for agencies and posts', () => {
	const role: Role = { kind: 'role', at, id: id('esw'), name: 'ESW', agency: id('schools'), funding: 'core', groups_recorded: 'complete' };

	it('gives each kind only its own keys', () => {
		const values = itemFormValues(role);
		expect(Object.keys(itemData('role', values))).toEqual([...ROLE_KEYS]);
		expect(presentFields(itemData('role', values))).toEqual({ name: 'ESW', agency: 'schools', funding: 'core' });
		expect(presentFields(itemData('agency', { ...itemFormValues(undefined), name: 'Police', sector: 'police' }))).toEqual({ name: 'Police', sector: 'police' });
	});

	it('names the field at fault', () => {
		expect(itemProblem('agency', { ...itemFormValues(undefined), name: '' })).toEqual({ field: 'name', message: 'Give the agency a name.' });
		expect(itemProblem('role', { ...itemFormValues(undefined), name: 'ESW' })).toEqual({ field: 'agency', message: 'Choose the agency that employs the post.' });
		expect(itemProblem('role', { ...itemFormValues(role), count: 'two' })?.field).toBe('count');
		expect(itemProblem('role', itemFormValues(role))).toBeNull();
	});
});
