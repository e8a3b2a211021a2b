/**
 * Property-based fuzzing of the loader and the audit (fast-check, fixed seed, so every run
 * tries the same inputs and a failure can be replayed): valid maps with one token changed,
 * deleted or duplicated; random YAML-like text; random bytes; valid maps whose ids are the
 * names of Object.prototype. Invariants: the loader never throws; every error has a line and
 * a column inside the file and one line of message; a valid map always yields a model, and
 * its audit finishes without throwing.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/lib/analysis/audit';
import { findings } from '../../src/lib/analysis/findings';
import type { MapError } from '../../src/lib/load/errors';
import { loadMap } from '../../src/lib/load/load-map';

const SEED = 20051128;
const reportMaps = readdirSync('maps')
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => readFileSync(`maps/${f}`, 'utf8'));

/** Lines as a reader counts them: LF, CRLF or a lone CR ends one. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function checkErrors(text: string, errors: readonly MapError[]) {
	expect(errors.length).toBeGreaterThan(0);
	const lines = lineCount(text);
	for (const e of errors) {
		expect(e.line, JSON.stringify(e)).toBeGreaterThanOrEqual(1);
		expect(e.line, JSON.stringify(e)).toBeLessThanOrEqual(lines);
		expect(e.column, JSON.stringify(e)).toBeGreaterThanOrEqual(1);
		expect(e.message, JSON.stringify(e)).not.toMatch(/Maximum call stack|RangeError|TypeError|at .*\.ts:\d+/);
		expect(e.message.length).toBeGreaterThan(0);
	}
}

/** Load, and when the map is valid, audit it and list its findings: none of it may throw. */
function loadAndAudit(input: string | Uint8Array) {
	const result = loadMap(input, { file: 'fuzz.yaml' });
	if (result.ok) {
		const a = audit(result.value);
		findings(a);
		expect(a.metrics.nodes).toBe(result.value.agencies.length + result.value.roles.length + result.value.groups.length);
	} else if (typeof input === 'string') {
		checkErrors(input, result.errors);
	} else {
		for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
	}
	return result;
}

const mapText = fc.constantFrom(...reportMaps);

/** One token of a valid map changed, deleted or duplicated. */
const mutated = fc
	.tuple(mapText, fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'replace', 'insert'), fc.constantFrom('[', ']', '{', '}', ':', '-', ' ', '\n', '"', "'", '&a', '*a', '!x', '#', '|', '>', 'constructor', '__proto__', '0', '.nan', '2005-02-31', '\t', '\r', '\u0000', '\u2028', 'x'.repeat(200)))
	.map(([text, at, length, how, token]) => {
		const tokens = text.split(/(\s+|[[\]{}:,-])/);
		const i = at % tokens.length;
		const n = 1 + (length % 3);
		if (how === 'delete') tokens.splice(i, n);
		else if (how === 'duplicate') tokens.splice(i, 0, ...tokens.slice(i, i + n));
		else if (how === 'replace') tokens.splice(i, 1, token);
		else tokens.splice(i, 0, token);
		return tokens.join('');
	});

/** Text built from YAML's own punctuation, indentation and words. */
const yamlish = fc
	.array(fc.constantFrom('[', ']', '{', '}', ': ', '- ', '  ', '\n', '"', "'", '&a ', '*a', '!!str ', '!js ', '# c', '|\n', '>\n', 'locality', 'id', 'agencies', 'groups', 'members', 'x', '1', '.inf', '~', '---\n', '...\n', '<<', '? ', ',', '\r\n', '\t'), { maxLength: 200 })
	.map((parts) => parts.join(''));

const PROTOTYPE_NAMES = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring', 'prototype', 'length', '0', 'proto', 'call', 'apply', 'then'];

/** A valid map whose ids are drawn from the names of Object.prototype (as kebab-case allows them). */
const prototypeMap = fc
	.shuffledSubarray(PROTOTYPE_NAMES, { minLength: 3, maxLength: PROTOTYPE_NAMES.length })
	.chain((ids) =>
		fc.record({
			ids: fc.constant(ids),
			links: fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1)), { maxLength: 12 }),
			members: fc.array(fc.nat(ids.length - 1), { maxLength: 6 })
		})
	)
	.map(({ ids, links, members }) => {
		const [group, agency, ...rest] = ids;
		// Quoted, so that `0` is the text "0", as an id must be.
		const q = (id: string) => `"${id}"`;
		const roles = rest.map((id) => `  - { id: ${q(id)}, name: "${id}", agency: ${q(agency)} }`);
		const seats = [...new Set(members.map((m) => ids[m]).filter((id) => id !== group))];
		const ls = links.filter(([a, b]) => a !== b).map(([a, b]) => `  - { from: ${q(ids[a])}, to: ${q(ids[b])}, kind: informs }`);
		return [
			'locality: { id: proto, name: Proto, as_of: "2005" }',
			'agencies:',
			`  - { id: ${q(agency)}, name: "${agency}", sector: local-authority }`,
			...(roles.length ? ['roles:', ...roles] : []),
			'groups:',
			`  - { id: ${q(group)}, name: "${group}", type: steering-group, members: [${seats.map(q).join(', ')}] }`,
			...(ls.length ? ['links:', ...ls] : [])
		].join('\n');
	});

describe('fuzzing the loader and the audit', () => {
	it('a valid map with one token changed, deleted or duplicated: an answer, never a throw', () => {
		fc.assert(fc.property(mutated, (text) => void loadAndAudit(text)), { seed: SEED, numRuns: 60 });
	});

	it('random YAML-like text: an answer with placed errors, never a throw', () => {
		fc.assert(fc.property(yamlish, (text) => void loadAndAudit(text)), { seed: SEED, numRuns: 400 });
	});

	it('random text of any characters: never a throw', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void loadAndAudit(text)), { seed: SEED, numRuns: 300 });
	});

	it('random bytes: never a throw', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void loadAndAudit(bytes)), { seed: SEED, numRuns: 300 });
	});

	it('ids that are the names of Object.prototype: a valid map always loads and audits, every id in its place', () => {
		fc.assert(
			fc.property(prototypeMap, (text) => {
				const result = loadAndAudit(text);
				expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).toBe(true);
				if (!result.ok) return;
				const a = audit(result.value);
				expect(a.hubs.map((h) => h.id).sort()).toEqual([...result.value.agencies, ...result.value.roles, ...result.value.groups].map((i) => i.id).sort());
			}),
			{ seed: SEED, numRuns: 150 }
		);
	});
});
