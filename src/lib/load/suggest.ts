import { listWords } from '../format/words';
import damerauLevenshtein from 'damerau-levenshtein';

/** Edits between two words, a swap of neighbours counting as one (`kidn` -> `kind`). */
const distance = (a: string, b: string) => damerauLevenshtein(a, b).steps;

/** Longer words are not typing slips, and measuring them against every id costs time. */
const MAX_WORD = 64;

/**
 * The candidates close enough to `wrong` to be what the writer meant, nearest first:
 * within a third of the word's length in edits (at least 1, at most 3), or one being a
 * prefix of the other. Ties keep the candidates' order, so messages are stable.
 */
export function closest(wrong: string, candidates: Iterable<string>, most = 3): string[] {
	const limit = Math.min(3, Math.max(1, Math.floor(wrong.length / 3)));
	const lower = wrong.toLowerCase();
	if (lower.length > MAX_WORD) return [];
	const scored: { candidate: string; score: number; order: number }[] = [];
	let order = 0;
	for (const candidate of candidates) {
		const other = candidate.toLowerCase();
		const prefix = lower.length >= 3 && other.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
		if (Math.abs(other.length - lower.length) > limit && !prefix) continue;
		const d = distance(lower, other);
		if (d <= limit || prefix) scored.push({ candidate, score: d, order: order++ });
	}
	scored.sort((a, b) => a.score - b.score || a.order - b.order);
	return scored.slice(0, most).map((s) => s.candidate);
}

/** ` (did you mean "a" or "b"?)`, or nothing. */
export function didYouMean(wrong: string, candidates: Iterable<string>): string {
	const near = closest(wrong, candidates);
	if (near.length === 0) return '';
	const quoted = near.map((n) => `"${n}"`);
	return `; did you mean ${listWords(quoted, { conjunction: 'or' })}?`;
}
