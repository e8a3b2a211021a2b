import { mapJson } from '../../map-page';
import { snapshotEntries, snapshotLocality } from '$lib/server/locality-route';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = snapshotEntries;

/** One snapshot and its audit, for a page too large to carry them (map-page.ts). */
export const GET: RequestHandler = ({ params }) => mapJson(snapshotLocality(params.id, params.as_of).model);
