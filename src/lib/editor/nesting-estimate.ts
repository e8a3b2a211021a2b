/**
 * How deep a text's collections may nest, estimated cheaply and never under: the deepest of
 * its flow brackets (`[`, `{`) outside quotes and comments, and of its indentation. The
 * editor's syntax highlighting walks the syntax tree recursively, so a hostile text nested
 * thousands deep would overflow the stack; past `HIGHLIGHT_MAX_DEPTH` the editor shows the
 * text without colours (the loader's error already says the nesting is too deep). A map
 * needs far less: the loader refuses more than 32 levels.
 *
 * Cost: one pass over the text.
 */
export const HIGHLIGHT_MAX_DEPTH = 400;

export function nestingEstimate(text: string): number {
	let deepest = 0;
	let depth = 0;
	let quote: '"' | "'" | null = null;
	let lineStart = true;
	let indent = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') {
			lineStart = true;
			indent = 0;
			// A quoted scalar may run on over lines, but a comment never does.
			continue;
		}
		if (lineStart) {
			if (c === ' ') {
				indent++;
				if (indent > deepest) deepest = indent;
				continue;
			}
			lineStart = false;
		}
		if (quote) {
			if (c === quote) quote = null;
			else if (c === '\\' && quote === '"') i++;
			continue;
		}
		if (c === '"' || c === "'") quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
			const end = text.indexOf('\n', i);
			i = end === -1 ? text.length : end - 1;
		} else if (c === '[' || c === '{') {
			depth++;
			if (depth > deepest) deepest = depth;
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
	}
	return deepest;
}
