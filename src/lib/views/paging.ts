/**
 * A long list or table shown a page at a time (decision 0013): its first hundred rows, then a
 * hundred more or all of them as the reader asks, so a map of thousands of items makes pages
 * of an ordinary size. Every paged list on the site counts and words its pages here.
 */

/** Rows in a page of a long list or table. */
export const PAGE_ROWS = 100;

/** A number as the pages write it: 1,700. */
export const countWords = (n: number): string => n.toLocaleString('en-GB');

/** How many rows a list shows after "Show more" (or "Show all") from `shown` rows of `total`. */
export function moreRows(shown: number, total: number, all = false): number {
	return all ? total : Math.min(total, shown + PAGE_ROWS);
}

/** Which rows a list shows, in words: "Posts 1–100 of 1,700". */
export function shownWords(plural: string, shown: number, total: number): string {
	return `${plural} 1–${countWords(Math.min(shown, total))} of ${countWords(total)}`;
}

/** The button for the next page: "Show 100 more posts", or as many as are left. */
export function moreWords(plural: string, shown: number, total: number): string {
	return `Show ${countWords(moreRows(shown, total) - Math.min(shown, total))} more ${plural.toLowerCase()}`;
}
