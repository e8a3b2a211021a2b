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

	it('an unclosed quote is a syntax error at the quote, not past the end of the file', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    name: "Schools'))).toEqual([
			mapError(8, 11, '', 'yaml-syntax', 'the quote " that opens here is never closed; add the closing "')
		]);
		expect(errorsOf(append("x: 'never closed"))).toEqual([mapError(33, 4, '', 'yaml-syntax', "the quote ' that opens here is never closed; add the closing '")]);
	});

	it('an unclosed bracket at the end of the file is placed on the last line, where the bracket is missing', () => {
		expect(errorsOf(append('x: [1, 2'))).toEqual([
			mapError(33, 9, '', 'yaml-syntax', 'a closing ] is missing, or a line inside the brackets is indented less than its key')
		]);
		expect(errorsOf('[1, 2\n\n\n')).toEqual([mapError(1, 6, '', 'yaml-syntax', 'a closing ] is missing here')]);
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

	it('a key twice in one mapping, at the second, with its path', () => {
		expect(errorsOf(insertAfter('    name: Schools', '    name: Schools again'))).toEqual([
			mapError(9, 5, 'agencies[0].name', 'duplicate-key', 'this key appears twice in the same mapping; keep one')
		]);
	});

	it('keys that become the same text are the same key (1 and "1")', () => {
		expect(errorsOf(append('x:\n  1: a\n  "1": b'))).toEqual([mapError(35, 3, 'x.1', 'duplicate-key', 'this key appears twice in the same mapping; keep one')]);
	});

	it.each([
		['a list', '[a, b]: 1', 33, 1, ''],
		['a mapping', '? {a: 1}\n: 2', 33, 3, ''],
		['an alias (*k)', 'x: &k y\nz:\n  *k : 1', 35, 3, 'z']
	])('a key that is %s is refused', (found, added, line, column, path) => {
		expect(errorsOf(append(added))).toEqual([mapError(line, column, path, 'wrong-type', `expected a key written as plain text, like \`name:\`; found ${found}`)]);
	});

	it('a key longer than YAML allows', () => {
		expect(errorsOf(append(`${'k'.repeat(1100)}: 1`))).toEqual([
			mapError(33, 1, '', 'yaml-syntax', 'this key is longer than 1024 characters, the most YAML allows for a key; shorten it')
		]);
	});

	it('an escape YAML does not know, in plain words', () => {
		// A Windows path in double quotes: each backslash starts an escape.
		const message = (escape: string) => `${escape} is not an escape YAML knows inside double quotes; write \\\\ for a backslash, or use single quotes`;
		expect(errorsOf(replaceLine('    name: Schools', '    name: "C:\\Schools\\q"'))).toEqual([
			mapError(8, 14, '', 'yaml-syntax', message('\\S')),
			mapError(8, 22, '', 'yaml-syntax', message('\\q'))
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

	/** VALID_MAP in UTF-16 or UTF-32, without a byte-order mark. */
	const wide = (bytesPerChar: 2 | 4, bigEndian: boolean) =>
		new Uint8Array(
			Array.from(VALID_MAP, (c) => {
				const unit = [c.charCodeAt(0), ...Array(bytesPerChar - 1).fill(0)];
				return bigEndian ? unit.reverse() : unit;
			}).flat()
		);

	it.each([
		['UTF-16', 2, false],
		['UTF-16', 2, true],
		['UTF-32', 4, false],
		['UTF-32', 4, true]
	] as const)('%s without a BOM is named (big-endian: %s), not read as "a single value"', (name, bytesPerChar, bigEndian) => {
		expect(errorsOf(wide(bytesPerChar, bigEndian))).toEqual([mapError(1, 1, '', 'not-utf8', `the file is saved as ${name}; save it as UTF-8`)]);
	});

	it.each([
		['bytes', (text: string) => encode(text)],
		['text', (text: string) => text]
	])('a NUL character is refused at its line and column (%s)', (_what, as) => {
		expect(errorsOf(as(replaceLine('    name: Schools', '    name: Sch\0ools')))).toEqual([
			mapError(8, 14, '', 'control-character', 'this line holds a NUL character (byte 0), which text never holds: is this a text file? Save the map as UTF-8 text')
		]);
	});

	it.each([
		['an escape character', '\u001b[31m', 'U+001B'],
		['a backspace', '\b', 'U+0008'],
		['DEL', '\u007f', 'U+007F'],
		['a C1 control', '\u009b', 'U+009B'],
		['U+FFFF', '\uffff', 'U+FFFF']
	])('%s, which YAML does not allow, is refused at its place', (_what, char, code) => {
		expect(errorsOf(replaceLine('    name: Schools', `    name: Sch${char}ools`))).toEqual([
			mapError(8, 14, '', 'control-character', `this line holds the invisible character ${code}, which YAML does not allow in a file; remove it`)
		]);
	});

	it('half a surrogate pair in text from an editor is refused at its place', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    name: Sch\ud83dools'))).toEqual([
			mapError(8, 14, '', 'control-character', 'this line holds half of a character (a lone UTF-16 surrogate, U+D83D); retype the text around it')
		]);
		expect(modelOf(replaceLine('    name: Schools', '    name: Sch\ud83d\ude00ools')).agencies[0].name).toBe('Sch😀ools');
	});

	it('tabs, NEL and non-breaking spaces are text', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name: Sch\tool\u0085s\u00a0x')).agencies[0].name).toBe('Sch\tool\u0085s\u00a0x');
	});

	it('text beyond ASCII is read as written', () => {
		expect(modelOf(replaceLine('    name: Schools', '    name: Écoles – “primaires” √√')).agencies[0].name).toBe('Écoles – “primaires” √√');
	});
});

describe('line endings', () => {
	const broken = replaceLine('  kind: pilot', '  kidn: pilot').replace('    count: 19', '    count: -1');
	const expected = [
		mapError(4, 3, 'locality.kidn', 'unknown-key', 'unknown key "kidn"; did you mean "kind"?'),
		mapError(11, 12, 'agencies[0].count', 'bad-value', 'expected a number greater than 0; found number -1')
	];

	it.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['CR alone (old Mac files)', '\r']
	])('errors stand at the same line and column with %s line endings', (_what, ending) => {
		const text = broken.replace(/\n/g, ending);
		expect(errorsOf(text)).toEqual(expected);
		expect(errorsOf(encode(text))).toEqual(expected);
	});

	it('a file with CR line endings loads as the same map', () => {
		expect(modelOf(VALID_MAP.replace(/\n/g, '\r'))).toEqual(modelOf(VALID_MAP));
	});

	it('bytes that are not UTF-8 are placed on their line with CR line endings too', () => {
		const bytes = encode(VALID_MAP.replace(/\n/g, '\r'));
		bytes[VALID_MAP.indexOf('Example Vale')] = 0xff;
		expect(errorsOf(bytes)).toEqual([mapError(3, 1, '', 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8')]);
	});

	it('a line separator (U+2028) is text in YAML, not a line break: lines are counted by \\n alone', () => {
		const text = replaceLine('    name: Schools', '    name: Schools\u2028and more').replace('    count: 19', '    count: -1');
		expect(errorsOf(text)).toEqual([mapError(11, 12, 'agencies[0].count', 'bad-value', 'expected a number greater than 0; found number -1')]);
		expect(modelOf(replaceLine('    name: Schools', '    name: Schools\u2028and more')).agencies[0].name).toBe('Schools\u2028and more');
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

	it('a tag on every one of 20,000 items is refused, each once, in linear time', () => {
		// The tag warnings were filtered once per tagged node: quadratic.
		const text = `locality: [${Array(20_000).fill('!x 1').join(', ')}]\n`;
		const errors = errorsOf(text);
		expect(errors).toHaveLength(20_000);
		expect(errors[0]).toEqual(mapError(1, 12, 'locality[0]', 'tag', TAG_MESSAGE('!x')));
		expect(errors.at(-1)).toEqual(mapError(1, 12 + 19_999 * 6, 'locality[19999]', 'tag', TAG_MESSAGE('!x')));
	});

	it('a tag on a key is refused, with the key in the path', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    !foo name: Schools'))).toEqual([mapError(8, 5, 'agencies[0].name', 'tag', TAG_MESSAGE('!foo'))]);
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
	const expands = (max: number, alias: string) =>
		`with its aliases copied out, the data holds more than ${max} values by this alias (*${alias}), more than a map may hold; write out what the aliases copy, or copy less`;

	it('a billion-laughs alias bomb is refused, at the alias that copies the data past the bound on values', () => {
		// Copied out, lol5 is 1 + 10 × 111,111 values: its 8th alias passes 1,000,000 in all.
		expect(errorsOf(append(BOMB))).toEqual([mapError(38, 47, 'lol5[7]', 'alias-bound', expands(1_000_000, 'a4'))]);
		expect(errorsOf(BOMB)).toEqual([mapError(6, 47, 'lol5[7]', 'alias-bound', expands(1_000_000, 'a4'))]);
	});

	it('honours the maxValues option', () => {
		// lol0 is 11 values; the file holds 15 before lol1's first alias, so its 8th passes 100.
		expect(errorsOf(BOMB, { maxValues: 100 })).toEqual([mapError(2, 47, 'lol1[7]', 'alias-bound', expands(100, 'a0'))]);
	});

	it('20,000 aliases in 80 KB are refused at the 101st, before the document is built', () => {
		// This took over a minute: each alias was resolved by walking the whole document.
		const many = `a: &a x\nb: [${Array(20_000).fill('*a').join(', ')}]\n`;
		expect(errorsOf(many)).toEqual([
			mapError(2, 405, '', 'alias-bound', 'this alias (*a) is one more than the 100 aliases a file may hold; write the data out instead')
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

	it('100 aliases are fine, and maxAliases: 0 refuses every alias', () => {
		expect(readYaml(`x: &x 1\ncopies: [${Array(100).fill('*x').join(', ')}]`).ok).toBe(true);
		expect(errorsOf(SMALL, { maxAliases: 0 })).toEqual([
			mapError(8, 11, '', 'alias-bound', 'this alias (*n) is one more than the 0 aliases a file may hold; write the data out instead')
		]);
	});

	it('an alias to no anchor is refused at the alias', () => {
		expect(errorsOf(replaceLine('    name: Schools', '    name: *nope'))).toEqual([
			mapError(8, 11, 'agencies[0].name', 'yaml-syntax', 'the alias *nope refers to no anchor &nope above it')
		]);
	});

	it('an alias before its anchor is refused: anchors are found in the order of the file', () => {
		expect(errorsOf(append('x: *later\ny: &later 1'))).toEqual([mapError(33, 4, 'x', 'yaml-syntax', 'the alias *later refers to no anchor &later above it')]);
	});

	it('an alias inside the data its anchor marks is refused (it would make endless data)', () => {
		expect(errorsOf(append('x: &c [1, *c]'))).toEqual([
			mapError(33, 11, 'x[1]', 'alias-bound', 'the alias *c stands inside the data its anchor &c marks, so that data would never end; write it out instead')
		]);
	});

	it('an anchor given again is found as the file last gave it', () => {
		const text = append('x: &a [1, 2]\ny: &a [3]\nz: *a').replace('    tiers: [1, 2]', '    tiers: [2]');
		const read = readYaml(text);
		expect(read.ok && (read.source.value as Record<string, unknown>).z).toEqual([3]);
	});

	it('errors in data reached through an alias stand where the data is written', () => {
		const text = VALID_MAP.replace('agencies:\n', 'spare: &ag\n').replace('roles:\n', 'agencies: *ag\nroles:\n').replace('    count: 19', '    count: -1');
		expect(errorsOf(text)).toEqual([
			mapError(6, 1, 'spare', 'unknown-key', 'unknown key "spare"; the keys allowed here are locality, agencies, roles, groups, links, assessment'),
			mapError(11, 12, 'agencies[0].count', 'bad-value', 'expected a number greater than 0; found number -1')
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
			mapError(1, 1, '', 'too-large', `the file is ${size} bytes, more than the limit of 100 bytes; split it into smaller maps`)
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
			mapError(1, 1, '', 'too-large', 'the file is 11.0 MB, more than the limit of 10.0 MB; split it into smaller maps')
		]);
	});
});

describe('the bounds on tokens and values', () => {
	it('a file of more YAML tokens than maxTokens is refused where it passes the bound, before the document is built', () => {
		// Line 10 starts with the 51st token: the indentation of "    tiers".
		expect(errorsOf(VALID_MAP, { maxTokens: 50 })).toEqual([
			mapError(10, 1, '', 'too-large', 'the file holds more than 50 YAML tokens by here (each key, value, bracket, mark such as - or :, run of spaces and line break counts one); a map needs far fewer: split it into smaller maps')
		]);
	});

	it('the default bound is 1,000,000 tokens: 5 MB of [1,1,1,...] is refused, not read into 2.4 GB', () => {
		const dense = `locality: [${'1,'.repeat(2_500_000)}1]\n`;
		// "locality", ":", " " and "[" are the first four tokens; token k stands at column k + 7.
		expect(errorsOf(dense)).toEqual([
			mapError(1, 1_000_001 + 7, '', 'too-large', 'the file holds more than 1000000 YAML tokens by here (each key, value, bracket, mark such as - or :, run of spaces and line break counts one); a map needs far fewer: split it into smaller maps')
		]);
	}, 20_000);

	it('data of more values than maxValues is refused at the value that passes the bound', () => {
		expect(errorsOf(VALID_MAP, { maxValues: 20 })).toEqual([
			mapError(10, 5, 'agencies[0].tiers', 'too-large', 'the data holds more than 20 values by here (each key, value, list and mapping counts one); a map needs far fewer: split it into smaller maps')
		]);
	});

	it('the valid map is well inside every bound', () => {
		expect(modelOf(VALID_MAP, { maxTokens: 400, maxValues: 100, maxAliases: 0, maxDepth: 5 }).groups).toHaveLength(1);
	});
});

describe('syntax errors', () => {
	it('past 100, the rest are counted, not listed', () => {
		const errors = errorsOf(`locality: x\n${'}\n'.repeat(500)}`);
		expect(errors).toHaveLength(101);
		expect(errors[0]).toEqual(mapError(2, 1, '', 'yaml-syntax', 'this is not valid YAML here'));
		expect(errors[100]).toEqual(mapError(102, 1, '', 'yaml-syntax', 'and 400 more YAML syntax errors from here on, most of them following from those above; fix those first'));
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
