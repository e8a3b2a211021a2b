/**
 * What a form's fields changed, as an update edit wants it: only the fields whose value
 * differs from the item's, an emptied field as `undefined` (which removes the key from the
 * file), so an unchanged field never touches the text.
 */
export type FieldValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** An empty or blank text field means "not said". */
export function fieldValue(value: string | number | boolean | undefined): string | number | boolean | undefined {
	return typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;
}

export function fieldChanges(before: FieldValues, after: FieldValues, keys: readonly string[]): Record<string, string | number | boolean | undefined> {
	const changes: Record<string, string | number | boolean | undefined> = {};
	for (const key of keys) {
		const was = fieldValue(before[key]);
		const now = fieldValue(after[key]);
		if (was !== now) changes[key] = now;
	}
	return changes;
}

/** Keeps only the fields that say something, for an add edit. */
export function presentFields(values: FieldValues): Record<string, string | number | boolean> {
	const out: Record<string, string | number | boolean> = {};
	for (const [key, value] of Object.entries(values)) {
		const v = fieldValue(value);
		if (v !== undefined) out[key] = v;
	}
	return out;
}
