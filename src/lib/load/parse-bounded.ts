/**
 * Parses YAML text into the `yaml` package's concrete syntax tree, token by token, and
 * stops at the first bound the text passes, before any document is built from it: the
 * number of tokens (the parser and composer keep an object of a few hundred bytes for
 * each, so this bounds memory), the number of aliases (each is resolved against the whole
 * document), and the nesting (everything after the parser recurses once per level).
 *
 * Linear in the length of the text: the lexer and the parser do constant work per token
 * (the parser's stack is bounded by the nesting bound), and so does each check here.
 */
import { CST, Lexer, Parser, type LineCounter } from 'yaml';
import { excessNesting } from './nesting';

export interface ParseBounds {
	readonly maxDepth: number;
	readonly maxTokens: number;
	readonly maxAliases: number;
}

/** The first bound the text passes, and where. */
export type Excess =
	| { readonly kind: 'depth'; readonly offset: number; readonly depth: number }
	| { readonly kind: 'tokens'; readonly offset: number }
	| { readonly kind: 'aliases'; readonly offset: number; readonly name: string };

export type Parsed = { readonly ok: true; readonly tokens: readonly CST.Token[] } | { readonly ok: false; readonly excess: Excess };

export function parseBounded(text: string, lines: LineCounter, bounds: ParseBounds): Parsed {
	const parser = new Parser(lines.addNewLine);
	const tokens: CST.Token[] = [];
	let offset = 0;
	let count = 0;
	let aliases = 0;
	let atScalar = false;
	for (const lexeme of new Lexer().lex(text)) {
		// The lexer marks a scalar, a document start and a cut-short flow collection with
		// control characters that stand for no text (the text itself holds none: source-text.ts
		// refuses them); a scalar's own text follows its mark.
		if (lexeme === CST.SCALAR) atScalar = true;
		else if (lexeme !== CST.DOCUMENT && lexeme !== CST.FLOW_END) {
			const start = offset;
			offset += lexeme.length;
			if (++count > bounds.maxTokens) return { ok: false, excess: { kind: 'tokens', offset: start } };
			// `*` starts an alias and nothing else, unless it is a scalar's text (a block scalar's).
			if (!atScalar && lexeme.charCodeAt(0) === 0x2a && ++aliases > bounds.maxAliases) {
				return { ok: false, excess: { kind: 'aliases', offset: start, name: lexeme.slice(1) } };
			}
			atScalar = false;
		}
		for (const token of parser.next(lexeme)) tokens.push(token);
		const deep = excessNesting(parser.stack, bounds.maxDepth);
		if (deep) return { ok: false, excess: { kind: 'depth', ...deep } };
	}
	for (const token of parser.end()) tokens.push(token);
	return { ok: true, tokens };
}
