/**
 * What the command line prints comes from files anyone may write: keys, values, names and
 * file names. Printed raw, a newline in a key would forge another `file:line:col:` line for
 * CI to read as an error, and an escape sequence would reach the terminal. So every such
 * text passes through here, and each error is exactly one line.
 *
 * Escaped: C0 controls and DEL (`\n`, `\t`, `\r`, `\x1b`, `\x7f`), C1 controls (`\x85`,
 * `\x9b`), the Unicode line and paragraph separators (`\u2028`, `\u2029`), the bidirectional
 * controls that can make text read other than it runs (`\u202e`, `\u2066`...) and lone
 * surrogates. A backslash is left alone, so that Windows paths read as typed; a `\n` in
 * the output is therefore either an escaped newline or the two characters, never a newline.
 */

/** The characters escaped, in the text and inside JSON strings alike. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same, less what JSON escapes itself (C0 controls, which it writes as `\n` or `\u001b`, and lone surrogates). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: ReadonlyMap<string, string> = new Map([
	['\n', '\\n'],
	['\r', '\\r'],
	['\t', '\\t']
]);

function escapeChar(char: string): string {
	const short = SHORT.get(char);
	if (short) return short;
	const code = char.charCodeAt(0);
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` as one line that shows every character and moves the terminal nowhere. */
export function escapeLine(text: string): string {
	return text.replace(UNSAFE, escapeChar);
}

/**
 * `value` as JSON whose strings hold no character that could reach a terminal raw. JSON
 * already escapes C0 controls and lone surrogates; this also writes DEL, C1 controls, the
 * line separators and the bidirectional controls as `\uXXXX`. The result parses to the
 * same value, so editors and CI get every key and name as the file has it.
 */
export function jsonText(value: unknown, indent = 2): string {
	return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A copy of plain data (a map's model) with every string escaped, so that a report written
 * from it in lines (the readable audit) has no line that a name in the map put there.
 * Ids are kebab-case, so they come through unchanged and still match.
 */
export function escapeTexts<T>(value: T): T {
	return JSON.parse(JSON.stringify(value), (_key, item: unknown) => (typeof item === 'string' ? escapeLine(item) : item));
}
