import { describe, expect, it } from 'vitest';
import { listWords } from './words';

describe('listWords', () => {
	it('joins names as a reader writes them', () => {
		expect([listWords([]), listWords(['A']), listWords(['A', 'B']), listWords(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
	});
	it('says "or" when asked, and what to say of none', () => {
		expect(listWords(['"a"', '"b"', '"c"'], { conjunction: 'or' })).toBe('"a", "b" or "c"');
		expect(listWords([], { none: 'nobody' })).toBe('nobody');
	});
	it('names at most so many, then counts the rest', () => {
		expect(listWords(['A', 'B', 'C'], { most: 3 })).toBe('A, B and C');
		expect(listWords(['A', 'B', 'C', 'D', 'E'], { most: 3 })).toBe('A, B, C and 2 more');
	});
});
