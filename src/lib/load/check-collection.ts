/**
 * Rules across the files of one collection of maps (the `maps/` folder): each file is
 * named for what it holds, and no two files claim the same snapshot.
 */
import type { LocalityModel } from '../model/locality-model';
import type { MapError } from './errors';

/** `<id>.yaml`, or `<id>-<as_of>.yaml` for one snapshot among several. */
export function expectedFileNames(model: LocalityModel): string[] {
	const { id, as_of } = model.locality;
	return [`${id}.yaml`, `${id}-${as_of}.yaml`];
}

export function checkCollection(models: readonly LocalityModel[]): MapError[] {
	const errors: MapError[] = [];
	const bySnapshot = new Map<string, LocalityModel>();
	for (const model of models) {
		const { id, as_of } = model.locality;
		const at = { file: model.file, line: 1, column: 1, path: 'locality' };
		const name = model.file.split(/[\\/]/).pop() ?? model.file;
		const expected = expectedFileNames(model);
		if (!expected.includes(name)) {
			errors.push({ ...at, code: 'bad-value', message: `a map of "${id}" as of ${as_of} belongs in a file named ${expected.join(' or ')}, not ${name}` });
		}
		const key = `${id}\u0000${as_of}`;
		const other = bySnapshot.get(key);
		if (other) {
			errors.push({ ...at, code: 'duplicate-id', message: `${other.file} already describes "${id}" as of ${as_of}; give each snapshot its own as_of` });
		} else bySnapshot.set(key, model);
	}
	return errors;
}
