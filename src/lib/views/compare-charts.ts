/** The comparison's charts, as scenes: sectors per locality, groups per type, meeting load. */
import { MEETINGS_PER_YEAR } from '../analysis/find-overlaps';
import { stackedBarChart, type BarSeries } from '../charts/bar-chart';
import type { Scene } from '../charts/scene';
import { groupTypes, sectors } from '../format/vocabulary';
import { sectorColours } from '../graph/palette';
import type { LocalityModel } from '../model/locality-model';

/** Okabe-Ito and Tol colours for the ten group types, told apart with colour-blindness. */
const TYPE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288', '#882255', '#999999'];
const typeSeries: BarSeries[] = groupTypes.list.map((t, i) => ({ key: t.value, label: t.label, colour: TYPE_COLOURS[i] }));

/** Room for "The City (Oxford) (2005-07)" and names like it. */
const LABELS = 200;
const label = (m: LocalityModel) => `${m.locality.name} (${m.locality.as_of})`;

export function sectorsChart(models: readonly LocalityModel[]): Scene {
	const used = sectors.values.filter((s) => models.some((m) => m.agencies.some((a) => a.sector === s)));
	return stackedBarChart(
		models.map((m) => ({ key: m.locality.id, label: label(m), values: Object.fromEntries(used.map((s) => [s, m.agencies.filter((a) => a.sector === s).length])) })),
		used.map((s) => ({ key: s, label: sectors.label(s), colour: sectorColours[s] })),
		{ title: 'Agencies by sector', description: 'How many agencies of each sector each locality’s map holds.', unit: ['agency', 'agencies'], left: LABELS }
	);
}

export function groupTypesChart(models: readonly LocalityModel[]): Scene {
	const used = typeSeries.filter((t) => models.some((m) => m.groups.some((g) => g.type === t.key)));
	return stackedBarChart(
		models.map((m) => ({ key: m.locality.id, label: label(m), values: Object.fromEntries(used.map((t) => [t.key, m.groups.filter((g) => g.type === t.key).length])) })),
		used,
		{ title: 'Groups by type', description: 'How many groups of each type each locality has.', unit: ['group', 'groups'], left: LABELS }
	);
}

/** Meetings a year of every group, stacked by type: the load the locality's meetings put on people. */
export function meetingLoadChart(models: readonly LocalityModel[]): Scene {
	const used = typeSeries.filter((t) => models.some((m) => m.groups.some((g) => g.type === t.key && g.meets && MEETINGS_PER_YEAR[g.meets])));
	return stackedBarChart(
		models.map((m) => ({
			key: m.locality.id,
			label: label(m),
			values: Object.fromEntries(
				used.map((t) => [t.key, m.groups.filter((g) => g.type === t.key).reduce((sum, g) => sum + (g.meets ? (MEETINGS_PER_YEAR[g.meets] ?? 0) : 0), 0)])
			)
		})),
		used,
		{ title: 'Meetings a year, by type of group', description: 'Meetings a year of the groups whose frequency the map gives, by type of group.', unit: ['meeting a year', 'meetings a year'], left: LABELS }
	);
}
