import { latestLocality, localityEntries } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** A locality's own address shows its latest snapshot. */
export const load: PageServerLoad = ({ params }) => latestLocality(params.id);
