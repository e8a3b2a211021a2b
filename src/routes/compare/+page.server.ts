import { latestSnapshots } from '$lib/catalogue/catalogue';
import { compareScenes, multipleElsewhere } from '$lib/charts/compare-charts';
import { loadCollection } from '$lib/server/maps';
import { comparisonRow } from '$lib/views/compare';
import { tooLargeForPage } from '../localities/[id]/map-page';
import type { PageServerLoad } from './$types';

/** Each map's measures, and its system drawn small: a map too large to carry in a page is drawn after it, from its `system.json`. */
export const load: PageServerLoad = () => {
	const { models, table1 } = loadCollection();
	const latest = latestSnapshots(models);
	const { multiples, charts } = compareScenes(latest);
	const large = new Set<string>(latest.filter(tooLargeForPage).map((m) => m.locality.id));
	return {
		rows: latest.map(comparisonRow),
		scenes: { multiples: multiples.map((m) => (large.has(m.id) ? multipleElsewhere(m, `/compare/${m.id}/system.json`) : m)), charts },
		table1
	};
};
