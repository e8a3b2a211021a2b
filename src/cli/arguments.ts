/**
 * The options of the command line, read strictly: a value must be all of its option's
 * form ("12abc", "", "NaN" and "1e3" are not a number of bytes), and anything starting
 * with - that is not an option is refused, so a mistyped option is never read as a file.
 */
import { DEFAULT_MAX_BYTES } from '../lib/load/source-text';
import { describeValue } from '../lib/load/errors';
import { UsageError } from './usage';

/** The largest --max-bytes: past it, memory and time would no longer be bounded by the size of a map. */
export const MAX_MAX_BYTES = 100 * 1024 * 1024;

export interface Arguments {
	/** The files and folders named, in order. */
	readonly paths: readonly string[];
	/** The flags given (`--json`). */
	readonly flags: ReadonlySet<string>;
	/** Each value option given, with its values in order (an option may be given again). */
	readonly values: ReadonlyMap<string, readonly string[]>;
}

export interface ArgumentSpec {
	readonly flags: readonly string[];
	/** Each option that takes a value, with what to say when it has none. */
	readonly values: ReadonlyMap<string, string>;
}

export function parseArguments(args: readonly string[], spec: ArgumentSpec): Arguments {
	const paths: string[] = [];
	const flags = new Set<string>();
	const values = new Map<string, string[]>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--') {
			paths.push(...args.slice(i + 1));
			break;
		}
		if (arg === '-') throw new UsageError('"-" would be standard input, which is not read; give the path of a map file');
		if (!arg.startsWith('-')) {
			paths.push(arg);
			continue;
		}
		const equals = arg.indexOf('=');
		const name = equals > 0 ? arg.slice(0, equals) : arg;
		if (spec.flags.includes(name)) {
			if (equals > 0) throw new UsageError(`${name} takes no value`);
			flags.add(name);
			continue;
		}
		const missing = spec.values.get(name);
		if (missing === undefined) throw new UsageError(`unknown option "${arg}"; to check a file whose name begins with -, put -- before it`);
		const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
		if (value === undefined) throw new UsageError(missing);
		values.set(name, [...(values.get(name) ?? []), value]);
	}
	return { paths, flags, values };
}

/** The last value given for an option, if any. */
export function lastValue(parsed: Arguments, name: string): string | undefined {
	return parsed.values.get(name)?.at(-1);
}

export const MAX_BYTES_HINT = `--max-bytes takes a whole number of bytes from 1 to ${MAX_MAX_BYTES}, e.g. --max-bytes 20000000`;

export function parseMaxBytes(value: string | undefined): number {
	if (value === undefined) return DEFAULT_MAX_BYTES;
	const bytes = /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
	if (!(bytes >= 1 && bytes <= MAX_MAX_BYTES)) throw new UsageError(`${MAX_BYTES_HINT}; found ${describeValue(value)}`);
	return bytes;
}

export const THRESHOLD_HINT = '--threshold takes a number from 0 to 1, e.g. --threshold 0.6';

export function parseThreshold(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const share = /^(?:[0-9]{1,20}(?:\.[0-9]{0,20})?|\.[0-9]{1,20})$/.test(value) ? Number(value) : NaN;
	if (!(share >= 0 && share <= 1)) throw new UsageError(`${THRESHOLD_HINT}; found ${describeValue(value)}`);
	return share;
}

export const REMOVE_HINT = '--remove takes item ids separated by commas, e.g. --remove pilot-coordinator';

/** The ids of every --remove, each once, in the order first given. */
export function parseIds(values: readonly string[] | undefined): string[] {
	if (values === undefined) return [];
	const ids = new Set<string>();
	for (const value of values) {
		for (const part of value.split(',')) {
			const id = part.trim();
			if (id !== '') ids.add(id);
		}
	}
	if (ids.size === 0) throw new UsageError(REMOVE_HINT);
	return [...ids];
}
