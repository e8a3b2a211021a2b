/**
 * The text patterns of the format, in a module of their own so that code running in every
 * page (the route matcher) can use them without pulling in the schema library.
 */

/** kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const AS_OF_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
