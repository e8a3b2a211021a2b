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

/** Line breaks, tab, brackets, comma, colon, quotes and `#`: a token may start at or after each. */
const ALONE = new Uint8Array(128);
for (const ch of '\n\r\t,[]{}:\'"#') ALONE[ch.charCodeAt(0)] = 1;

/** Characters after which the lexer may make an empty token. */
const MAY_EMPTY = new Uint8Array(128);
for (const ch of ',|>') MAY_EMPTY[ch.charCodeAt(0)] = 1;

const SPACE = 0x20;

export function tokenCeiling(text: string, stopAbove = Infinity): number {
	let count = 0;
	let aloneBefore = true;
	let spaceBefore = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const alone = c < 128 && ALONE[c] === 1;
		const space = c === SPACE;
		if (alone || aloneBefore || space !== spaceBefore) {
			if (++count > stopAbove) return count;
		}
		if (c < 128 && MAY_EMPTY[c] === 1) count++;
		aloneBefore = alone;
		spaceBefore = space;
	}
	return count;
}
