/**
 * "Did you mean": the known words close enough to a wrong one to be what the writer meant.
 *
 * Bounded whatever the input, because the words come from files anyone may write:
 * - no distance is measured against a word longer than MAX_WORD, and each measure stops
 *   once it passes the limit, so one comparison costs at most MAX_WORD × 7 steps;
 * - candidates are bucketed by length, so a wrong word meets only those within the limit
 *   of its length, and found by prefix through a sorted list, not by scanning them all;
 * - a suggester answers each distinct wrong word once, serves at most `words` of them and
 *   measures against at most `letters` letters of candidates in all; a word whose search
 *   would pass either bound gets no suggestion (it still gets its error).
 * Building a suggester for n candidates is O(n log n); all its answers together then cost
 * at most O(letters × 7), a constant, so a file's suggestions are O(n log n). The default
 * bound is about a third of a second of work on a laptop of 2024.
 */
import { listWords } from '../format/words';

/** Longer words are not typing slips, and measuring them costs time. */
export const MAX_WORD = 64;

/** Distinct wrong words a suggester answers; later ones get no suggestion. */
export const MAX_SUGGESTED_WORDS = 100;

/** Letters of candidates a suggester measures against in all, whatever the number of wrong words. */
export const MAX_LETTERS = 4_000_000;

export interface SuggesterLimits {
	/** Distinct wrong words answered (default MAX_SUGGESTED_WORDS). */
	readonly words?: number;
	/** Letters of candidates measured against in all (default MAX_LETTERS); a word found by prefix counts as one. */
	readonly letters?: number;
}

/** The suggestions for one wrong word, nearest first, at most `most` of them. */
export type Suggester = (wrong: string, most?: number) => readonly string[];

/** Edits allowed for a word: a third of its length, at least 1, at most 3. */
function limitFor(word: string): number {
	return Math.min(3, Math.max(1, Math.floor(word.length / 3)));
}

/**
 * Edits between two words, a swap of neighbours counting as one (`kidn` -> `kind`), or
 * `limit + 1` as soon as it is sure to exceed `limit`. Only the band of cells within
 * `limit` of the diagonal is computed, so it costs O(length × (2 × limit + 1)).
 */
export function editDistance(a: string, b: string, limit: number): number {
	const over = limit + 1;
	if (Math.abs(a.length - b.length) > limit) return over;
	const n = b.length;
	if (rows.length < n + 2) rows = new Rows(n + 2);
	let before = rows.first;
	let previous = rows.second;
	let row = rows.third;
	for (let j = 0; j <= n + 1; j++) previous[j] = j <= limit ? j : over;
	for (let i = 1; i <= a.length; i++) {
		const low = Math.max(1, i - limit);
		const high = Math.min(n, i + limit);
		const ai = a.charCodeAt(i - 1);
		const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
		row[low - 1] = low === 1 && i < over ? i : over;
		let least = row[low - 1];
		for (let j = low; j <= high; j++) {
			const bj = b.charCodeAt(j - 1);
			let d = previous[j - 1] + (ai === bj ? 0 : 1);
			if (previous[j] + 1 < d) d = previous[j] + 1;
			if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
			if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && before[j - 2] + 1 < d) d = before[j - 2] + 1;
			if (d > over) d = over;
			row[j] = d;
			if (d < least) least = d;
		}
		row[high + 1] = over;
		// A row past the limit cannot lead back under it: a swap from the row before it would have passed through it.
		if (least > limit) return over;
		const spare = before;
		before = previous;
		previous = row;
		row = spare;
	}
	return previous[n];
}

/** The three rows editDistance works in, kept between calls; replaced by longer ones for a longer word. */
class Rows {
	readonly first: Int32Array;
	readonly second: Int32Array;
	readonly third: Int32Array;
	constructor(readonly length: number) {
		this.first = new Int32Array(length);
		this.second = new Int32Array(length);
		this.third = new Int32Array(length);
	}
}
let rows = new Rows(MAX_WORD + 8);

interface Candidate {
	readonly word: string;
	readonly lower: string;
	readonly order: number;
}

/** A suggester over a fixed list of candidates, for many wrong words; see the bounds above. */
export function suggester(candidates: Iterable<string>, limits: SuggesterLimits = {}): Suggester {
	const maxWords = limits.words ?? MAX_SUGGESTED_WORDS;
	let budget = limits.letters ?? MAX_LETTERS;
	const all: Candidate[] = [];
	for (const word of candidates) all.push({ word, lower: word.toLowerCase(), order: all.length });
	const byLength = new Map<number, Candidate[]>();
	const lettersOfLength = new Map<number, number>();
	const byLower = new Map<string, Candidate[]>();
	for (const c of all) {
		if (c.lower.length <= MAX_WORD) {
			push(byLength, c.lower.length, c);
			lettersOfLength.set(c.lower.length, (lettersOfLength.get(c.lower.length) ?? 0) + c.lower.length);
		}
		push(byLower, c.lower, c);
	}
	// Sorted by code unit, so the candidates a word begins lie next to each other.
	const sorted = [...all].sort((x, y) => (x.lower < y.lower ? -1 : x.lower > y.lower ? 1 : x.order - y.order));
	const answers = new Map<string, readonly Candidate[]>();

	const search = (lower: string): readonly Candidate[] | undefined => {
		const limit = limitFor(lower);
		const found = new Map<number, { candidate: Candidate; score: number }>();
		const near: Candidate[][] = [];
		let cost = 0;
		for (let length = lower.length - limit; length <= lower.length + limit; length++) {
			const bucket = byLength.get(length);
			if (bucket) {
				near.push(bucket);
				cost += lettersOfLength.get(length) ?? 0;
			}
		}
		// One word beginning the other is a slip whatever the lengths; its distance is the difference in length.
		const [from, to] = lower.length >= 3 ? prefixRange(sorted, lower) : [0, 0];
		const shorter: Candidate[][] = [];
		for (let end = 3; end < lower.length; end++) {
			const same = byLower.get(lower.slice(0, end));
			if (same) shorter.push(same);
		}
		cost += to - from + shorter.reduce((sum, list) => sum + list.length, 0);
		if (cost > budget) return undefined;
		budget -= cost;
		for (const bucket of near) {
			for (const c of bucket) {
				const d = editDistance(lower, c.lower, limit);
				if (d <= limit) found.set(c.order, { candidate: c, score: d });
			}
		}
		for (const list of [sorted.slice(from, to), ...shorter]) {
			for (const c of list) {
				if (!found.has(c.order)) found.set(c.order, { candidate: c, score: Math.abs(c.lower.length - lower.length) });
			}
		}
		return [...found.values()].sort((x, y) => x.score - y.score || x.candidate.order - y.candidate.order).map((s) => s.candidate);
	};

	return (wrong, most = 3) => {
		const lower = wrong.toLowerCase();
		if (lower.length > MAX_WORD) return [];
		let answer = answers.get(lower);
		if (answer === undefined) {
			if (answers.size >= maxWords) return [];
			answer = search(lower) ?? [];
			answers.set(lower, answer);
		}
		return answer.slice(0, most).map((c) => c.word);
	};
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** The index range of `sorted` whose words begin with `prefix`, by two binary searches. */
function prefixRange(sorted: readonly Candidate[], prefix: string): [number, number] {
	const first = (test: (word: string) => boolean) => {
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (test(sorted[mid].lower)) high = mid;
			else low = mid + 1;
		}
		return low;
	};
	const from = first((word) => word >= prefix);
	const to = first((word) => word >= prefix && !word.startsWith(prefix));
	return [from, Math.max(from, to)];
}

/**
 * The candidates close enough to `wrong` to be what the writer meant, nearest first:
 * within a third of the word's length in edits (at least 1, at most 3), or one being a
 * prefix of the other. Ties keep the candidates' order, so messages are stable.
 */
export function closest(wrong: string, candidates: Iterable<string>, most = 3): string[] {
	return [...suggester(candidates)(wrong, most)];
}

/** `; did you mean "a" or "b"?`, or nothing. */
export function didYouMean(wrong: string, candidates: Iterable<string> | Suggester): string {
	const near = typeof candidates === 'function' ? candidates(wrong) : closest(wrong, candidates);
	if (near.length === 0) return '';
	const quoted = near.map((n) => `"${n}"`);
	return `; did you mean ${listWords(quoted, { conjunction: 'or' })}?`;
}
