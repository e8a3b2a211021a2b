/**
 * The fast reader against the `yaml` reader: whatever file the fast reader accepts, the
 * `yaml` reader reads to the very same data with no error, and the loader makes the same
 * model of it either way, places and all. Checked on every map of the project and on
 * generated files and scalars, and the token ceiling against the `yaml` lexer itself.
 * (The benchmark's synthetic maps: tests/unit/fast-read-synthetic.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CST, Lexer } from 'yaml';
import { VALID_MAP } from '../../../tests/unit/helpers/fixtures';
import { readFast } from './fast-read';
import { loadMap } from './load-map';
import { DEFAULT_MAX_DEPTH } from './nesting';
import { tokenCeiling } from './token-ceiling';
import { DEFAULT_MAX_TOKENS, DEFAULT_MAX_VALUES, readYaml } from './yaml-document';

const BOUNDS = { maxDepth: DEFAULT_MAX_DEPTH, maxTokens: DEFAULT_MAX_TOKENS, maxValues: DEFAULT_MAX_VALUES };
const MAPS = join(import.meta.dirname, '..', '..', '..', 'maps');

const filesIn = (folder: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => join(folder, name));

/** Tokens as parse-bounded.ts counts them: every lexeme but the marks that stand for no text. */
function lexerTokens(text: string): number {
	let count = 0;
	for (const lexeme of new Lexer().lex(text)) if (lexeme !== CST.SCALAR && lexeme !== CST.DOCUMENT && lexeme !== CST.FLOW_END) count++;
	return count;
}

/** Whether the fast reader, when it reads `text` at all, reads it as the `yaml` reader does, with no error there. */
function agrees(text: string): boolean {
	const fast = readFast(text, BOUNDS);
	if (!fast) return true;
	const placed = readYaml(text);
	return placed.ok && isDeepStrictEqual(fast.value, placed.source.value);
}

const bothWays = (text: string, file: string) => [loadMap(text, { file }), loadMap(text, { file, fast: false })];

describe('the same model both ways', () => {
	it.each([...filesIn(MAPS), ...filesIn(join(MAPS, 'report'))])('%s', (path) => {
		const text = readFileSync(path, 'utf8');
		const [fast, placed] = bothWays(text, path);
		expect(fast).toEqual(placed);
		expect(isDeepStrictEqual(fast, placed)).toBe(true);
	});

	it('for the maps of the project, read fast (they hold nothing that needs the `yaml` reader)', () => {
		for (const path of filesIn(MAPS)) expect(readFast(readFileSync(path, 'utf8'), BOUNDS), path).not.toBeNull();
	});

	it('with Windows line breaks, comments, quotes, block text and items written in brackets', () => {
		const text = VALID_MAP.replace('agencies:\n', 'agencies:  # who\n')
			.replace('    count: 3\n', '    count: 3\n    notes: >-\n      folded\n      text\n\n      # not a comment\n')
			.replace(/\n/g, '\r\n')
			.concat('  - # the second link\r\n    {"from": core-group, to: \'schools\', kind: informs, notes: "two\r\n      lines"\r\n    }\r\n');
		expect(readFast(text, BOUNDS)).not.toBeNull();
		const [fast, placed] = bothWays(text, 'crlf.yaml');
		expect(fast.ok).toBe(true);
		expect(isDeepStrictEqual(fast, placed)).toBe(true);
	});
});

describe('the fast reader gives up, and the `yaml` reader answers', () => {
	it.each([
		['an anchor and an alias', 'a: &x 1\nb: *x\n'],
		['a tag', 'a: !!str 1\n'],
		['a custom tag', 'a: !thing 1\n'],
		['a key twice', 'a: 1\na: 2\n'],
		['a null key beside an empty one', '~: 1\n"": 2\n'],
		['a list at the top', '- a\n'],
		['no document', '# only a comment\n'],
		['two documents', 'a: 1\n---\nb: 2\n'],
		['a directive', '%YAML 1.2\n---\na: 1\n'],
		['a key left out', ': 1\n'],
		['a block scalar with its indentation in its header', 'a: |2\n    x\n'],
		['a mapping as a key', '? {a: 1}\n: 2\n'],
		['a syntax error', 'a: [1, 2\n'],
		['an alias bomb', `a: &a [x, x]\n${Array.from({ length: 30 }, (_, i) => `b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`}, *${i === 0 ? 'a' : `b${i - 1}`}]`).join('\n')}\n`]
	])('%s', (_, text) => {
		expect(readFast(text, BOUNDS)).toBeNull();
	});

	it('past the nesting, the values or the ceiling on tokens', () => {
		const text = 'a: [[[1]]]\n';
		expect(readFast(text, { ...BOUNDS, maxDepth: 4 })).not.toBeNull();
		expect(readFast(text, { ...BOUNDS, maxDepth: 3 })).toBeNull();
		// The mapping, its key, three lists and the number, as document-data.ts counts them.
		expect(readFast(text, { ...BOUNDS, maxValues: 6 })).not.toBeNull();
		expect(readFast(text, { ...BOUNDS, maxValues: 5 })).toBeNull();
		expect(readYaml(text, { maxValues: 6 }).ok).toBe(true);
		expect(readYaml(text, { maxValues: 5 }).ok).toBe(false);
		expect(readFast(text, { ...BOUNDS, maxTokens: tokenCeiling(text) })).not.toBeNull();
		expect(readFast(text, { ...BOUNDS, maxTokens: tokenCeiling(text) - 1 })).toBeNull();
	});

	it('a null key is the empty text, as the `yaml` reader makes it', () => {
		expect(readFast('~: 1\nnull: 2\n', BOUNDS)).toBeNull();
		expect(readFast('~: 1\n', BOUNDS)?.value).toEqual({ '': 1 });
		expect(agrees('~: 1\n')).toBe(true);
		expect(readFast('__proto__: {a: 1}\n', BOUNDS)?.value).toEqual(readYaml('__proto__: {a: 1}\n').ok ? (readYaml('__proto__: {a: 1}\n') as { source: { value: unknown } }).source.value : null);
	});
});

/** Scalars as people write them, and as YAML's schemas tell them apart. */
const scalarText = fc.oneof(
	fc.constantFrom(
		'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'TRUE', 'tRue', 'false', 'null', 'Null', 'NULL', '~', '',
		'2005', '2005-07', '2005-07-01', '2001-12-14t21:59:43.10-05:00', '0o17', '0O17', '017', '0x1F', '0X1f', '0b11', '1_000', '1,000',
		'.inf', '-.Inf', '+.INF', '.nan', '.NaN', '+.nan', '1e3', '1E+3', '1.5e-3', '1.', '.5', '+12', '-0', '-0.0', '00', '08', '0.1',
		'12345678901234567890', '1:2', '1:20:30', '- x', '-', '? x', ':x', '#x', 'a #b', 'a#b', '@x', '`x', '%x', '=', '<<'
	),
	fc.integer().map(String),
	fc.double({ noNaN: false }).map(String),
	fc.string({ unit: fc.constantFrom('a', 'B', '1', '0', '.', '-', '+', 'e', 'x', 'o', '_', ':', ' ', '#', ',', "'", '"', '\\', '[', '{', '\t', 'é', '𝄞') , maxLength: 8 })
);

/** A scalar written in one of YAML's styles. */
const written = fc.oneof(
	scalarText,
	scalarText.map((s) => `'${s.replace(/'/g, "''")}'`),
	scalarText.map((s) => JSON.stringify(s)),
	scalarText.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}\\t\\x41\\u263A\\N"`)
);

/** Lines of block YAML in the shapes people write (and some they should not), each ending a file. */
const SHAPES = [
	'x:\n  - - a\n    - b\n',
	'x:\n  - a: 1\n    b:\n  - c\n',
	'x:\n- a\n- b\n',
	'x: a\n  b\n\n  c\n',
	'x: [a,\n  b]\n',
	'x: {a: 1,\n  b: 2}\n',
	'x:   # note\n  y: 1 # note\n',
	'? x\n: 1\n',
	': 1\n',
	': : 1\n',
	'x: y: z\n',
	'x:\n\ty: 1\n',
	'x: 1\n  y: 2\n',
	'x: "a\n  b"\n',
	"x: 'a\n\n  b'\n",
	'x: - a\n',
	'x:\n  -\n  - a\n',
	'x: a: b\n',
	'x: [a: b, c]\n',
	'x: {a, b: }\n',
	'x: !!str a\n',
	'x: &a 1\ny: *a\n',
	'%YAML 1.2\n---\nx: 1\n',
	'--- \nx: 1\n...\n',
	'x: 1\n---\n',
	'x: |\n  a\n y: 1\n',
	'x: "\\x41\\u00e9\\U0001F600\\N\\_\\L\\P"\n',
	'x: 1\r\ny: 2\r\n'
];

describe('the two readers agree', () => {
	it('on every scalar, as a value, a key and an item in brackets, or the fast reader gives up', () => {
		fc.assert(
			fc.property(written, (s) => agrees(`k: ${s}\n`) && agrees(`${s}: v\n`) && agrees(`k: [${s}, ${s}]\n`) && agrees(`k: {${s}: 1}\n`) && agrees(`k:\n  - ${s}\n`)),
			{ numRuns: 1000, seed: 11 }
		);
	});

	it('on block scalars, folded and literal, with every chomping', () => {
		const block = fc.tuple(fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2', '>1-'), fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', '-', 'b'), maxLength: 6 }), { maxLength: 4 }), fc.constantFrom('', '\n', '\n\n'));
		fc.assert(
			fc.property(block, ([header, lines, after]) => agrees(`k: ${header}\n${lines.map((l) => `    ${l}`).join('\n')}${after}\nz: 1\n`)),
			{ numRuns: 1000, seed: 12 }
		);
	});

	it('on generated maps of lists and mappings, in block and flow styles', () => {
		const key = fc.constantFrom('id', 'name', 'a', 'b', 'agencies', 'links', '1', 'true', '~', '"q"', "'s'", 'k k');
		const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
			v: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				written,
				fc.array(tie('v'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
				fc.array(fc.tuple(key, tie('v')), { maxLength: 3 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`)
			)
		})).v;
		const block = fc.array(fc.tuple(key, fc.oneof(value, fc.array(value, { maxLength: 3 }).map((items) => items.map((item) => `\n  - ${item}`).join('')))), { minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(block, fc.array(fc.constantFrom(...SHAPES), { maxLength: 3 }), (pairs, shapes) => agrees(`${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${shapes.join('')}`)),
			{ numRuns: 2000, seed: 13 }
		);
	});
});

describe('the token ceiling', () => {
	it('is at least the tokens the `yaml` lexer makes, on generated texts with no tag, anchor or alias', () => {
		const unit = fc.constantFrom('a', 'b', '1', ' ', ' ', '\n', '\r\n', '\t', '-', '?', ':', ',', '[', ']', '{', '}', '#', "'", '"', '\\', '|', '>', '%', '.', '@', '`', '=');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 60 }), (text) => tokenCeiling(text) >= lexerTokens(text)),
			{ numRuns: 5000, seed: 14 }
		);
	});

	it('is at least the tokens of every map of the project', () => {
		const texts = [...filesIn(MAPS), ...filesIn(join(MAPS, 'report'))].map((path) => readFileSync(path, 'utf8'));
		for (const text of texts) expect(tokenCeiling(text)).toBeGreaterThanOrEqual(lexerTokens(text));
	});
});
