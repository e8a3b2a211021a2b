/**
 * The text patterns of the format, in a module of their own so that code running in every
 * page (the route matcher) can use them without pulling in the schema library.
 */

/** kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const AS_OF_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a date of the form AS_OF_PATTERN accepts is not a day of the calendar (`2005-02-31`),
 * in words for the writer; null for a real date.
 */
export function calendarProblem(date: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number);
	const days = daysInMonth(year, month);
	return day > days ? `${date} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days` : null;
}
