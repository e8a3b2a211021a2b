import { error } from '@sveltejs/kit';
import { audit } from '$lib/analysis/audit';
import { loadCollection } from '$lib/server/maps';
import { localitySnapshots } from '$lib/server/locality-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadCollection().models.map((m) => ({ id: m.locality.id, as_of: m.locality.as_of }));

export const load: PageServerLoad = ({ params }) => {
	const snapshots = localitySnapshots(params.id);
	const model = snapshots.find((m) => m.locality.as_of === params.as_of);
	if (!model) error(404, `"${params.id}" has no snapshot as of ${params.as_of}`);
	return { model, audit: audit(model), snapshots: snapshots.map((m) => m.locality.as_of) };
};
