import { latestLocality, localityEntries } from '$lib/server/locality-route';
import { mapPageData } from './map-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** A locality's own address shows its latest snapshot, audited at build time so the page need not. */
export const load: PageServerLoad = ({ params }) => {
	const { model, snapshots } = latestLocality(params.id);
	return mapPageData(model, snapshots, `/localities/${params.id}/map.json`);
};
