import { describe, expect, it } from 'vitest';
import { moreRows, moreWords, PAGE_ROWS, shownWords } from './paging';

describe('paging', () => {
	it('shows a hundred rows more, or all, and never more than there are', () => {
		expect(PAGE_ROWS).toBe(100);
		expect(moreRows(100, 1_700)).toBe(200);
		expect(moreRows(1_600, 1_650)).toBe(1_650);
		expect(moreRows(100, 1_700, true)).toBe(1_700);
	});

	it('says which rows are shown, with the thousands marked', () => {
		expect(shownWords('Posts', 100, 1_700)).toBe('Posts 1–100 of 1,700');
		expect(shownWords('Groups', 300, 250)).toBe('Groups 1–250 of 250');
	});

	it('names the next page by how many rows it holds', () => {
		expect(moreWords('Posts', 100, 1_700)).toBe('Show 100 more posts');
		expect(moreWords('Posts and agencies', 1_700, 1_750)).toBe('Show 50 more posts and agencies');
	});
});
