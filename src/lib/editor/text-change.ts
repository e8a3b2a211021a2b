/**
 * The smallest single change that turns one text into another: what the two share at the
 * start and at the end stays, the middle is replaced. A form edit reaches the YAML editor as
 * this one change, so the editor's history holds it as one step that undoes like typing, and
 * the cursor, folds and marks outside the changed range stay where they were.
 */
export interface TextChange {
	/** Where the replaced range starts and ends in the old text (UTF-16 offsets). */
	readonly from: number;
	readonly to: number;
	readonly insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The change from `before` to `after`, or null when they are equal. Never splits a surrogate pair. */
export function minimalChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const limit = Math.min(before.length, after.length);
	let start = 0;
	while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	let end = 0;
	while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/** The text after the change: `minimalChange(a, b)` applied to `a` gives `b`. */
export function applyChange(text: string, change: TextChange | null): string {
	return change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;
}
