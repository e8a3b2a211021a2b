import { latestLocality, localityEntries } from '$lib/server/locality-route';
import { river } from '$lib/views/river';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** The river, worked out at build time: the page carries what it shows, not the map (a large map's would be most of its weight). */
export const load: PageServerLoad = ({ params }) => {
	const { model, snapshots } = latestLocality(params.id);
	return { locality: model.locality, snapshots, river: river(model) };
};
