/**
 * The counts behind the comparison's charts, one row per locality: agencies by sector, groups
 * by type, and meetings a year by type of group. Plain rows, drawn by charts/compare-charts.
 */
import { groupTypes, meetingsPerYear, sectors, type GroupType, type Sector } from '../format/vocabulary';
import type { Group, LocalityModel } from '../model/locality-model';

export interface CountRow<K extends string> {
	/** The locality's id. */
	readonly key: string;
	/** The locality's name and the date of its map: "The City (Oxford) (2005-07)". */
	readonly label: string;
	/** The count per key; a key with none is absent. */
	readonly values: Readonly<Partial<Record<K, number>>>;
}

export interface Counts<K extends string> {
	/** The keys some locality has, in the vocabulary's order. */
	readonly keys: readonly K[];
	readonly rows: readonly CountRow<K>[];
}

const label = (m: LocalityModel) => `${m.locality.name} (${m.locality.as_of})`;

function counts<K extends string>(models: readonly LocalityModel[], keys: readonly K[], count: (m: LocalityModel, key: K) => number): Counts<K> {
	const table = models.map((m) => keys.map((k) => [k, count(m, k)] as const).filter(([, n]) => n > 0));
	return {
		keys: keys.filter((k) => table.some((row) => row.some(([key]) => key === k))),
		rows: models.map((m, i) => ({ key: m.locality.id, label: label(m), values: Object.fromEntries(table[i]) as Partial<Record<K, number>> }))
	};
}

export function agenciesBySector(models: readonly LocalityModel[]): Counts<Sector> {
	return counts(models, sectors.values, (m, s) => m.agencies.filter((a) => a.sector === s).length);
}

export function groupsByType(models: readonly LocalityModel[]): Counts<GroupType> {
	return counts(models, groupTypes.values, (m, t) => m.groups.filter((g) => g.type === t).length);
}

/** Meetings a year of every group, by type: the load a locality's meetings put on people. Groups of unknown frequency count nothing. */
export function meetingsByType(models: readonly LocalityModel[]): Counts<GroupType> {
	const perYear = (g: Group) => meetingsPerYear(g.meets) ?? 0;
	return counts(models, groupTypes.values, (m, t) => m.groups.filter((g) => g.type === t).reduce((sum, g) => sum + perYear(g), 0));
}
