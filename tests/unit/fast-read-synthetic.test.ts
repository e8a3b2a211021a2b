/**
 * The fast reader on the benchmark's synthetic maps (bench/synthetic-map.ts): read fast,
 * within the ceiling on tokens, and the same model, places and all, as the `yaml` reader
 * makes. (Beside the maps of the project and generated files in src/lib/load/fast-read.test.ts.)
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CST, Lexer } from 'yaml';
import { syntheticMap } from '../../bench/synthetic-map';
import { readFast } from '../../src/lib/load/fast-read';
import { loadMap } from '../../src/lib/load/load-map';
import { DEFAULT_MAX_DEPTH } from '../../src/lib/load/nesting';
import { tokenCeiling } from '../../src/lib/load/token-ceiling';
import { DEFAULT_MAX_TOKENS, DEFAULT_MAX_VALUES } from '../../src/lib/load/yaml-document';

const BOUNDS = { maxDepth: DEFAULT_MAX_DEPTH, maxTokens: DEFAULT_MAX_TOKENS, maxValues: DEFAULT_MAX_VALUES };

describe.each([
	{ agencies: 5, roles: 40, groups: 6, membersPerGroup: 5 },
	{ agencies: 50, roles: 850, groups: 100, membersPerGroup: 10 }
])('a synthetic map of %o', (size) => {
	const text = syntheticMap(size);

	it('is read fast, to the same model as the `yaml` reader makes', () => {
		expect(readFast(text, BOUNDS)).not.toBeNull();
		const fast = loadMap(text, { file: 'synthetic.yaml' });
		expect(fast.ok).toBe(true);
		expect(isDeepStrictEqual(fast, loadMap(text, { file: 'synthetic.yaml', fast: false }))).toBe(true);
	});

	it('has a token ceiling at least the tokens the `yaml` lexer makes, and near them', () => {
		let tokens = 0;
		for (const lexeme of new Lexer().lex(text)) if (lexeme !== CST.SCALAR && lexeme !== CST.DOCUMENT && lexeme !== CST.FLOW_END) tokens++;
		expect(tokenCeiling(text)).toBeGreaterThanOrEqual(tokens);
		expect(tokenCeiling(text)).toBeLessThan(tokens * 1.2);
	});
});
