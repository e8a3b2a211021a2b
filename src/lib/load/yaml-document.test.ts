/**
 * The bytes and YAML layers of the loader: syntax, documents, encodings, tags, aliases
 * and the size bound. Each test breaks one thing in the valid map of fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { FILE, VALID_MAP, append, errorsOf, insertAfter, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { loadMap } from './load-map';
import { readYaml } from './yaml-document';

const encode = (text: string) => new TextEncoder().encode(text);

describe('YAML syntax', () => {
	it('a missing colon is a syntax error at the key', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    name Schools'))).toEqual([
			mapError(8, 5, '', 'yaml-syntax', 'a key must fit on one line; is a colon or indentation missing above?')
		]);
	});

	it('an unclosed quote is a syntax error', () => {
		// The error stands at the end of the file, not at the quote on line 8: see the report.
		expect(errorsOf(replaceLine('    name: Schools', '    name: "Schools'))).toEqual([
			expect.objectContaining({ file: FILE, code: 'yaml-syntax', message: 'a closing bracket or quote is missing' })
		]);
	});

	it('a tab used for indentation', () => {
		expect(errorsOf(replaceLine('    kind: refers', '\tkind: refers'))).toEqual([
			mapError(32, 1, '', 'tab-indent', 'a tab is used for indentation; YAML allows only spaces there')
		]);
	});

	it('a tab used for indentation inside the file is the first error reported', () => {
		// Further syntax errors follow from it on the lines below: see the report.
		expect(errorsOf(replaceLine('    name: Schools', '\tname: Schools'))[0]).toEqual(
			mapError(8, 1, '', 'tab-indent', 'a tab is used for indentation; YAML allows only spaces there')
		);
	});

	it('a tab inside a line is fine', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name:\tSchools')).agencies[0].name).toBe('Schools');
	});

	it('a key twice in one mapping, at the second', () => {
		// The path is empty where it could be agencies[0].name: see the report.
		expect(errorsOf(insertAfter('    name: Schools', '    name: Schools again'))).toEqual([
			expect.objectContaining({ file: FILE, line: 9, column: 5, code: 'duplicate-key', message: 'this key appears twice in the same mapping; keep one' })
		]);
	});
});

describe('documents', () => {
	it('several documents (---) are refused at the second', () => {
		expect(errorsOf(append('---\nlocality: {}'))).toEqual([
			mapError(33, 1, '', 'several-documents', 'the file holds more than one YAML document (a line `---` starts another); put each map in a file of its own')
		]);
	});

	it('one document that starts with --- and ends with ... is fine', () => {
		expect(modelOf(`---\n${VALID_MAP}...\n`).agencies[0].at).toEqual({ line: 8, column: 5 });
	});

	it.each([
		['an empty file', ''],
		['a file of blank lines', '\n  \n\n']
	])('%s', (_what, input) => {
		expect(errorsOf(input)).toEqual([mapError(1, 1, '', 'empty', 'the file is empty; a map starts with `locality:`')]);
	});

	it('a file of comments only', () => {
		expect(errorsOf('# nothing here yet\n# really\n')).toEqual([
			mapError(1, 1, '', 'empty', 'the file holds only comments, no data; a map starts with `locality:`')
		]);
	});

	it('a file holding only null', () => {
		expect(errorsOf('~\n')).toEqual([mapError(1, 1, '', 'empty', 'the file holds no data; a map starts with `locality:`')]);
	});

	it('a file that is a list', () => {
		expect(errorsOf('- locality\n- agencies\n')).toEqual([
			mapError(1, 1, '', 'not-a-mapping', 'expected a mapping of keys to values (starting with `locality:`), found a list')
		]);
	});

	it.each([
		['text', 'locality\n', 1, 1],
		['a number', '\n  42\n', 2, 3]
	])('a file that is a single value (%s), where the value stands', (_what, input, line, column) => {
		expect(errorsOf(input)).toEqual([
			mapError(line, column, '', 'not-a-mapping', 'expected a mapping of keys to values (starting with `locality:`), found a single value')
		]);
	});
});

describe('encodings', () => {
	it('bytes that are not UTF-8, at their line', () => {
		const bytes = encode(VALID_MAP);
		bytes[VALID_MAP.indexOf('Example Vale')] = 0xff;
		expect(errorsOf(bytes)).toEqual([mapError(3, 1, '', 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8')]);
	});

	it('a UTF-8 sequence cut short, at its line', () => {
		const bytes = encode(VALID_MAP);
		bytes[VALID_MAP.indexOf('Example Vale') + 1] = 0xc3; // starts a 2-byte sequence that "ample" does not continue
		expect(errorsOf(bytes)).toEqual([mapError(3, 1, '', 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8')]);
	});

	it.each([
		['little-endian', [0xff, 0xfe], (c: number) => [c, 0]],
		['big-endian', [0xfe, 0xff], (c: number) => [0, c]]
	])('UTF-16 with a BOM (%s)', (_order, bom, unit) => {
		const bytes = new Uint8Array([...bom, ...Array.from(VALID_MAP, (c) => unit(c.charCodeAt(0))).flat()]);
		expect(errorsOf(bytes)).toEqual([mapError(1, 1, '', 'not-utf8', 'the file is saved as UTF-16; save it as UTF-8')]);
	});

	it('a UTF-8 BOM is accepted, in bytes and in text, and positions are unchanged', () => {
		const expected = modelOf(VALID_MAP);
		expect(modelOf(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(VALID_MAP)]))).toEqual(expected);
		expect(modelOf(`\ufeff${VALID_MAP}`)).toEqual(expected);
	});

	it('after a UTF-8 BOM, errors stand at the same line and column', () => {
		const broken = replaceLine('  kind: pilot', '  kidn: pilot');
		const expected = [mapError(4, 3, 'locality.kidn', 'unknown-key', 'unknown key "kidn"; did you mean "kind"?')];
		expect(errorsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(broken)]))).toEqual(expected);
		expect(errorsOf(`\ufeff${broken}`)).toEqual(expected);
	});

	it('text beyond ASCII is read as written', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name: Écoles – “primaires” √√')).agencies[0].name).toBe('Écoles – “primaires” √√');
	});
});

describe('tags', () => {
	const TAG_MESSAGE = (tag: string) => `the tag ${tag} is not allowed: a map holds plain data only; remove the tag`;

	it.each([
		['!!js/function', '!!js/function "function () { return 1 }"'],
		['!foo', '!foo Schools']
	])('%s is refused, first at the tag', (tag, value) => {
		expect(errorsOf(replaceLine('    name: Schools', `    name: ${value}`))).toEqual([mapError(8, 11, 'agencies[0].name', 'tag', TAG_MESSAGE(tag))]);
	});

	it('a custom tag on a mapping is refused', () => {
		const errors = errorsOf(replaceLine('  - id: schools', '  - !foo\n    id: schools'));
		expect(errors[0]).toMatchObject({ file: FILE, line: 7, column: 5, code: 'tag', message: TAG_MESSAGE('!foo') });
		expect(errors.every((e) => e.code === 'tag')).toBe(true);
	});

	it.each(['!!binary aGVsbG8=', '!!set { a, b }', '!!timestamp 2001-12-14', '!!omap [ a: 1 ]'])('a YAML 1.1 tag (%s) is refused', (value) => {
		const tag = value.split(' ')[0];
		expect(errorsOf(replaceLine('    name: Schools', `    name: ${value}`))).toEqual([
			expect.objectContaining({ file: FILE, line: 8, path: 'agencies[0].name', code: 'tag', message: TAG_MESSAGE(tag) })
		]);
	});

	it('!!str is plain data', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name: !!str 1234')).agencies[0].name).toBe('1234');
		expect(modelOf(replaceLine('  as_of: 2005', '  as_of: !!str 2005')).locality.as_of).toBe('2005');
	});

	it('the core tags, written out in full, are plain data', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name: !<tag:yaml.org,2002:str> Schools')).agencies[0].name).toBe('Schools');
		expect(modelOf(replaceLine('    count: 19', '    count: !!int 19')).agencies[0].count).toBe(19);
	});
});

describe('aliases', () => {
	/** The billion laughs: ten lists, each of ten aliases to the one before. */
	const BOMB = [
		'lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
		...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)
	].join('\n');

	it('a billion-laughs alias bomb is refused, at the first alias', () => {
		expect(errorsOf(append(BOMB))).toEqual([
			mapError(34, 12, '', 'alias-bound', 'aliases (*name) here expand to more than 100 copies of data; write the data out instead')
		]);
	});

	it('a bomb alone in a file is refused', () => {
		expect(errorsOf(BOMB)).toEqual([
			mapError(2, 12, '', 'alias-bound', 'aliases (*name) here expand to more than 100 copies of data; write the data out instead')
		]);
	});

	const SMALL = replaceLine('  name: Example Vale', '  name: &n Example Vale').replace('    name: Schools', '    name: *n');

	it('a single small alias is fine', () => {
		expect(modelOf(SMALL).agencies[0].name).toBe('Example Vale');
	});

	it('an alias of a list is fine, and its copy is plain data', () => {
		const model = modelOf(replaceLine('    tiers: [1, 2]', '    tiers: &t [1, 2]').replace('    count: 3', '    count: 3\n    tiers: *t'));
		expect(model.roles[0].tiers).toEqual([1, 2]);
	});

	it('maxAliases: 0 refuses every alias', () => {
		expect(errorsOf(SMALL, { maxAliases: 0 })).toEqual([
			mapError(8, 11, '', 'alias-bound', 'aliases (*name) here expand to more than 0 copies of data; write the data out instead')
		]);
	});

	it('an alias to no anchor is refused at the alias', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    name: *nope'))).toEqual([
			mapError(8, 11, '', 'yaml-syntax', 'the alias *nope refers to no anchor &nope above it')
		]);
	});
});

describe('the size bound', () => {
	const size = encode(VALID_MAP).length;

	it.each([
		['text', VALID_MAP],
		['bytes', encode(VALID_MAP)]
	])('a file over maxBytes is refused (%s)', (_what, input) => {
		expect(errorsOf(input, { maxBytes: 100 })).toEqual([
			mapError(1, 1, '', 'too-large', `the file is ${size} bytes, more than the limit of 100 bytes; split it, or raise the limit`)
		]);
	});

	it.each([
		['text', VALID_MAP],
		['bytes', encode(VALID_MAP)]
	])('a file of exactly maxBytes is accepted, one byte less is not (%s)', (_what, input) => {
		expect(loadMap(input, { maxBytes: size }).ok).toBe(true);
		expect(errorsOf(input, { maxBytes: size - 1 })[0].code).toBe('too-large');
	});

	it('text is measured in UTF-8 bytes, not characters', () => {
		const text = replaceLine('    name: Schools', `    name: ${'é'.repeat(40)}`);
		const bytes = encode(text).length;
		expect(text.length).toBe(bytes - 40);
		expect(loadMap(text, { maxBytes: bytes }).ok).toBe(true);
		expect(errorsOf(text, { maxBytes: bytes - 1 })[0].code).toBe('too-large');
	});

	it.each([
		['text', () => `${VALID_MAP}# ${'x'.repeat(11 * 1024 * 1024)}\n`],
		['bytes', () => encode(`${VALID_MAP}# ${'x'.repeat(11 * 1024 * 1024)}\n`)]
	])('the default bound is 10 MB (%s)', (_what, input) => {
		expect(errorsOf(input())).toEqual([
			mapError(1, 1, '', 'too-large', 'the file is 11.0 MB, more than the limit of 10.0 MB; split it, or raise the limit')
		]);
	});
});

describe('readYaml', () => {
	it('keeps the document, so positions can be found after parsing', () => {
		const read = readYaml(VALID_MAP, { file: FILE });
		expect(read.ok).toBe(true);
		if (read.ok) {
			expect(read.source.file).toBe(FILE);
			expect(read.source.value).toMatchObject({ locality: { id: 'example-vale', as_of: 2005 } });
		}
	});
});
