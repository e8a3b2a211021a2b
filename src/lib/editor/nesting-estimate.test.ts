import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nestingEstimate } from './nesting-estimate';

describe('nestingEstimate', () => {
	it('counts flow brackets, not those in quotes or comments', () => {
		expect(nestingEstimate('a: [[1], {b: [2]}]')).toBe(3);
		expect(nestingEstimate('a: "[[[[" # [[[[[[\nb: \'{{{\'')).toBe(0);
		expect(nestingEstimate('a: "say \\"[[\\"" ')).toBe(0);
	});

	it('counts indentation as possible nesting, so never estimates under', () => {
		expect(nestingEstimate('a:\n  b:\n    c: 1\n')).toBe(4);
	});

	it('sees a hostile text for what it is, in one pass', () => {
		expect(nestingEstimate(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)).toBe(20_000);
		expect(nestingEstimate(`a:\n${' '.repeat(5_000)}b: 1`)).toBe(5_000);
	});

	it('keeps every report map far below the bound', () => {
		const dir = new URL('../../../maps/', import.meta.url);
		const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(5);
		for (const f of files) expect(nestingEstimate(readFileSync(new URL(f, dir), 'utf8')), f).toBeLessThan(20);
	});
});
