/**
 * The one loader for locality maps, the same in Node and in the browser: text or bytes
 * in, a typed model or every error in the file out (never a throw, never a stack trace).
 * Layers, as a reader would check by hand: the bytes, the YAML, the structure (schema),
 * then the references between items.
 */
import { LocalityMap, type LocalityMapData } from '../format/schema';
import type { LocalityModel, Place } from '../model/locality-model';
import { checkReferences } from './check-references';
import { sortErrors, type MapError, type Result } from './errors';
import { schemaErrors } from './schema-issues';
import { positionOf, readYaml, type ReadOptions, type YamlSource } from './yaml-document';

export type LoadOptions = ReadOptions;

export function loadMap(input: string | Uint8Array, options: LoadOptions = {}): Result<LocalityModel> {
	const read = readYaml(input, options);
	if (!read.ok) return { ok: false, errors: sortErrors(read.errors) };
	const { source } = read;
	const parsed = LocalityMap.safeParse(source.value);
	const errors: MapError[] = [
		...(parsed.success ? [] : schemaErrors(source, LocalityMap, parsed.error.issues)),
		...checkReferences(source)
	];
	if (!parsed.success || errors.length > 0) return { ok: false, errors: sortErrors(errors) };
	return { ok: true, value: toModel(source, parsed.data) };
}

function toModel(source: YamlSource, data: LocalityMapData): LocalityModel {
	const at = (...path: (string | number)[]): Place => positionOf(source, path);
	return {
		file: source.file,
		locality: data.locality,
		agencies: (data.agencies ?? []).map((a, i) => ({ ...a, kind: 'agency' as const, at: at('agencies', i), groups_recorded: a.groups_recorded ?? 'complete' })),
		roles: (data.roles ?? []).map((r, i) => ({ ...r, kind: 'role' as const, at: at('roles', i), groups_recorded: r.groups_recorded ?? 'complete' })),
		groups: (data.groups ?? []).map((g, i) => ({
			...g,
			kind: 'group' as const,
			at: at('groups', i),
			// A group whose members the file does not list is a silence, not an empty room.
			members_recorded: g.members_recorded ?? (g.members === undefined ? 'not-recorded' : 'complete'),
			members: (g.members ?? []).map((m) =>
				typeof m === 'string' ? { id: m, attendance: 'regular' as const } : { ...m, attendance: m.attendance ?? 'regular' }
			)
		})),
		links: (data.links ?? []).map((l, i) => ({ ...l, at: at('links', i) })),
		...(data.assessment ? { assessment: data.assessment } : {})
	};
}
