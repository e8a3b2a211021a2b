import { latestLocality, localityEntries } from '$lib/server/locality-route';
import { matrixPart, membershipMatrix } from '$lib/views/membership-matrix';
import { PAGE_ROWS } from '$lib/views/paging';
import { viewPageData } from '../map-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/** The map, or, for one too large to carry, the top left of its matrix by overlap, a page each way. */
export const load: PageServerLoad = ({ params }) =>
	viewPageData(
		latestLocality(params.id),
		(model) => ({ model }),
		(model) => matrixPart(membershipMatrix(model, 'overlap'), PAGE_ROWS, PAGE_ROWS)
	);
