/**
 * What every form of the map keeps while the user fills it in: the fields as typed, the
 * fields as the map last had them, and the form's one error with the field it is about.
 * A re-read of the map changes only the fields the user has not touched (`followSaved`), so
 * nothing half-typed is lost; a new choice of item loads every field afresh.
 */
import { followSaved, type FieldValues } from '$lib/editor/form-fields';

export class FormFields<V extends FieldValues, F extends string> {
	/** The fields as the user sees and types them. */
	values = $state() as V;
	error = $state('');
	/** The field the error is about, marked invalid and pointing to the error. */
	invalid = $state<F | ''>('');
	/** The fields as the map last had them: loaded, read again, or written by this form. */
	base: V;

	/** `load` makes the fields afresh each time it is called; `errorId` is the id of the form's error message. */
	constructor(
		load: () => V,
		private readonly errorId: string
	) {
		this.values = load();
		this.base = load();
	}

	/** A new choice: every field from the map, and no error. */
	load(make: () => V) {
		this.base = make();
		this.values = make();
		this.setError('');
	}

	/** The map was read again: the fields the user has not touched take its values. */
	follow(saved: V) {
		const next = followSaved(this.base, $state.snapshot(this.values) as V, saved);
		for (const key of next.changed) (this.values as Record<string, unknown>)[key] = next.values[key];
		this.base = saved;
	}

	setError(message: string, field: F | '' = '') {
		this.error = message;
		this.invalid = message ? field : '';
	}

	/** aria-describedby for a field: its help, and the error when the error is about it. */
	describedBy(field: F, help?: string): string | undefined {
		return [help, this.invalid === field && this.error ? this.errorId : undefined].filter(Boolean).join(' ') || undefined;
	}
}
