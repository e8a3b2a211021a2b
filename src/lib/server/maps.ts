/**
 * Build time only: reads every map under maps/ and the report's tables, and stops the
 * build with the checker's own messages if any file is invalid, so a broken map can
 * never reach the site.
 *
 * `LOCALITY_MAPS_EXTRA`, when set, names one more folder whose maps join the site's: for a
 * test or benchmark build that needs a map the site does not publish (a very large one, say).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ReportTableData } from '../format/report-table-schema';
import { checkCollection } from '../load/check-collection';
import { formatError, type MapError } from '../load/errors';
import { loadMap } from '../load/load-map';
import { loadReportTable } from '../load/load-report-table';
import type { LocalityModel } from '../model/locality-model';

const MAPS_DIR = join(process.cwd(), 'maps');
const EXTRA_DIR = process.env.LOCALITY_MAPS_EXTRA;

export interface Collection {
	readonly models: readonly LocalityModel[];
	readonly table1: ReportTableData;
}

let cached: Collection | undefined;

export function loadCollection(): Collection {
	if (cached) return cached;
	const errors: MapError[] = [];
	const models: LocalityModel[] = [];
	const mapFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((name) => join(dir, name));
	for (const path of [...mapFiles(MAPS_DIR), ...(EXTRA_DIR ? mapFiles(resolve(EXTRA_DIR)) : [])]) {
		const file = relative(process.cwd(), path);
		const result = loadMap(readFileSync(path), { file });
		if (result.ok) models.push(result.value);
		else errors.push(...result.errors);
	}
	errors.push(...checkCollection(models));
	const tableFile = relative(process.cwd(), join(MAPS_DIR, 'report', 'table-1.yaml'));
	const table = loadReportTable(readFileSync(tableFile), { file: tableFile });
	if (!table.ok) errors.push(...table.errors);
	if (errors.length > 0 || !table.ok) {
		throw new Error(`The maps have errors; run \`npm run map -- check\`:\n${errors.map(formatError).join('\n')}`);
	}
	cached = { models, table1: table.value };
	return cached;
}
