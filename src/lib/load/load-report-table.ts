import { ReportTable, type ReportTableData } from '../format/report-table-schema';
import { sortErrors, type Result } from './errors';
import { schemaErrors } from './schema-issues';
import { readYaml, type ReadOptions } from './yaml-document';

/** Reads a report table file (maps/report/*.yaml) with the same care as a map. */
export function loadReportTable(input: string | Uint8Array, options: ReadOptions = {}): Result<ReportTableData> {
	const read = readYaml(input, options);
	if (!read.ok) return { ok: false, errors: sortErrors(read.errors) };
	const parsed = ReportTable.safeParse(read.source.value);
	if (!parsed.success) return { ok: false, errors: sortErrors(schemaErrors(read.source, ReportTable, parsed.error.issues)) };
	return { ok: true, value: parsed.data };
}
