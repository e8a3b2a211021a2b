import { latestSnapshots } from '$lib/catalogue/catalogue';
import { compareScenes } from '$lib/charts/compare-charts';
import { loadCollection } from '$lib/server/maps';
import { comparisonRow } from '$lib/views/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { models, table1 } = loadCollection();
	const latest = latestSnapshots(models);
	return { rows: latest.map(comparisonRow), scenes: compareScenes(latest), table1 };
};
