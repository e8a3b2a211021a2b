/** The map as JSON: the validated model exactly as the app reads it, defaults filled in and each item's place in its file. */
import type { LocalityModel } from '../model/locality-model';

export function toJson(model: LocalityModel): string {
	return `${JSON.stringify(model, null, 2)}\n`;
}
