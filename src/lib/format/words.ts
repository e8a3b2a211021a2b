/**
 * Lists in plain words, the same everywhere a reader meets one: "A", "A and B", "A, B and
 * C", or, past `most` names, "A, B, C and 2 more".
 */
export interface ListOptions {
	/** The word before the last name: `and` (the default) or `or`. */
	readonly conjunction?: 'and' | 'or';
	/** Name at most this many, then say how many more. */
	readonly most?: number;
	/** What to say of an empty list (default: nothing). */
	readonly none?: string;
}

export function listWords(names: readonly string[], options: ListOptions = {}): string {
	const { conjunction = 'and', most = Infinity, none = '' } = options;
	if (names.length === 0) return none;
	if (names.length > most) return `${names.slice(0, most).join(', ')} ${conjunction} ${names.length - most} more`;
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
