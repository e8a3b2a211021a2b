import { latestSnapshots } from '$lib/catalogue/catalogue';
import { groupTypesChart, meetingLoadChart, sectorsChart } from '$lib/charts/compare-charts';
import { smallMultiple } from '$lib/charts/small-multiple';
import { loadCollection } from '$lib/server/maps';
import { comparisonRow } from '$lib/views/compare';
import { agenciesBySector, groupsByType, meetingsByType } from '$lib/views/compare-counts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { models, table1 } = loadCollection();
	const latest = latestSnapshots(models);
	return {
		rows: latest.map(comparisonRow),
		multiples: latest.map((m) => ({ id: m.locality.id, scene: smallMultiple(m) })),
		charts: [sectorsChart(agenciesBySector(latest)), groupTypesChart(groupsByType(latest)), meetingLoadChart(meetingsByType(latest))],
		table1
	};
};
