/**
 * The schema's errors in plain words, where the words need care: numbers YAML reads as
 * not-a-number or infinite, and dates of the right form that are not days of the calendar.
 * Each test breaks one thing in the valid map of fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, mapError, modelOf, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { loadMap } from './load-map';

describe('numbers that are not numbers', () => {
	it.each([
		['.nan', '.nan, which is not a number'],
		['.NaN', '.NaN, which is not a number'],
		['.inf', '.inf, which is infinite, not a number a map can use'],
		['-.Inf', '-.Inf, which is infinite, not a number a map can use'],
		['1e400', '1e400, which is infinite, not a number a map can use']
	])('count: %s', (written, found) => {
		expect(errorsOf(replaceLine('    count: 19', `    count: ${written}`))).toEqual([
			mapError(11, 12, 'agencies[0].count', 'wrong-type', `expected a number, found ${found}`)
		]);
	});

	it('in a list of tiers', () => {
		expect(errorsOf(replaceLine('    tiers: [1, 2]', '    tiers: [1, .nan]'))).toEqual([
			mapError(10, 16, 'agencies[0].tiers[1]', 'bad-value', 'expected one of 1, 2, 3, 4; found .nan, which is not a number')
		]);
	});
});

describe('as_of is a day of the calendar', () => {
	it.each([
		['2005-02-31', 'February 2005 has 28 days'],
		['2005-02-29', 'February 2005 has 28 days'],
		['2100-02-29', 'February 2100 has 28 days'],
		['2005-06-31', 'June 2005 has 30 days']
	])('%s is refused', (date, why) => {
		expect(errorsOf(replaceLine('  as_of: 2005', `  as_of: ${date}`))).toEqual([mapError(5, 10, 'locality.as_of', 'bad-value', `${date} is not a date: ${why}`)]);
	});

	it.each(['2004-02-29', '2000-02-29', '2005-01-31', '2005-02', '2005'])('%s is accepted', (date) => {
		expect(modelOf(replaceLine('  as_of: 2005', `  as_of: ${date}`)).locality.as_of).toBe(date);
	});

	it('a date of the wrong form is still told the form', () => {
		expect(errorsOf(replaceLine('  as_of: 2005', '  as_of: 2005-13-01'))).toEqual([
			mapError(5, 10, 'locality.as_of', 'bad-format', 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, like 2005-07; found "2005-13-01"')
		]);
	});
});

describe('a required key left out', () => {
	it('is said to be missing, even where the schema takes text or a number (as_of)', () => {
		const result = loadMap('locality: { id: x, name: X }\n', { file: 'm.yaml' });
		expect(result.ok ? [] : result.errors).toEqual([{ file: 'm.yaml', line: 1, column: 11, path: 'locality', code: 'missing-key', message: 'missing required key "as_of"' }]);
	});
});
