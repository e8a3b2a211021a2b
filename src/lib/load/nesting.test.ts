/**
 * The nesting bound: text nested past it is refused before any YAML parser sees it, and
 * the scan never refuses a valid map (brackets in quoted, block and plain text).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_MAP, errorsOf, insertAfter, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { DEFAULT_MAX_DEPTH, findExcessNesting } from './nesting';

const tooDeep = (line: number, column: number, maxDepth = DEFAULT_MAX_DEPTH) =>
	mapError(line, column, '', 'too-deep', `the data is nested more than ${maxDepth} levels deep here; a map needs far fewer`);

/** `lines` copies of `line`, joined by newlines. */
const repeatLines = (line: string, lines = 60) => Array.from({ length: lines }, () => line).join('\n');

describe('data nested past the bound', () => {
	it('200000 [ in a string are refused, at the first bracket past the bound', () => {
		expect(errorsOf(`locality: ${'['.repeat(200_000)}`)).toEqual([tooDeep(1, 42)]);
	});

	it('200000 [ at the start of the file are refused', () => {
		expect(errorsOf('['.repeat(200_000))).toEqual([tooDeep(1, 32)]);
	});

	it('200000 {a: are refused', () => {
		expect(errorsOf(`locality: ${'{a: '.repeat(200_000)}`)).toEqual([tooDeep(1, 135)]);
	});

	it('200000 nested block entries (- - - ...) are refused', () => {
		expect(errorsOf('- '.repeat(200_000))).toEqual([tooDeep(1, 63)]);
	});

	it('mappings nested by indentation alone are refused', () => {
		const nested = (levels: number) => `${Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
		expect(errorsOf(nested(40))).toEqual([tooDeep(33, 33)]);
		// Deep enough to exhaust the parser's stack if the scan let it through.
		expect(errorsOf(nested(2000))).toEqual([tooDeep(33, 33)]);
	});

	it('32 levels are allowed and 33 are not', () => {
		// `locality:` is the first level, so 31 brackets make 32.
		expect(errorsOf(`locality: ${'['.repeat(31)}${']'.repeat(31)}\n`)).toEqual([
			mapError(1, 11, 'locality', 'wrong-type', 'expected a mapping of keys to values, found a list of 1 item')
		]);
		expect(errorsOf(`locality: ${'['.repeat(32)}${']'.repeat(32)}\n`)).toEqual([tooDeep(1, 42)]);
	});

	it('honours the maxDepth option', () => {
		// The valid map nests five levels: the map, groups, a group, its members, a member.
		expect(errorsOf(VALID_MAP, { maxDepth: 3 })).toEqual([tooDeep(10, 12, 3)]);
		expect(errorsOf(`locality: ${'['.repeat(200_000)}`, { maxDepth: 10 })).toEqual([tooDeep(1, 20, 10)]);
		expect(modelOf(VALID_MAP, { maxDepth: 6 }).groups).toHaveLength(1);
	});

	it('reports the depth it found', () => {
		expect(findExcessNesting('a: [[[[]]]]', 3)).toEqual({ line: 1, column: 6, depth: 4 });
		expect(findExcessNesting('a: [[[[]]]]', 5)).toBeNull();
	});
});

describe('the scan does not refuse valid maps', () => {
	it.each([
		['double-quoted text with brackets', replaceLine('    name: Schools', `    name: "${'[{'.repeat(40)} \\" ${'['.repeat(40)}"`)],
		['single-quoted text with brackets', replaceLine('    name: Schools', `    name: '${'{['.repeat(40)} '' ${'['.repeat(40)}'`)],
		['double-quoted text over many lines', insertAfter('    count: 3', `    notes: "a ${'['.repeat(10)}\n${repeatLines(`      ${'['.repeat(10)} \\" ${'{'.repeat(10)}`)}"`)],
		['single-quoted text over many lines', insertAfter('    count: 3', `    notes: 'a ${'['.repeat(10)}\n${repeatLines(`      ${'['.repeat(10)} '' ${'{'.repeat(10)}`)}'`)],
		['a literal block scalar | with brackets', insertAfter('    count: 3', `    notes: |\n${repeatLines(`      see [1 and {2 and ${'['.repeat(40)}`)}`)],
		['a folded block scalar >- with lines like entries', insertAfter('    count: 3', `    notes: >-\n${repeatLines(`      ${'- [ '.repeat(40)}`)}`)],
		['a block scalar with indented lines', insertAfter('    count: 3', `    notes: |\n${Array.from({ length: 50 }, (_, i) => `${' '.repeat(6 + i)}x`).join('\n')}`)],
		['plain text "see [1" on many lines', insertAfter('    count: 3', `    notes: see [1\n${repeatLines('      see [1')}`)],
		['plain text "see [1" many times on a line', insertAfter('    count: 3', `    notes: ${'see [1 '.repeat(100)}`)],
		['plain text with brackets inside', insertAfter('    count: 3', `    notes: a]b[c {d} e,f ${'x['.repeat(50)}`)],
		['comments with brackets', insertAfter('    count: 3', `    # ${'['.repeat(80)}\n    notes: x # ${'{'.repeat(80)}`)]
	])('%s', (_what, text) => {
		expect(findExcessNesting(text)).toBeNull();
		expect(modelOf(text).agencies).toHaveLength(2);
	});

	it('the valid map', () => {
		expect(findExcessNesting(VALID_MAP)).toBeNull();
	});

	const mapsDir = resolve(import.meta.dirname, '../../../maps');
	const maps = readdirSync(mapsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

	it.each(maps)('maps/%s', (file) => {
		expect(findExcessNesting(readFileSync(join(mapsDir, file), 'utf8'))).toBeNull();
	});

	it('found the maps', () => {
		expect(maps.length).toBeGreaterThanOrEqual(8);
	});
});
