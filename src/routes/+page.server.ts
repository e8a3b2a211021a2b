import { latestSnapshots, summarise } from '$lib/catalogue/catalogue';
import { loadCollection } from '$lib/server/maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { models } = loadCollection();
	return { localities: latestSnapshots(models).map((m) => summarise(m, models)) };
};
