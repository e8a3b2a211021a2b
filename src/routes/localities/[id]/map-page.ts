/**
 * Build time: what a map page carries. A map of a usual size comes in the page itself, audited
 * at build time, so the page shows it at once and reads as text without scripts. A very large
 * one would make a page of megabytes (a 2,000-item map and its audit are about 1 MB as the
 * page's data), so its page carries only its name and size, and the map and its audit come
 * after the page, from a JSON file built beside it (`map.json`). No page is over 500 kB.
 *
 * The locality's other views of such a map (who sits where, the audit report) carry the first
 * page of what they show, worked out here at build time, and fetch the same `map.json` for the rest.
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

const audited = new WeakMap<LocalityModel, { readonly data: MapAndAudit; readonly large: boolean }>();

/** A map and its audit, worked out once for all the pages of the build that need it. */
function measured(model: LocalityModel) {
	let found = audited.get(model);
	if (!found) {
		const data = { model, audit: audit(model) };
		found = { data, large: JSON.stringify(data).length > IN_PAGE_LIMIT };
		audited.set(model, found);
	}
	return found;
}

export const mapAndAudit = (model: LocalityModel): MapAndAudit => measured(model).data;

/** Whether a map and its audit are too large to carry in a page: its pages fetch them from `map.json`. */
export const tooLargeForPage = (model: LocalityModel): boolean => measured(model).large;

/** The `map.json` of a locality's latest snapshot, for its views. */
export const latestMapJson = (id: string): string => `/localities/${id}/map.json`;

/**
 * A view's page data: the map (`whole`, such as the model, or the model and its audit) as for any
 * page; or, for a map too large to carry, the first page of what the view shows (`first`),
 * worked out at build time, and the `map.json` to fetch for the rest. Either way, the locality,
 * for the page's heading.
 */
export type ViewPageData<Whole, First> =
	| (Whole & { readonly snapshots: string[]; readonly locality: LocalityModel['locality']; readonly later?: undefined })
	| { readonly snapshots: string[]; readonly locality: LocalityModel['locality']; readonly later: { readonly href: string; readonly first: First } };

export function viewPageData<Whole extends object, First>(
	latest: { model: LocalityModel; snapshots: string[] },
	whole: (model: LocalityModel) => Whole,
	first: (model: LocalityModel) => First
): ViewPageData<Whole, First> {
	const { model, snapshots } = latest;
	const { locality } = model;
	if (!tooLargeForPage(model)) return { ...whole(model), snapshots, locality };
	return { snapshots, locality, later: { href: latestMapJson(locality.id), first: first(model) } };
}

/** The page's data for the map; `href` is its `map.json`. */
export function mapPageData(model: LocalityModel, snapshots: string[], href: string): MapPageData {
	if (!tooLargeForPage(model)) return { ...mapAndAudit(model), snapshots };
	const counts = { agencies: model.agencies.length, roles: model.roles.length, groups: model.groups.length, links: model.links.length };
	return { snapshots, later: { href, locality: model.locality, counts } };
}

/** `map.json`: the map and its audit, for the page of a map too large to carry them. */
export const mapJson = (model: LocalityModel) => json(mapAndAudit(model));
