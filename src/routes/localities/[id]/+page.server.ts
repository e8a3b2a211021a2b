import { error } from '@sveltejs/kit';
import { latestSnapshots, snapshotsOf } from '$lib/catalogue/catalogue';
import { loadCollection } from '$lib/server/maps';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => latestSnapshots(loadCollection().models).map((m) => ({ id: m.locality.id }));

/** A locality's own address shows its latest snapshot. */
export const load: PageServerLoad = ({ params }) => {
	const snapshots = snapshotsOf(loadCollection().models, params.id);
	const model = snapshots.at(-1);
	if (!model) error(404, `No locality has the id "${params.id}"`);
	return { model, snapshots: snapshots.map((m) => m.locality.as_of) };
};
