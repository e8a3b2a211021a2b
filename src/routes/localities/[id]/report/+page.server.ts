import { audit } from '$lib/analysis/audit';
import { latestLocality, localityEntries } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** The latest snapshot, audited at build time: the printed report needs no script to be read. */
export const load: PageServerLoad = ({ params }) => {
	const latest = latestLocality(params.id);
	return { ...latest, audit: audit(latest.model) };
};
