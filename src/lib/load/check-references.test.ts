/**
 * The references check on its own, for what the loader's tests do not reach: ids and keys
 * named for what every object inherits, and maps built to make the check slow.
 * (The usual cases, one broken reference in a valid map each, are in load-map.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { checkReferences } from './check-references';
import { readYaml } from './yaml-document';
import { loadMap } from './load-map';

function referenceErrors(text: string) {
	const read = readYaml(text, { file: 'map.yaml' });
	if (!read.ok) throw new Error(`not YAML: ${read.errors.map((e) => e.message).join('; ')}`);
	return checkReferences(read.source);
}

const messages = (text: string) => referenceErrors(text).map((e) => `${e.line}:${e.column}: ${e.path}: ${e.message}`);

describe('ids are data, never keys of an object', () => {
	const inherited = `agencies:
  - { id: constructor, name: A }
  - { id: "0", name: B }
  - { id: length, name: C }
roles:
  - { id: to-string, name: D, agency: constructor }
groups:
  - { id: has-own-property, name: E, chair: to-string, members: [constructor, "0", length] }
links:
  - { from: "0", to: length }
`;

	it('constructor, 0 and length declared and referenced: no error', () => {
		expect(messages(inherited)).toEqual([]);
	});

	it('misspelt, they are suggested like any other id', () => {
		const text = inherited.replace('agency: constructor', 'agency: constructr').replace('to: length', 'to: lenght');
		expect(messages(text)).toEqual([
			`6:39: roles[0].agency: unknown id "constructr": a role's agency must be the id of an agency in this file; did you mean "constructor"?`,
			`10:22: links[0].to: unknown id "lenght": a link end must be the id of an agency or a role or a group in this file; did you mean "length"?`
		]);
	});

	it('an id of what every object inherits, never declared, is unknown', () => {
		expect(messages('agencies:\n  - { id: schools }\nroles:\n  - { id: head, agency: constructor }\n')).toEqual([
			'4:25: roles[0].agency: unknown id "constructor": a role\'s agency must be the id of an agency in this file'
		]);
	});

	it('ids that are not ids (__proto__, toString, hasOwnProperty) are left to the schema, without a crash', () => {
		expect(messages('agencies:\n  - { id: __proto__ }\n  - { id: toString }\nroles:\n  - { id: r, agency: hasOwnProperty }\n  - { id: s, agency: __proto__ }\n')).toEqual([]);
	});

	it('a key __proto__ in an item is a key like any other: its mapping is not read as the item', () => {
		expect(messages('groups:\n  - { id: g, __proto__: { chair: nobody }, constructor: { chair: nobody } }\n')).toEqual([]);
	});
});

describe('bounded work', () => {
	it('a 30 KB id and a misspelt reference to it: the error, at once, with no suggestion', () => {
		const id = 'a'.repeat(30_000);
		const errors = referenceErrors(`agencies:\n  - { id: ${id} }\nroles:\n  - { id: r, agency: ${id.slice(1)}b }\n`);
		expect(errors.map((e) => [e.line, e.column, e.code, e.message.endsWith('must be the id of an agency in this file')])).toEqual([[4, 22, 'unknown-id', true]]);
	});

	it('a short reference that begins a 30 KB id: suggested, by the prefix rule', () => {
		const id = 'a'.repeat(30_000);
		const [error] = referenceErrors(`agencies:\n  - { id: ${id} }\nroles:\n  - { id: r, agency: aaaa }\n`);
		expect(error.message).toBe(`unknown id "aaaa": a role's agency must be the id of an agency in this file; did you mean "${id}"?`);
	});

	it('20,000 unknown ids against 20,000 declared: every error, the first ones with a suggestion', () => {
		// On the development machine (2 busy cores): the check about 1 s, after 2 to 3 s reading the 1.3 MB of YAML.
		// Suggesting for every unknown id against every declared one, as before, would take minutes.
		const n = 20_000;
		const ids = Array.from({ length: n }, (_, i) => `agency-${String(i).padStart(5, '0')}`);
		const text = `agencies:\n${ids.map((id) => `  - { id: ${id} }\n`).join('')}roles:\n${ids.map((id, i) => `  - { id: r${i}, agency: ${id.replace('agency', 'agncy')} }\n`).join('')}`;
		const errors = referenceErrors(text);
		expect(errors.length).toBe(n);
		expect(errors.every((e) => e.code === 'unknown-id')).toBe(true);
		expect(errors[0].message).toBe(`unknown id "agncy-00000": a role's agency must be the id of an agency in this file; did you mean "agency-00000", "agency-00001" or "agency-00002"?`);
		expect(errors.filter((e) => e.message.includes('did you mean')).length).toBe(16);
	});
});

describe('a very long id in a message', () => {
	it('is cut short with its length, so the line stays readable', () => {
		const long = `a${'b'.repeat(30_000)}`;
		const result = loadMap(`locality: { id: x, name: X, as_of: "2005" }\nagencies:\n  - { id: ${long}, name: L, sector: other }\nroles:\n  - { id: r, name: R, agency: ${long}c }\n`, { file: 'm.yaml' });
		expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
			`unknown id "a${'b'.repeat(39)}… (30002 characters)": a role's agency must be the id of an agency in this file`
		]);
	});
});
