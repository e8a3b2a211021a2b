import { latestSnapshots } from '$lib/catalogue/catalogue';
import { smallMultiple } from '$lib/charts/small-multiple';
import { loadCollection } from '$lib/server/maps';
import { comparisonRow } from '$lib/views/compare';
import { groupTypesChart, meetingLoadChart, sectorsChart } from '$lib/views/compare-charts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { models, table1 } = loadCollection();
	const latest = latestSnapshots(models);
	return {
		rows: latest.map(comparisonRow),
		multiples: latest.map((m) => ({ id: m.locality.id, scene: smallMultiple(m) })),
		charts: [sectorsChart(latest), groupTypesChart(latest), meetingLoadChart(latest)],
		table1
	};
};
