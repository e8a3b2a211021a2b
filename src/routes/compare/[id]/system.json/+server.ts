import { json } from '@sveltejs/kit';
import { smallMultiple } from '$lib/charts/small-multiple';
import { latestLocality, localityEntries } from '$lib/server/locality-route';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = localityEntries;

/** A locality's system drawn small, as /compare draws it: fetched by that page where the map is too large to carry in it. */
export const GET: RequestHandler = ({ params }) => json(smallMultiple(latestLocality(params.id).model));
