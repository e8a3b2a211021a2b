/** The date patterns: the form, and real days of the calendar. */
import { describe, expect, it } from 'vitest';
import { AS_OF_PATTERN, calendarProblem, daysInMonth } from './patterns';

describe('daysInMonth', () => {
	it.each([
		[2005, 1, 31],
		[2005, 2, 28],
		[2004, 2, 29],
		[1900, 2, 28],
		[2000, 2, 29],
		[2005, 4, 30],
		[2005, 6, 30],
		[2005, 9, 30],
		[2005, 11, 30],
		[2005, 12, 31]
	])('%i-%i has %i days', (year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});
});

describe('calendarProblem', () => {
	it.each(['2005', '2005-02', '2005-02-28', '2004-02-29', '2000-02-29', '2005-12-31', '2005-04-30'])('%s is a date', (date) => {
		expect(AS_OF_PATTERN.test(date)).toBe(true);
		expect(calendarProblem(date)).toBeNull();
	});

	it.each([
		['2005-02-31', '2005-02-31 is not a date: February 2005 has 28 days'],
		['2005-02-29', '2005-02-29 is not a date: February 2005 has 28 days'],
		['1900-02-29', '1900-02-29 is not a date: February 1900 has 28 days'],
		['2004-02-30', '2004-02-30 is not a date: February 2004 has 29 days'],
		['2005-04-31', '2005-04-31 is not a date: April 2005 has 30 days'],
		['2005-11-31', '2005-11-31 is not a date: November 2005 has 30 days']
	])('%s is not', (date, problem) => {
		expect(AS_OF_PATTERN.test(date)).toBe(true);
		expect(calendarProblem(date)).toBe(problem);
	});
});
