/**
 * Turns zod's issues into errors a person can act on: placed at the line and column of
 * the value (or of the key, for an unknown key), saying what was expected and what was
 * found, with the nearest known word when one is close.
 */
import { isScalar } from 'yaml';
import type { z } from 'zod';
import { calendarProblem } from '../format/patterns';
import { AS_OF_PATTERN, ID_PATTERN } from '../format/schema';
import { describeValue, type MapError } from './errors';
import { didYouMean } from './suggest';
import { errorAt, nodeAt, type YamlSource } from './yaml-document';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export function schemaErrors(source: YamlSource, schema: z.ZodType, issues: readonly Issue[]): MapError[] {
	return issues.flatMap((issue) => issueErrors(source, schema, issue, issue.path));
}

function issueErrors(source: YamlSource, schema: z.ZodType, issue: Issue, path: Path): MapError[] {
	const found = valueAt(source.value, path);
	// A required key left out is said to be missing, whatever the schema expected there (a date may be text or a number).
	if (found === undefined && issue.code !== 'unrecognized_keys' && path.length > 0 && !nodeAt(source, path).complete) {
		return [errorAt(source, path.slice(0, -1), 'missing-key', `missing required key "${String(path.at(-1))}"`)];
	}
	// A date may be read by YAML as text or as a number; either way the writer needs the one form.
	if (path.at(-1) === 'as_of' && found !== undefined && issue.code !== 'unrecognized_keys') {
		const notADay = typeof found === 'string' && AS_OF_PATTERN.test(found) ? calendarProblem(found) : null;
		if (notADay) return [errorAt(source, path, 'bad-value', notADay)];
		return [errorAt(source, path, 'bad-format', `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, like 2005-07; found ${describeFound(source, path, found)}`)];
	}
	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = keysAt(schema, path);
			return issue.keys.map((key) => {
				const hint = didYouMean(key, known) || `; the keys allowed here are ${known.join(', ')}`;
				return errorAt(source, [...path, key], 'unknown-key', `unknown key "${key}"${hint}`, true);
			});
		}
		case 'invalid_type': {
			if (found === undefined && !nodeAt(source, path).complete) {
				const key = String(path.at(-1));
				return [errorAt(source, path.slice(0, -1), 'missing-key', `missing required key "${key}"`)];
			}
			return [errorAt(source, path, 'wrong-type', `expected ${expectedType(issue.expected)}, found ${describeFound(source, path, found)}`)];
		}
		case 'invalid_value': {
			if (found === undefined && !nodeAt(source, path).complete) return [errorAt(source, path.slice(0, -1), 'missing-key', `missing required key "${String(path.at(-1))}"`)];
			const options = issue.values.map((v) => String(v));
			const hint = typeof found === 'string' ? didYouMean(found, options) : '';
			return [errorAt(source, path, 'bad-value', `expected one of ${options.join(', ')}; found ${describeFound(source, path, found)}${hint}`)];
		}
		case 'invalid_format': {
			const pattern = 'pattern' in issue ? String(issue.pattern) : '';
			const expected =
				pattern === String(ID_PATTERN)
					? 'a kebab-case id: lower-case letters and digits joined by single hyphens, like "social-care"'
					: pattern === String(AS_OF_PATTERN)
						? 'a date written YYYY, YYYY-MM or YYYY-MM-DD, like 2005-07'
						: `text of the form ${issue.format}`;
			return [errorAt(source, path, 'bad-format', `expected ${expected}; found ${describeFound(source, path, found)}`)];
		}
		case 'too_small':
		case 'too_big': {
			const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			const inclusive = issue.inclusive !== false;
			const words =
				issue.code === 'too_small' ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
			return [errorAt(source, path, 'bad-value', `expected a number ${words} ${String(bound)}; found ${describeFound(source, path, found)}`)];
		}
		case 'invalid_union': {
			// Follow the branch whose type the value has: its issues say what is wrong inside it.
			const matching = issue.errors.filter((branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0));
			if (matching.length > 0) {
				return matching[0].flatMap((inner) => issueErrors(source, schema, inner, [...path, ...inner.path]));
			}
			const kinds = issue.errors.map((branch) => {
				const first = branch[0];
				return first && first.code === 'invalid_type' ? expectedType(first.expected) : 'another form';
			});
			return [errorAt(source, path, 'wrong-type', `expected ${kinds.join(' or ')}; found ${describeFound(source, path, found)}`)];
		}
		default:
			return [errorAt(source, path, 'bad-value', `${issue.message}; found ${describeFound(source, path, found)}`)];
	}
}

/**
 * A value as it stood in the file. YAML's `.nan` and `.inf` are numbers to JavaScript, but
 * "found number NaN" would tell the writer nothing: say what they wrote, and why it is not one.
 */
function describeFound(source: YamlSource, path: Path, value: unknown): string {
	if (typeof value !== 'number' || Number.isFinite(value)) return describeValue(value);
	const node = nodeAt(source, path).node;
	const written = isScalar(node) && typeof node.source === 'string' && node.source.length <= 40 ? node.source : Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
	return Number.isNaN(value) ? `${written}, which is not a number` : `${written}, which is infinite, not a number a map can use`;
}

function expectedType(expected: string): string {
	switch (expected) {
		case 'object':
			return 'a mapping of keys to values';
		case 'array':
			return 'a list';
		case 'string':
			return 'text';
		case 'number':
		case 'int':
			return 'a number';
		case 'boolean':
			return 'true or false';
		default:
			return expected;
	}
}

function valueAt(root: unknown, path: Path): unknown {
	let value = root;
	for (const step of path) {
		if (value === null || typeof value !== 'object') return undefined;
		if (!Object.prototype.hasOwnProperty.call(value, step)) return undefined;
		value = (value as Record<PropertyKey, unknown>)[step];
	}
	return value;
}

/** The keys the schema allows for the mapping at `path`, in the schema's order. */
export function keysAt(schema: z.ZodType, path: Path): string[] {
	let node: z.core.$ZodType | undefined = schema;
	for (const step of [...path, null]) {
		node = unwrap(node);
		if (!node) return [];
		const def = node._zod.def;
		if (step === null) {
			return def.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
		}
		if (def.type === 'object') node = (def as z.core.$ZodObjectDef).shape[String(step)];
		else if (def.type === 'array') node = (def as z.core.$ZodArrayDef).element;
		else return [];
	}
	return [];
}

/** Through optional, pipe and union wrappers to the object or array inside. */
function unwrap(node: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	for (let guard = 0; node && guard < 16; guard++) {
		const def = node._zod.def;
		if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') node = (def as z.core.$ZodOptionalDef).innerType;
		else if (def.type === 'pipe') node = (def as z.core.$ZodPipeDef).in;
		else if (def.type === 'union') {
			node = (def as z.core.$ZodUnionDef).options.find((o) => ['object', 'array'].includes(o._zod.def.type));
		} else return node;
	}
	return node;
}
