/** The comparison's charts, drawn from the counts of views/compare-counts: sectors per locality, groups per type, meeting load. */
import { groupTypes, sectors, type GroupType, type Sector } from '../format/vocabulary';
import { sectorColours } from '../graph/palette';
import type { LocalityModel } from '../model/locality-model';
import { agenciesBySector, groupsByType, meetingsByType, type Counts } from '../views/compare-counts';
import { stackedBarChart, type BarSeries } from './bar-chart';
import type { Scene, Shape } from './scene';
import { smallMultiple } from './small-multiple';

/** Okabe-Ito and Tol colours for the ten group types, told apart with colour-blindness. */
const TYPE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288', '#882255', '#999999'];
const typeSeries = (keys: readonly GroupType[]): BarSeries[] =>
	keys.map((t) => ({ key: t, label: groupTypes.label(t), colour: TYPE_COLOURS[groupTypes.values.indexOf(t)] }));

/** Room for "The City (Oxford) (2005-07)" and names like it. */
const LABELS = 200;

export function sectorsChart(counts: Counts<Sector>): Scene {
	return stackedBarChart(
		counts.rows,
		counts.keys.map((s) => ({ key: s, label: sectors.label(s), colour: sectorColours[s] })),
		{ title: 'Agencies by sector', description: 'How many agencies of each sector each locality’s map holds.', unit: ['agency', 'agencies'], left: LABELS }
	);
}

export function groupTypesChart(counts: Counts<GroupType>): Scene {
	return stackedBarChart(counts.rows, typeSeries(counts.keys), {
		title: 'Groups by type',
		description: 'How many groups of each type each locality has.',
		unit: ['group', 'groups'],
		left: LABELS
	});
}

/** Meetings a year of every group, stacked by type: the load the locality's meetings put on people. */
export function meetingLoadChart(counts: Counts<GroupType>): Scene {
	return stackedBarChart(counts.rows, typeSeries(counts.keys), {
		title: 'Meetings a year, by type of group',
		description: 'Meetings a year of the groups whose frequency the map gives, by type of group.',
		unit: ['meeting a year', 'meetings a year'],
		left: LABELS
	});
}

/** One locality's system drawn small. */
export interface SmallMultiple {
	readonly id: string;
	readonly name: string;
	readonly as_of: string;
	readonly scene: Scene;
	/** Where the whole scene is, when `scene` only holds its place (a map too large to carry in a page). */
	readonly href?: string;
}

/** The comparison in pictures: each locality's system drawn small at one scale, and the three charts. */
export interface CompareScenes {
	readonly multiples: readonly SmallMultiple[];
	readonly charts: readonly Scene[];
}

/**
 * A small multiple whose picture comes after the page, from `href`: in its place, a scene of the
 * same size, title and description that says it is coming. A large system drawn small is still
 * thousands of shapes, most of a page's weight (decision 0013).
 */
export function multipleElsewhere(multiple: SmallMultiple, href: string): SmallMultiple {
	const waiting: Shape = { type: 'text', x: 14, y: 24, text: 'Drawn once loaded…', fill: '#4a4a4a' };
	return { ...multiple, scene: { ...multiple.scene, shapes: [waiting] }, href };
}

/**
 * The comparison's pictures of the models, worked out where the models are (at build time for
 * the site's maps, in the browser for a user's own). The bars of the user's maps (`yours`,
 * by locality id) are labelled as theirs, since a copy of a report map has the report's name.
 */
export function compareScenes(models: readonly LocalityModel[], yours: ReadonlySet<string> = new Set()): CompareScenes {
	const marked = <K extends string>(counts: Counts<K>): Counts<K> => ({
		...counts,
		rows: counts.rows.map((r) => (yours.has(r.key) ? { ...r, label: `Your map: ${r.label}` } : r))
	});
	return {
		multiples: models.map((m) => ({ id: m.locality.id, name: m.locality.name, as_of: m.locality.as_of, scene: smallMultiple(m) })),
		charts: [sectorsChart(marked(agenciesBySector(models))), groupTypesChart(marked(groupsByType(models))), meetingLoadChart(marked(meetingsByType(models)))]
	};
}
