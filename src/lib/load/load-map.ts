/**
 * The one loader for locality maps, the same in Node and in the browser: text or bytes
 * in, a typed model or every error in the file out (never a throw, never a stack trace).
 * Layers, as a reader would check by hand: the bytes, the YAML, the structure (schema),
 * then the references between items.
 *
 * Two readers, one answer (docs/decisions/0001-yaml-parser.md): a valid plain file is read
 * by js-yaml (fast-read.ts), checked by the schema and the references, and becomes the
 * model; anything else, or anything found wrong on the way, is read again by `yaml`
 * (yaml-document.ts), which places every error. The model is the same either way.
 */
import { LocalityMap, type LocalityMapData } from '../format/schema';
import type { LocalityModel, Place } from '../model/locality-model';
import { checkReferences } from './check-references';
import { sortErrors, type MapError, type Result } from './errors';
import { readFast, type PlacedList } from './fast-read';
import { DEFAULT_MAX_DEPTH } from './nesting';
import { schemaErrors } from './schema-issues';
import { DEFAULT_MAX_BYTES, decodeSource } from './source-text';
import { DEFAULT_MAX_TOKENS, DEFAULT_MAX_VALUES, positionOf, readYaml, type ReadOptions } from './yaml-document';

export interface LoadOptions extends ReadOptions {
	/**
	 * Try the fast reader first (the default). `false` reads with `yaml` alone, as the tests
	 * that compare the two readers do.
	 */
	readonly fast?: boolean;
}

/** The place of the i-th item of a list. */
type ItemPlace = (list: PlacedList, i: number) => Place;

export function loadMap(input: string | Uint8Array, options: LoadOptions = {}): Result<LocalityModel> {
	const file = options.file ?? 'map.yaml';
	const decoded = decodeSource(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
	if (!decoded.ok) return { ok: false, errors: [decoded.error] };
	if (options.fast !== false) {
		const model = loadFast(decoded.text, file, options);
		if (model) return { ok: true, value: model };
	}
	return loadPlaced(decoded.text, options);
}

/** The model of a valid plain file, or null for anything else: the `yaml` reader then says what. */
function loadFast(text: string, file: string, options: LoadOptions): LocalityModel | null {
	const read = readFast(text, {
		maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
		maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
		maxValues: options.maxValues ?? DEFAULT_MAX_VALUES
	});
	if (!read) return null;
	const parsed = LocalityMap.safeParse(read.value);
	if (!parsed.success) return null;
	const nowhere: Place = { line: 1, column: 1 };
	const at: ItemPlace = (list, i) => read.itemPlaces.get(list)?.[i] ?? nowhere;
	const place = (path: readonly PropertyKey[]) => (typeof path[0] === 'string' && typeof path[1] === 'number' ? at(path[0] as PlacedList, path[1]) : nowhere);
	if (checkReferences({ file, value: read.value, place }).length > 0) return null;
	return toModel(file, parsed.data, at);
}

/** The model, or every error placed at its line and column, read with `yaml`. */
function loadPlaced(text: string, options: LoadOptions): Result<LocalityModel> {
	const read = readYaml(text, options);
	if (!read.ok) return { ok: false, errors: sortErrors(read.errors) };
	const { source } = read;
	const parsed = LocalityMap.safeParse(source.value);
	const errors: MapError[] = [
		...(parsed.success ? [] : schemaErrors(source, LocalityMap, parsed.error.issues)),
		...checkReferences(source)
	];
	if (!parsed.success || errors.length > 0) return { ok: false, errors: sortErrors(errors) };
	return { ok: true, value: toModel(source.file, parsed.data, (list, i) => positionOf(source, [list, i])) };
}

function toModel(file: string, data: LocalityMapData, at: ItemPlace): LocalityModel {
	// Object.assign, not spread: it copies the schema's objects many times faster (measured here, 20,000 items).
	return {
		file,
		locality: data.locality,
		agencies: (data.agencies ?? []).map((a, i) => Object.assign({}, a, { kind: 'agency' as const, at: at('agencies', i), groups_recorded: a.groups_recorded ?? 'complete' })),
		roles: (data.roles ?? []).map((r, i) => Object.assign({}, r, { kind: 'role' as const, at: at('roles', i), groups_recorded: r.groups_recorded ?? 'complete' })),
		groups: (data.groups ?? []).map((g, i) =>
			Object.assign({}, g, {
				kind: 'group' as const,
				at: at('groups', i),
				// A group whose members the file does not list is a silence, not an empty room.
				members_recorded: g.members_recorded ?? (g.members === undefined ? 'not-recorded' : 'complete'),
				members: (g.members ?? []).map((m) =>
					typeof m === 'string' ? { id: m, attendance: 'regular' as const } : Object.assign({}, m, { attendance: m.attendance ?? 'regular' })
				)
			})
		),
		links: (data.links ?? []).map((l, i) => Object.assign({}, l, { at: at('links', i) })),
		...(data.assessment ? { assessment: data.assessment } : {})
	};
}
