/**
 * The collection of maps the site is built from: every snapshot of every locality, and
 * what the index and the glossary show of them. Pure: the build reads the files
 * (lib/server/maps.ts) and hands the models here.
 */
import type { LocalityModel } from '../model/locality-model';

export interface SnapshotRef {
	readonly id: string;
	readonly as_of: string;
}

export interface LocalitySummary extends SnapshotRef {
	readonly name: string;
	readonly kind?: LocalityModel['locality']['kind'];
	readonly summary?: string;
	readonly counts: { readonly agencies: number; readonly roles: number; readonly groups: number; readonly links: number };
	/** Every snapshot of this locality, oldest first; the last is this one when it is the latest. */
	readonly snapshots: readonly string[];
}

/** YYYY sorts before YYYY-MM of the same year, which is the reading we want: the year as a whole comes first. */
export const byAsOf = (a: SnapshotRef, b: SnapshotRef) => a.as_of.localeCompare(b.as_of);

export function snapshotsOf(models: readonly LocalityModel[], id: string): LocalityModel[] {
	return models.filter((m) => m.locality.id === id).sort((a, b) => byAsOf(a.locality, b.locality));
}

/** The latest snapshot of each locality, in name order. */
export function latestSnapshots(models: readonly LocalityModel[]): LocalityModel[] {
	const latest = new Map<string, LocalityModel>();
	for (const model of models) {
		const seen = latest.get(model.locality.id);
		if (!seen || byAsOf(seen.locality, model.locality) < 0) latest.set(model.locality.id, model);
	}
	return [...latest.values()].sort((a, b) => a.locality.name.localeCompare(b.locality.name));
}

export function summarise(model: LocalityModel, models: readonly LocalityModel[]): LocalitySummary {
	const { id, as_of, name, kind, summary } = model.locality;
	return {
		id,
		as_of,
		name,
		kind,
		summary,
		counts: { agencies: model.agencies.length, roles: model.roles.length, groups: model.groups.length, links: model.links.length },
		snapshots: snapshotsOf(models, id).map((m) => m.locality.as_of)
	};
}

/** The first sentence of a summary, for one-line listings. */
export function firstSentence(text: string | undefined): string {
	if (!text) return '';
	const match = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
	return (match ? match[1] : text).replace(/\s+/g, ' ').trim();
}

/** How much a map holds, in words: "5 agencies, 4 roles, 4 groups and 8 links". */
export function countsText(model: LocalityModel): string {
	return `${model.agencies.length} agencies, ${model.roles.length} roles, ${model.groups.length} groups and ${model.links.length} links`;
}
