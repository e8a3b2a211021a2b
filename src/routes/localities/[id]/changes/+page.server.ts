import { loadCollection } from '$lib/server/maps';
import { latestSnapshots } from '$lib/catalogue/catalogue';
import { localitySnapshots } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Only localities with two snapshots or more have changes to show. */
export const entries: EntryGenerator = () =>
	latestSnapshots(loadCollection().models)
		.filter((m) => loadCollection().models.filter((x) => x.locality.id === m.locality.id).length > 1)
		.map((m) => ({ id: m.locality.id }));

export const load: PageServerLoad = ({ params }) => ({ models: localitySnapshots(params.id) });
