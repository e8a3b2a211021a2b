/**
 * The nesting of collections as the `yaml` parser itself sees it. The parser keeps the
 * collections it is inside on a stack (its public `stack`: the document, then each block
 * mapping, block list and flow collection, innermost last), so reading that stack after
 * every token gives the depth exactly, with quotes, comments, anchors, tags, block scalars
 * and broken indentation all read as the parser reads them. The parser builds its stack
 * without recursion; what comes after it (composing the document, converting it to data)
 * recurses once per level, so the depth is checked here, token by token, and the text is
 * refused before anything recursive sees it.
 *
 * Cost: O(1) per token while the stack is shallower than the bound, O(bound) past it.
 */
import type { CST } from 'yaml';

export const DEFAULT_MAX_DEPTH = 32;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The first collection on the parser's stack that lies deeper than `maxDepth`: its depth
 * and where it starts, or null. A `key: value` pair written straight inside `[ ]` is a
 * mapping of its own, one level more. The stack also holds the document and at most a
 * scalar being read, and each collection on it makes at most two levels, so only a stack
 * longer than half the bound needs counting.
 */
export function excessNesting(stack: readonly CST.Token[], maxDepth: number): { depth: number; offset: number } | null {
	if (2 * (stack.length - 1) <= maxDepth) return null;
	let depth = 0;
	for (const token of stack) {
		if (!COLLECTIONS.has(token.type)) continue;
		depth++;
		if (depth > maxDepth) return { depth, offset: token.offset };
		if (token.type === 'flow-collection' && token.start.source === '[') {
			const item = token.items[token.items.length - 1];
			if (item && isPair(item)) {
				depth++;
				if (depth > maxDepth) return { depth, offset: item.key?.offset ?? item.sep?.[0]?.offset ?? token.offset };
			}
		}
	}
	return null;
}

/** Whether an item of a flow collection is a pair: its `?` or `:` stands among its first few tokens (a key fits on one line). */
function isPair(item: CST.CollectionItem): boolean {
	const near = (tokens: readonly CST.SourceToken[] | undefined, type: string) => (tokens ?? []).slice(0, 8).some((t) => t.type === type);
	return near(item.sep, 'map-value-ind') || near(item.start, 'explicit-key-ind');
}
