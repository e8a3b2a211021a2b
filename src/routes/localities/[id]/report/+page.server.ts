import { reportFirstPage, reportPage } from '$lib/charts/report-page';
import { latestLocality, localityEntries } from '$lib/server/locality-route';
import { PAGE_ROWS } from '$lib/views/paging';
import { mapAndAudit, viewPageData } from '../map-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localityEntries;

/**
 * The latest snapshot, audited at build time: the printed report needs no script to be read. For a
 * map too large to carry, the report with the first page of each list, and its counts and headings whole.
 */
export const load: PageServerLoad = ({ params }) =>
	viewPageData(latestLocality(params.id), mapAndAudit, (model) => reportFirstPage(reportPage(model, mapAndAudit(model).audit), PAGE_ROWS));
