import { describe, expect, it } from 'vitest';
import { applyChange, minimalChange } from './text-change';

describe('minimalChange', () => {
	it('is null for equal texts', () => {
		expect(minimalChange('a: 1\n', 'a: 1\n')).toBeNull();
	});

	it('replaces only the middle that differs', () => {
		expect(minimalChange('groups:\n  - a\nlinks:\n', 'groups:\n  - a\n  - b\nlinks:\n')).toEqual({ from: 14, to: 14, insert: '  - b\n' });
		expect(minimalChange('kind: pilot\n', 'kind: network\n')).toEqual({ from: 6, to: 11, insert: 'network' });
	});

	it('gives a deletion as an empty insert', () => {
		expect(minimalChange('a\nb\nc\n', 'a\nc\n')).toEqual({ from: 2, to: 4, insert: '' });
	});

	it('does not let prefix and suffix overlap on repeated text', () => {
		const change = minimalChange('aaa', 'aaaa');
		expect(change).toEqual({ from: 3, to: 3, insert: 'a' });
		expect(applyChange('aaa', change)).toBe('aaaa');
	});

	it('never splits a surrogate pair', () => {
		const change = minimalChange('x😀y', 'x😃y')!;
		expect(change).toEqual({ from: 1, to: 3, insert: '😃' });
	});

	it('round-trips', () => {
		const pairs: [string, string][] = [
			['', 'abc'],
			['abc', ''],
			['abcabc', 'abc'],
			['# note\nname: A\n', '# note\nname: B\nsector: health\n']
		];
		for (const [a, b] of pairs) expect(applyChange(a, minimalChange(a, b))).toBe(b);
	});
});
