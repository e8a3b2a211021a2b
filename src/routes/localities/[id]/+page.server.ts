import { audit } from '$lib/analysis/audit';
import { latestLocality, localityEntries } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** A locality's own address shows its latest snapshot, audited at build time so the page need not. */
export const load: PageServerLoad = ({ params }) => {
	const latest = latestLocality(params.id);
	return { ...latest, audit: audit(latest.model) };
};
