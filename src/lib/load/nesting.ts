/**
 * A linear scan that refuses text nested deeper than a bound before any YAML parser sees
 * it: parsers build deeply nested input recursively, and a few hundred kilobytes of `[`
 * exhaust their memory or stack. The scan follows block indentation, `- ` entries and
 * flow brackets, skipping quoted text, comments and block scalars; it is exact for the
 * nesting a map can have and errs only on text no map needs (e.g. dozens of indentation
 * steps inside one block scalar).
 */
export const DEFAULT_MAX_DEPTH = 32;

export interface ExcessNesting {
	readonly line: number;
	readonly column: number;
	readonly depth: number;
}

export function findExcessNesting(text: string, maxDepth = DEFAULT_MAX_DEPTH): ExcessNesting | null {
	const indents: number[] = [];
	let flow = 0;
	let quote: '"' | "'" | null = null;
	let blockScalarParent = -1; // indent of the line that opened a block scalar, or -1
	let line = 0;
	let pos = 0;
	while (pos <= text.length) {
		let end = text.indexOf('\n', pos);
		if (end === -1) end = text.length;
		line++;
		let i = pos;
		while (i < end && text[i] === ' ') i++;
		const indent = i - pos;
		const blank = i >= end || text[i] === '\r' || text[i] === '#';
		if (blockScalarParent >= 0 && (blank || indent > blockScalarParent) && !quote) {
			pos = end + 1;
			continue;
		}
		blockScalarParent = -1;
		if (flow === 0 && !quote && !blank) {
			while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
			indents.push(indent);
			if (indents.length > maxDepth) return { line, column: indent + 1, depth: indents.length };
		}
		let dashes = 0;
		let atValueStart = true;
		for (; i < end; i++) {
			const c = text[i];
			if (quote) {
				if (c === '\\' && quote === '"') i++;
				else if (c === quote) {
					if (quote === "'" && text[i + 1] === "'") i++;
					else {
						quote = null;
						atValueStart = false;
					}
				}
				continue;
			}
			if (c === ' ' || c === '\t' || c === '\r') continue;
			if (c === '#' && (i === pos || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
			const next = text[i + 1];
			const separated = next === undefined || next === ' ' || next === '\n' || next === '\r' || i + 1 >= end;
			if (atValueStart && (c === '"' || c === "'")) {
				quote = c;
				continue;
			}
			if (atValueStart && (c === '&' || c === '!')) {
				while (i + 1 < end && text[i + 1] !== ' ') i++;
				continue;
			}
			if (flow === 0 && atValueStart && c === '-' && separated) {
				dashes++;
				const depth = indents.length + dashes;
				if (depth > maxDepth) return { line, column: i - pos + 1, depth };
				continue;
			}
			if (flow === 0 && atValueStart && (c === '|' || c === '>')) {
				blockScalarParent = indent;
				break;
			}
			if ((c === '[' || c === '{') && (atValueStart || flow > 0)) {
				flow++;
				const depth = indents.length + dashes + flow;
				if (depth > maxDepth) return { line, column: i - pos + 1, depth };
				atValueStart = true;
				continue;
			}
			if ((c === ']' || c === '}') && flow > 0) {
				flow--;
				atValueStart = false;
				continue;
			}
			if (c === ',' && flow > 0) {
				atValueStart = true;
				continue;
			}
			if ((c === ':' || c === '?') && (separated || flow > 0)) {
				atValueStart = true;
				continue;
			}
			atValueStart = false;
		}
		pos = end + 1;
	}
	return null;
}
