/**
 * The audit report as its page shows it (components/AuditReport.svelte): the report itself, the
 * marks its map carries, the items numbered as on the map, and how long each list is. For a map
 * too large to carry in its page, the build cuts every list to its first page
 * (`reportFirstPage`), which the page shows, with the lengths of the whole, until the map comes.
 */
import type { Audit } from '../analysis/audit';
import { sectors } from '../format/vocabulary';
import { sectorOf } from '../graph/elements';
import type { Mark } from '../graph/marks';
import { allItems, indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { auditReport, reportFirstRows, reportLengths, type AuditReport, type ReportLengths } from '../views/audit-report';
import { auditMapKey } from './audit-map';

/** An item as the report lists it beside its map. */
export interface NumberedItem {
	readonly id: ItemId;
	readonly name: string;
	/** The number drawn beside it on the map. */
	readonly number: number;
	/** A hub or a single point of failure: listed in bold. */
	readonly marked: boolean;
	/** An agency's sector, or a post's agency's, in words: the map shows it by colour, the list names it. */
	readonly sector?: string;
}

export interface ReportPage {
	readonly report: AuditReport;
	/** The marks on the report's map, for its key. */
	readonly marks: readonly Mark[];
	readonly items: readonly NumberedItem[];
	/** The whole report's lists, and its items. */
	readonly lengths: ReportLengths & { readonly items: number };
}

export function reportPage(model: LocalityModel, audit: Audit): ReportPage {
	const report = auditReport(model, audit);
	const key = auditMapKey(model, audit);
	const marked = new Set(report.sections.filter((s) => s.id === 'hubs' || s.id === 'fragile').flatMap((s) => s.findings.map((f) => f.ids[0])));
	const index = indexItems(model);
	const items = allItems(model).map((item) => {
		const sector = sectorOf(item, index);
		return { id: item.id, name: item.name, number: key.numbers.get(item.id)!, marked: marked.has(item.id), ...(sector ? { sector: sectors.label(sector) } : {}) };
	});
	return { report, marks: key.marks, items, lengths: { ...reportLengths(report), items: items.length } };
}

/** The page with each of its lists cut to the first `rows`; the lengths stay those of the whole. */
export function reportFirstPage(page: ReportPage, rows: number): ReportPage {
	return { ...page, report: reportFirstRows(page.report, rows), items: page.items.slice(0, rows) };
}
