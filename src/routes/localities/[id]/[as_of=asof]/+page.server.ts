import { mapPageData } from '../map-page';
import { snapshotEntries, snapshotLocality } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = snapshotEntries;

export const load: PageServerLoad = ({ params }) => {
	const { model, snapshots } = snapshotLocality(params.id, params.as_of);
	return mapPageData(model, snapshots, `/localities/${params.id}/${params.as_of}/map.json`);
};
