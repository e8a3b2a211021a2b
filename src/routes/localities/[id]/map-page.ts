/**
 * Build time: what a map page carries. A map of a usual size comes in the page itself, audited
 * at build time, so the page shows it at once and reads as text without scripts. A very large
 * one would make a page of megabytes (a 2,000-item map and its audit are about 1 MB as the
 * page's data), so its page carries only its name and size, and the map and its audit come
 * after the page, from a JSON file built beside it (`map.json`). No page is over 500 kB.
 */
import { json } from '@sveltejs/kit';
import { audit, type Audit } from '$lib/analysis/audit';
import type { LocalityModel } from '$lib/model/locality-model';

/** Past this length of JSON, a map and its audit come after the page rather than in it. */
export const IN_PAGE_LIMIT = 250_000;

export interface MapAndAudit {
	readonly model: LocalityModel;
	readonly audit: Audit;
}

/** The map page's data: the map and its audit, or where to fetch them and what to say meanwhile. */
export type MapPageData =
	| (MapAndAudit & { readonly snapshots: string[]; readonly later?: undefined })
	| {
			readonly snapshots: string[];
			readonly later: {
				/** The JSON file of the map and its audit (`MapAndAudit`). */
				readonly href: string;
				readonly locality: LocalityModel['locality'];
				readonly counts: { readonly agencies: number; readonly roles: number; readonly groups: number; readonly links: number };
			};
	  };

export function mapAndAudit(model: LocalityModel): MapAndAudit {
	return { model, audit: audit(model) };
}

/** The page's data for the map; `href` is its `map.json`. */
export function mapPageData(model: LocalityModel, snapshots: string[], href: string): MapPageData {
	const data = mapAndAudit(model);
	if (JSON.stringify(data).length <= IN_PAGE_LIMIT) return { ...data, snapshots };
	const counts = { agencies: model.agencies.length, roles: model.roles.length, groups: model.groups.length, links: model.links.length };
	return { snapshots, later: { href, locality: model.locality, counts } };
}

/** `map.json`: the map and its audit, for the page of a map too large to carry them. */
export const mapJson = (model: LocalityModel) => json(mapAndAudit(model));
