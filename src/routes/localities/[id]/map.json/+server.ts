import { latestLocality, localityEntries } from '$lib/server/locality-route';
import { mapJson } from '../map-page';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = localityEntries;

/** The latest snapshot and its audit, for a page too large to carry them (map-page.ts). */
export const GET: RequestHandler = ({ params }) => mapJson(latestLocality(params.id).model);
