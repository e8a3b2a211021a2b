/**
 * The most tokens the `yaml` lexer can make of a text, counted in one pass over its
 * characters without lexing it: the fast reader (fast-read.ts) is taken only when this
 * ceiling is within the bound on tokens, so that a text it accepts is one the `yaml`
 * reader (parse-bounded.ts, which counts the tokens exactly) would accept too.
 *
 * Why it is a ceiling, for a text with no tags, anchors or aliases (the fast reader
 * refuses any): each token the lexer makes is either text of its own, which starts at a
 * position where the kind of character changes (a space after other text, text after a
 * space, a line break), at or after one of the characters below that stand alone, or at
 * the start; or it is empty, which the lexer makes only for a block scalar with no lines
 * (`|` or `>`) and for a value missing before a comma in brackets (`{a: , b: 1}`): each
 * such character is counted once more. The property test beside this file checks the
 * ceiling against the lexer on generated texts and on every map in the project.
 *
 * Cost: O(n) for n characters, stopping once past `stopAbove`.
 */

/** What each ASCII character may do: stand alone (a token may start at or after it), be a space, or be followed by an empty token. */
const ALONE = 1;
const SPACE = 2;
const MAY_EMPTY = 4;
const KIND = new Uint8Array(128);
for (const ch of '\n\r\t,[]{}:\'"#') KIND[ch.charCodeAt(0)] |= ALONE;
for (const ch of ',|>') KIND[ch.charCodeAt(0)] |= MAY_EMPTY;
KIND[0x20] = SPACE;

export function tokenCeiling(text: string, stopAbove = Infinity): number {
	let count = 0;
	let before = ALONE;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const kind = c < 128 ? KIND[c] : 0;
		// A token may start here: at or after a character that stands alone, or where spaces begin or end.
		if (((kind | before) & ALONE) !== 0 || ((kind ^ before) & SPACE) !== 0) {
			if (++count > stopAbove) return count;
		}
		if ((kind & MAY_EMPTY) !== 0) count++;
		before = kind;
	}
	return count;
}
