/**
 * Inputs made to break the loader, as an attacker or a careless user would write them.
 * Each ends in one clear answer (the exact errors, or the model) within the bounds on
 * size, tokens, values, aliases and nesting; none throws, hangs or exhausts memory. The
 * nesting cases are in nesting.test.ts, encodings and aliases in yaml-document.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { VALID_MAP, append, errorsOf, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { readYaml } from './yaml-document';

const MB = 1024 * 1024;
const TOO_MANY_TOKENS =
	'the file holds more than 1000000 YAML tokens by here (each key, value, bracket, mark such as - or :, run of spaces and line break counts one); a map needs far fewer: split it into smaller maps';

describe('size and shape', () => {
	it('a mapping of 100,000 keys: each unknown key reported once, in linear time', () => {
		// Keys were compared with every key before them (uniqueKeys), and each error's
		// position was found by scanning all 100,000 keys: hours, now about a second.
		const text = `locality:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n')}\n`;
		const unknown = errorsOf(text).filter((e) => e.code === 'unknown-key');
		expect(unknown).toHaveLength(100_000);
		expect(unknown.at(-1)).toMatchObject({ line: 100_001, column: 3, path: 'locality.k99999' });
	}, 30_000);

	it('a key of 1 MB', () => {
		expect(errorsOf(`${'k'.repeat(MB)}: 1\n`)).toEqual([
			mapError(1, 1, '', 'yaml-syntax', 'this key is longer than 1024 characters, the most YAML allows for a key; shorten it')
		]);
	});

	it('a value of 9 MB is read, and shown cut short where it is wrong', () => {
		expect(modelOf(replaceLine('    name: Schools', `    name: ${'x'.repeat(9 * MB)}`)).agencies[0].name).toHaveLength(9 * MB);
		expect(errorsOf(replaceLine('    count: 19', `    count: ${'x'.repeat(9 * MB)}`))).toEqual([
			mapError(11, 12, 'agencies[0].count', 'wrong-type', `expected a number, found "${'x'.repeat(37)}..."`)
		]);
	});

	it('10 MB of spaces is an empty file', () => {
		expect(errorsOf(' '.repeat(10 * MB - 1))).toEqual([mapError(1, 1, '', 'empty', 'the file is empty; a map starts with `locality:`')]);
	});

	it('10 MB of blank lines is refused at the line that passes the bound on tokens', () => {
		expect(errorsOf('\n'.repeat(10 * MB - 1))).toEqual([mapError(1_000_001, 1, '', 'too-large', TOO_MANY_TOKENS)]);
	}, 20_000);

	it('10 MB of comment lines is refused at the line that passes the bound on tokens', () => {
		// Two tokens a line: the comment and the line break.
		expect(errorsOf('# c\n'.repeat((10 * MB) / 4 - 1))).toEqual([mapError(500_001, 1, '', 'too-large', TOO_MANY_TOKENS)]);
	}, 20_000);

	it('1,000 unclosed quotes: each at its quote, the first hundred listed', () => {
		const errors = errorsOf(`locality:\n${'  - "a\n'.repeat(1000)}`);
		expect(errors).toHaveLength(101);
		expect(errors[0]).toEqual(mapError(2, 5, '', 'yaml-syntax', 'the quote " that opens here is never closed; add the closing "'));
		expect(errors[99]).toEqual(mapError(101, 5, '', 'yaml-syntax', 'the quote " that opens here is never closed; add the closing "'));
		expect(errors[100]).toEqual(
			mapError(102, 5, '', 'yaml-syntax', 'and 900 more YAML syntax errors from here on, most of them following from those above; fix those first')
		);
	});

	it('5 MB of tabs after a key: one error, at the first tab', () => {
		expect(errorsOf(`locality:\n${'\t'.repeat(5 * MB)}`)).toEqual([mapError(2, 1, '', 'tab-indent', 'a tab is used for indentation; YAML allows only spaces there')]);
	});
});

describe('documents and marks', () => {
	it.each([
		['only ---', '---\n'],
		['only ...', '...\n'],
		['--- then ...', '---\n...\n']
	])('a file of %s holds no data', (_what, text) => {
		expect(errorsOf(text)).toEqual([mapError(1, 1, '', 'empty', 'the file holds no data; a map starts with `locality:`')]);
	});

	it('a thousand documents: refused once, at the second', () => {
		expect(errorsOf('---\na: 1\n'.repeat(1000))).toEqual([
			mapError(3, 1, '', 'several-documents', 'the file holds more than one YAML document (a line `---` starts another); put each map in a file of its own')
		]);
	});

	it('a byte-order mark alone, or before blank lines, is an empty file', () => {
		expect(errorsOf('\ufeff')).toEqual([mapError(1, 1, '', 'empty', 'the file is empty; a map starts with `locality:`')]);
		expect(errorsOf('\ufeff\n\n')).toEqual([mapError(1, 1, '', 'empty', 'the file is empty; a map starts with `locality:`')]);
	});

	it.each([
		['three byte-order marks before the first key', '\ufeff\ufeff\ufefflocality: x\n', 1, 1],
		['a byte-order mark inside the file', VALID_MAP.replace('  kind: pilot', '\ufeff  kind: pilot'), 4, 1]
	])('%s: refused where it stands (it would make an invisible, different key)', (_what, text, line, column) => {
		expect(errorsOf(text)).toEqual([
			mapError(line, column, '', 'control-character', 'this line holds a byte-order mark (U+FEFF), an invisible character that belongs only at the very start of a file; remove it')
		]);
	});

	it('a %YAML 1.1 directive does not switch to YAML 1.1 types (yes, dates, 017 stay as the core schema reads them)', () => {
		const read = readYaml('%YAML 1.1\n---\na: yes\nb: 2001-12-14\nc: 017\n');
		expect(read.ok && read.source.value).toEqual({ a: 'yes', b: '2001-12-14', c: 17 });
	});

	it('a %TAG directive cannot bring in a tag', () => {
		expect(errorsOf(`%TAG ! tag:example.com,2000:\n---\n${VALID_MAP.replace('  kind: pilot', '  kind: !x pilot')}`)).toEqual([
			mapError(6, 9, 'locality.kind', 'tag', 'the tag tag:example.com,2000:x is not allowed: a map holds plain data only; remove the tag')
		]);
	});
});

describe('keys and anchors', () => {
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a key named %s is an unknown key, and pollutes nothing', (key) => {
		expect(errorsOf(replaceLine('  kind: pilot', `  ${key}: pilot`))).toEqual([
			mapError(4, 3, `locality.${key}`, 'unknown-key', `unknown key "${key}"; the keys allowed here are id, name, kind, as_of, boundary, summary, sources, expected_sectors, notes, source`)
		]);
		const read = readYaml(`${key}: {polluted: true}\n`);
		expect(read.ok && Object.getOwnPropertyNames(read.source.value)).toEqual([key]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a merge key (<<) merges nothing: it is a key like any other', () => {
		const read = readYaml('base: &b {a: 1}\nx:\n  <<: *b\n');
		expect(read.ok && read.source.value).toEqual({ base: { a: 1 }, x: { '<<': { a: 1 } } });
	});

	it('an anchor on every node changes nothing', () => {
		let n = 0;
		const anchored = VALID_MAP.replace(/: (?=\S)/g, () => `: &n${n++} `);
		expect(n).toBeGreaterThan(20);
		expect(modelOf(anchored)).toEqual(modelOf(VALID_MAP));
	});

	it('750,000 tokens of anchors, then 100 aliases to the first: linear, and the aliases still resolve', () => {
		// Each alias used to look for its anchor among every anchor and alias before it.
		const text = `a: [${Array.from({ length: 150_000 }, (_, i) => `&a${i} 1`).join(', ')}]\nb: [${Array(100).fill('*a0').join(', ')}]\n`;
		const read = readYaml(text);
		expect(read.ok && (read.source.value as { b: number[] }).b).toEqual(Array(100).fill(1));
	}, 20_000);

	it('a number too large for a number reads as infinite, in the words the writer used', () => {
		expect(errorsOf(replaceLine('    count: 19', '    count: 1e400'))).toEqual([
			mapError(11, 12, 'agencies[0].count', 'wrong-type', 'expected a number, found 1e400, which is infinite, not a number a map can use')
		]);
	});

	it('bytes from Windows-1252 (curly quotes) are not UTF-8, at their line', () => {
		const bytes = new TextEncoder().encode(VALID_MAP);
		bytes[VALID_MAP.indexOf('Schools')] = 0x93;
		expect(errorsOf(bytes)).toEqual([mapError(8, 1, '', 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8')]);
	});

	it('an alias names an anchor, never a key', () => {
		expect(errorsOf(append('x: &x [1]\ny: *x\nz: *y'))).toEqual([mapError(35, 4, 'z', 'yaml-syntax', 'the alias *y refers to no anchor &y above it')]);
	});
});
