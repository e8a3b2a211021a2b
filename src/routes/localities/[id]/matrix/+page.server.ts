import { latestLocality, localityEntries } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;
export const load: PageServerLoad = ({ params }) => latestLocality(params.id);
