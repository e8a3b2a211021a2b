/**
 * Test fixtures: `modelOf`, with which any test turns a map written in YAML into a model, and
 * for the loader tests one small valid map with helpers that make exactly one change to it,
 * so each test breaks exactly one thing. Line numbers in the tests refer to the numbered
 * listing below. Test code only: it lives outside src/, so nothing shipped can import it.
 */
import { isDeepStrictEqual } from 'node:util';
import { formatError, type ErrorCode, type MapError } from '../../../src/lib/load/errors';
import { loadMap, type LoadOptions } from '../../../src/lib/load/load-map';
import type { LocalityModel } from '../../../src/lib/model/locality-model';

/*
 *  1 locality:
 *  2   id: example-vale
 *  3   name: Example Vale
 *  4   kind: pilot
 *  5   as_of: 2005
 *  6 agencies:
 *  7   - id: schools
 *  8     name: Schools
 *  9     sector: education
 * 10     tiers: [1, 2]
 * 11     count: 19
 * 12   - id: social-care
 * 13     name: Social and Health Care
 * 14     sector: social-care
 * 15 roles:
 * 16   - id: hsclw
 * 17     name: Home School Community Link Worker
 * 18     agency: schools
 * 19     count: 3
 * 20 groups:
 * 21   - id: core-group
 * 22     name: Core group
 * 23     type: core-group
 * 24     chair: hsclw
 * 25     members:
 * 26       - hsclw
 * 27       - { id: social-care, attendance: occasional }
 * 28       - { id: schools }
 * 29 links:
 * 30   - from: core-group
 * 31     to: social-care
 * 32     kind: refers
 */
export const VALID_MAP = `locality:
  id: example-vale
  name: Example Vale
  kind: pilot
  as_of: 2005
agencies:
  - id: schools
    name: Schools
    sector: education
    tiers: [1, 2]
    count: 19
  - id: social-care
    name: Social and Health Care
    sector: social-care
roles:
  - id: hsclw
    name: Home School Community Link Worker
    agency: schools
    count: 3
groups:
  - id: core-group
    name: Core group
    type: core-group
    chair: hsclw
    members:
      - hsclw
      - { id: social-care, attendance: occasional }
      - { id: schools }
links:
  - from: core-group
    to: social-care
    kind: refers
`;

const LINES = VALID_MAP.split('\n');

/** The 1-based line number of the one line of VALID_MAP that reads exactly `line`. */
export function lineOf(line: string): number {
	const found = LINES.flatMap((l, i) => (l === line ? [i + 1] : []));
	if (found.length !== 1) throw new Error(`fixture: expected one line ${JSON.stringify(line)} in VALID_MAP, found ${found.length}`);
	return found[0];
}

/**
 * VALID_MAP with the one line that reads exactly `line` replaced by `replacement`
 * (which may hold several lines, or be `null` to remove the line).
 */
export function replaceLine(line: string, replacement: string | null): string {
	const at = lineOf(line) - 1;
	const out = [...LINES];
	if (replacement === null) out.splice(at, 1);
	else out.splice(at, 1, ...replacement.split('\n'));
	return out.join('\n');
}

/** VALID_MAP with `added` (one or more lines) inserted after the one line that reads exactly `line`. */
export function insertAfter(line: string, added: string): string {
	return replaceLine(line, `${line}\n${added}`);
}

/** VALID_MAP with `added` (one or more lines) at the end. */
export function append(added: string): string {
	return `${VALID_MAP}${added}\n`;
}

/** The name the tests give the file; every error carries it. */
export const FILE = 'maps/example-vale.yaml';

/** The errors `loadMap` reports for `input` (failing the test if it loads). */
export function errorsOf(input: string | Uint8Array, options: Omit<LoadOptions, 'file'> = {}): readonly MapError[] {
	const result = loadMap(input, { file: FILE, ...options });
	if (result.ok) throw new Error('expected the map to be refused, but it loaded');
	return result.errors;
}

/**
 * The model `loadMap` returns for `input` (failing the test, with the errors, if it is
 * refused). Unless the test chooses a reader, the model is read both ways, fast and with
 * `yaml` alone, and the two must be the same, places and all.
 */
export function modelOf(input: string | Uint8Array, options: Omit<LoadOptions, 'file'> = {}): LocalityModel {
	const result = loadMap(input, { file: FILE, ...options });
	if (!result.ok) throw new Error(`expected the map to load, but:\n${result.errors.map(formatError).join('\n')}`);
	if (options.fast === undefined) {
		const placed = loadMap(input, { file: FILE, ...options, fast: false });
		if (!isDeepStrictEqual(placed, result)) throw new Error('the fast reader and the `yaml` reader made different models of this map');
	}
	return result.value;
}

/** An error in FILE, for `toEqual`. */
export function mapError(line: number, column: number, path: string, code: ErrorCode, message: string): MapError {
	return { file: FILE, line, column, path, code, message };
}
