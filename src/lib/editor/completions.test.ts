import { describe, expect, it } from 'vitest';
import { LocalityMap } from '../format/schema';
import { attendances, groupTypes, linkKinds, localityKinds, sectors } from '../format/vocabulary';
import { z } from 'zod';
import { completionVocabulary, cursorContext, valuesFor, type JsonSchemaNode } from './completions';

const schema = z.toJSONSchema(LocalityMap, { io: 'input', target: 'draft-07' }) as JsonSchemaNode;
const vocabulary = completionVocabulary(schema, [sectors, groupTypes, linkKinds, localityKinds, attendances]);
const ids = { agencies: [{ value: 'schools' }], roles: [{ value: 'hsclw' }], groups: [{ value: 'forum' }] };

describe('completionVocabulary', () => {
	it('lists each section’s keys from the schema, with descriptions', () => {
		expect(vocabulary.top.map((k) => k.key)).toEqual(['locality', 'agencies', 'roles', 'groups', 'links', 'assessment']);
		expect(vocabulary.groups.map((k) => k.key)).toContain('members_recorded');
		expect(vocabulary.members.map((k) => k.key)).toEqual(['id', 'attendance', 'notes']);
		expect(vocabulary.feature.map((k) => k.key)).toEqual(['rating', 'evidence']);
		expect(vocabulary.agencies.find((k) => k.key === 'sector')?.description).toBe('The sector the agency belongs to.');
	});

	it('gives closed values their words from the vocabulary, and tells kind of locality from kind of link', () => {
		expect(valuesFor(vocabulary, 'locality', 'kind', ids).map((v) => v.value)).toEqual(['pilot', 'network', 'locality']);
		const kinds = valuesFor(vocabulary, 'links', 'kind', ids);
		expect(kinds.map((v) => v.value)).toEqual(linkKinds.values);
		expect(kinds[0].label).toBe(linkKinds.list[0].label);
		expect(valuesFor(vocabulary, 'locality', 'expected_sectors', ids).map((v) => v.value)).toEqual(sectors.values);
	});

	it('offers the map’s own ids where a key takes an id', () => {
		expect(valuesFor(vocabulary, 'roles', 'agency', ids).map((v) => v.value)).toEqual(['schools']);
		expect(valuesFor(vocabulary, 'groups', 'members', ids).map((v) => v.value)).toEqual(['hsclw', 'schools']);
		expect(valuesFor(vocabulary, 'links', 'to', ids).map((v) => v.value)).toEqual(['schools', 'hsclw', 'forum']);
	});
});

describe('cursorContext', () => {
	it('finds a key at the top and in each section', () => {
		expect(cursorContext('locality:\n  id: x\nagen')).toEqual({ kind: 'key', section: 'top', prefix: 'agen' });
		expect(cursorContext('locality:\n  id: x\n  na')).toEqual({ kind: 'key', section: 'locality', prefix: 'na' });
		expect(cursorContext('groups:\n  - id: g\n    ty')).toEqual({ kind: 'key', section: 'groups', prefix: 'ty' });
		expect(cursorContext('groups:\n  - ')).toEqual({ kind: 'key', section: 'groups', prefix: '' });
	});

	it('finds a value after a key, in block and flow style', () => {
		expect(cursorContext('agencies:\n  - id: a\n    sector: he')).toEqual({ kind: 'value', section: 'agencies', key: 'sector', prefix: 'he' });
		expect(cursorContext('agencies:\n  - { id: a, sector: ')).toEqual({ kind: 'value', section: 'agencies', key: 'sector', prefix: '' });
		expect(cursorContext('links:\n  - { from: a, to: b, kind: re')).toEqual({ kind: 'value', section: 'links', key: 'kind', prefix: 're' });
	});

	it('knows a member, in a block list, a flow list and a member mapping', () => {
		expect(cursorContext('groups:\n  - id: g\n    members:\n      - sch')).toEqual({ kind: 'value', section: 'groups', key: 'members', prefix: 'sch' });
		expect(cursorContext('groups:\n  - id: g\n    members: [schools, hs')).toEqual({ kind: 'value', section: 'groups', key: 'members', prefix: 'hs' });
		expect(cursorContext('groups:\n  - id: g\n    members:\n      - id: x\n        attendance: occ')).toEqual({ kind: 'value', section: 'members', key: 'attendance', prefix: 'occ' });
		expect(cursorContext('groups:\n  - id: g\n    members: [a, { id: x, attendance: ')).toEqual({ kind: 'value', section: 'members', key: 'attendance', prefix: '' });
	});

	it('offers nothing in a comment', () => {
		expect(cursorContext('locality:\n  id: x # a comm')).toBeNull();
	});
});
