/** Build time: what every page of one locality needs, the same for each of its views. */
import { error } from '@sveltejs/kit';
import { latestSnapshots, snapshotsOf } from '../catalogue/catalogue';
import type { LocalityModel } from '../model/locality-model';
import { loadCollection } from './maps';

/** One entry per locality, for prerendering its pages. */
export function localityEntries(): { id: string }[] {
	return latestSnapshots(loadCollection().models).map((m) => ({ id: m.locality.id }));
}

/** Every snapshot of a locality, oldest first, or a 404 naming the id. */
export function localitySnapshots(id: string): LocalityModel[] {
	const snapshots = snapshotsOf(loadCollection().models, id);
	if (snapshots.length === 0) error(404, `No locality has the id "${id}"`);
	return snapshots;
}

/** The latest snapshot and the list of snapshots' dates. */
export function latestLocality(id: string): { model: LocalityModel; snapshots: string[] } {
	const snapshots = localitySnapshots(id);
	return { model: snapshots.at(-1)!, snapshots: snapshots.map((m) => m.locality.as_of) };
}

/** One entry per snapshot of every locality, for prerendering the snapshots' own pages. */
export function snapshotEntries(): { id: string; as_of: string }[] {
	return loadCollection().models.map((m) => ({ id: m.locality.id, as_of: m.locality.as_of }));
}

/** One snapshot of a locality, by its date, and the list of snapshots' dates; or a 404 naming both. */
export function snapshotLocality(id: string, as_of: string): { model: LocalityModel; snapshots: string[] } {
	const snapshots = localitySnapshots(id);
	const model = snapshots.find((m) => m.locality.as_of === as_of);
	if (!model) error(404, `"${id}" has no snapshot as of ${as_of}`);
	return { model, snapshots: snapshots.map((m) => m.locality.as_of) };
}
