/**
 * The nesting bound: text nested past it is refused before the document is built, exactly
 * at the first collection past the bound however it is written (quotes, anchors, tags and
 * comments inside brackets do not hide a level), and valid maps are never refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, isCollection, stringify, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VALID_MAP, errorsOf, insertAfter, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { DEFAULT_MAX_DEPTH } from './nesting';
import { readYaml } from './yaml-document';

const tooDeep = (line: number, column: number, maxDepth = DEFAULT_MAX_DEPTH, path = '') =>
	mapError(line, column, path, 'too-deep', `the data is nested more than ${maxDepth} levels deep here; a map needs far fewer`);

/** `lines` copies of `line`, joined by newlines. */
const repeatLines = (line: string, lines = 60) => Array.from({ length: lines }, () => line).join('\n');

/** Whether `readYaml` refuses `text` as nested too deep. */
const refusedAsDeep = (text: string, maxDepth = DEFAULT_MAX_DEPTH) => {
	const read = readYaml(text, { maxDepth });
	return !read.ok && read.errors.some((e) => e.code === 'too-deep');
};

describe('data nested past the bound', () => {
	it('200000 [ in a string are refused, at the first bracket past the bound', () => {
		// `locality:` is the first level, so the 32nd bracket (column 42) is the 33rd level.
		expect(errorsOf(`locality: ${'['.repeat(200_000)}`)).toEqual([tooDeep(1, 42)]);
	});

	it('200000 [ at the start of the file are refused, at the 33rd', () => {
		expect(errorsOf('['.repeat(200_000))).toEqual([tooDeep(1, 33)]);
	});

	it('200000 {a: are refused', () => {
		expect(errorsOf(`locality: ${'{a: '.repeat(200_000)}`)).toEqual([tooDeep(1, 135)]);
	});

	it('200000 nested block entries (- - - ...) are refused, at the 33rd dash', () => {
		expect(errorsOf('- '.repeat(200_000))).toEqual([tooDeep(1, 65)]);
	});

	it('mappings nested by indentation alone are refused, at the key past the bound', () => {
		const nested = (levels: number) => `${Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
		expect(errorsOf(nested(40))).toEqual([tooDeep(33, 33)]);
		// Deep enough to exhaust the parser's stack if the check let it through.
		expect(errorsOf(nested(2000))).toEqual([tooDeep(33, 33)]);
	});

	it('32 levels are allowed and 33 are not', () => {
		expect(errorsOf(`locality: ${'['.repeat(31)}${']'.repeat(31)}\n`)).toEqual([
			mapError(1, 11, 'locality', 'wrong-type', 'expected a mapping of keys to values, found a list of 1 item')
		]);
		expect(errorsOf(`locality: ${'['.repeat(32)}${']'.repeat(32)}\n`)).toEqual([tooDeep(1, 42)]);
	});

	it('honours the maxDepth option', () => {
		// The valid map nests five levels: the map, groups, a group, its members, a member.
		expect(errorsOf(VALID_MAP, { maxDepth: 3 })).toEqual([tooDeep(10, 12, 3)]);
		expect(errorsOf(`locality: ${'['.repeat(200_000)}`, { maxDepth: 10 })).toEqual([tooDeep(1, 20, 10)]);
		expect(modelOf(VALID_MAP, { maxDepth: 5 }).groups).toHaveLength(1);
		expect(errorsOf(VALID_MAP, { maxDepth: 4 })).toEqual([tooDeep(27, 9, 4)]);
	});
});

describe('the bound cannot be bypassed', () => {
	// Each of these hid the brackets from the hand-written scan that came before, and the
	// parser then failed with "Maximum call stack size exceeded".
	it.each([
		['a quote inside brackets', `locality: ${'["x", '.repeat(200_000)}`, 197],
		['an anchor inside brackets', `locality: ${'[&a '.repeat(200_000)}`, 135],
		['a tag inside brackets', `locality: ${'[!!seq '.repeat(200_000)}`, 228],
		['an alias and a comma inside brackets', `locality: ${'[*a, '.repeat(200_000)}`, 166]
	])('%s', (_what, text, column) => {
		expect(errorsOf(text)).toEqual([tooDeep(1, column)]);
	});

	it('a comment hiding a closing bracket', () => {
		expect(errorsOf(`locality: ${'[ # ]\n '.repeat(50_000)}`)).toEqual([tooDeep(32, 2)]);
	});

	it('key: value pairs straight inside [ ] are mappings, each one level', () => {
		// [a: 1] is a list holding the mapping {a: 1}: 16 of them nested make 32 levels, with locality 33.
		expect(errorsOf(`locality: ${'[a: '.repeat(15)}1${']'.repeat(15)}\n`)[0].code).toBe('wrong-type');
		expect(errorsOf(`locality: ${'[a: '.repeat(16)}1${']'.repeat(16)}\n`)).toEqual([tooDeep(1, 72)]);
		expect(errorsOf(`locality: ${'[a: '.repeat(200_000)}`)).toEqual([tooDeep(1, 72)]);
	});

	it.each([
		['explicit keys (? ? ? ...)', '? '.repeat(100_000), 65],
		['empty keys (: : : ...)', ': '.repeat(100_000), 65],
		['keys on one line (a: b: a: b: ...)', 'a: b: '.repeat(100_000), 97]
	])('%s, which the parser nests however wrong', (_what, text, column) => {
		expect(errorsOf(text)).toEqual([tooDeep(1, column)]);
	});

	it('an alias copying nested data into nested data', () => {
		const text = `a: &a ${'['.repeat(20)}${']'.repeat(20)}\nb: ${'['.repeat(20)}*a${']'.repeat(20)}\n`;
		expect(errorsOf(text)).toEqual([
			mapError(2, 24, `b${'[0]'.repeat(20)}`, 'too-deep', 'the data is nested more than 32 levels deep here (with the alias *a copied out); a map needs far fewer')
		]);
	});
});

describe('the check does not refuse valid maps', () => {
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
		expect(refusedAsDeep(text)).toBe(false);
		expect(modelOf(text).agencies).toHaveLength(2);
	});

	it('the valid map', () => {
		expect(refusedAsDeep(VALID_MAP)).toBe(false);
	});

	const mapsDir = resolve(import.meta.dirname, '../../../maps');
	const maps = readdirSync(mapsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

	it.each(maps)('maps/%s', (file) => {
		expect(refusedAsDeep(readFileSync(join(mapsDir, file), 'utf8'))).toBe(false);
	});

	it('found the maps', () => {
		expect(maps.length).toBeGreaterThanOrEqual(8);
	});
});

describe('the depth is exact', () => {
	/** Data nested `levels` deep, in each way YAML can write it. */
	const shapes: [string, (levels: number) => unknown][] = [
		['lists', (n) => Array.from({ length: n - 1 }).reduce<unknown>((inner) => [inner], ['x'])],
		['mappings', (n) => Array.from({ length: n - 1 }).reduce<unknown>((inner) => ({ k: inner }), { k: 'x' })],
		['mappings in lists', (n) => Array.from({ length: n - 1 }).reduce<unknown>((inner, _, i) => (i % 2 ? [inner] : { k: inner }), ['x'])]
	];
	/** Block collections down to `level` collections deep, flow ones below. */
	const flowBelow = (data: unknown, level: number) => {
		const doc = new Document(data);
		visit(doc, {
			Collection(_key, node, path) {
				if (path.filter((p) => isCollection(p)).length >= level) node.flow = true;
			}
		});
		return doc.toString();
	};
	const styles: [string, (data: unknown) => string][] = [
		['block', (data) => stringify(data)],
		['block, lists not indented', (data) => stringify(data, { indentSeq: false })],
		['flow', (data) => stringify(data, { collectionStyle: 'flow' })],
		['flow inside block', (data) => flowBelow(data, 3)]
	];

	describe.each(shapes)('%s', (_shape, nested) => {
		it.each(styles)('%s: 32 levels pass, 33 do not', (_style, write) => {
			const text = (levels: number) => write({ root: nested(levels - 1) });
			expect(refusedAsDeep(text(32))).toBe(false);
			expect(refusedAsDeep(text(33))).toBe(true);
		});
	});
});
