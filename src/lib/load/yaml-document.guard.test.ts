/**
 * The guard around the `yaml` package: whatever fails inside it becomes one plain error,
 * and no message of its own ("Maximum call stack size exceeded", "RangeError") reaches the
 * user. The package is made to fail here on purpose, as a stack overflow would make it.
 * A valid map is read by js-yaml first (fast-read.ts), so the failing cases read with
 * `yaml` alone, as every file js-yaml gives up on is read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VALID_MAP, errorsOf, mapError, modelOf } from '../../../tests/unit/helpers/fixtures';
import { formatError } from './errors';

const failure = vi.hoisted(() => ({ mode: 'none' as 'none' | 'throw' | 'report' }));

vi.mock('yaml', async (importOriginal) => {
	const yaml = await importOriginal<typeof import('yaml')>();
	class Composer extends yaml.Composer {
		*compose(...args: Parameters<InstanceType<typeof yaml.Composer>['compose']>) {
			if (failure.mode === 'throw') throw new RangeError('Maximum call stack size exceeded');
			for (const doc of super.compose(...args)) {
				// What the composer reports when it catches a stack overflow itself, at a collection.
				if (failure.mode === 'report') doc.errors.push(new yaml.YAMLParseError([VALID_MAP.indexOf('[1, 2]'), 0], 'RESOURCE_EXHAUSTION', 'Maximum call stack size exceeded'));
				yield doc;
			}
		}
	}
	return { ...yaml, Composer };
});

const UNREADABLE =
	'the file could not be read as YAML here: the reader ran out of room on it (often data nested or repeated far past what a map needs); simplify the file around this point, and please report it';

describe('a failure inside the YAML reader', () => {
	beforeEach(() => {
		failure.mode = 'none';
	});

	it('is not triggered by the mock on its own', () => {
		expect(modelOf(VALID_MAP).groups).toHaveLength(1);
	});

	it('thrown: one plain error, with no text of the failure, never a throw', () => {
		failure.mode = 'throw';
		const errors = errorsOf(VALID_MAP, { fast: false });
		// It failed after parsing, so nothing says where: the start of the file.
		expect(errors).toEqual([mapError(1, 1, '', 'unreadable', UNREADABLE)]);
		expect(errors.map(formatError).join('\n')).not.toMatch(/Maximum call stack|RangeError|at .*\.ts:/);
	});

	it('reported by the composer itself: placed at the collection, in the same words', () => {
		failure.mode = 'report';
		expect(errorsOf(VALID_MAP, { fast: false })).toEqual([mapError(10, 12, '', 'unreadable', UNREADABLE)]);
	});
});
