/**
 * The report's Table 1 (section 5.1) as a data file of its own: the features of the
 * communication systems against six anonymised cases (CS1-CS6), in the report's symbols.
 * It is kept exactly as published; nothing links a case to a locality.
 */
import { z } from 'zod';
import { features, RATING_SYMBOLS as SYMBOLS, ratings } from './vocabulary';

export const ReportTable = z
	.strictObject({
		title: z.string().meta({ description: 'The table’s caption as published.' }),
		source: z.string().meta({ description: 'Where in the report the table stands.', examples: ['Section 5.1, Table 1'] }),
		caveat: z.string().meta({ description: 'The report’s own warning about the data.' }),
		cases: z.array(z.string().min(1)).min(1).meta({ description: 'The column headings, anonymised as published.', examples: [['CS 1', 'CS 2']] }),
		key: z
			.array(
				z.strictObject({
					symbol: z.enum(SYMBOLS),
					rating: z.enum(ratings.values),
					label: z.string()
				})
			)
			.meta({ description: 'The report’s key to its symbols.' }),
		rows: z
			.array(
				z.strictObject({
					feature: z.enum(features.values).meta({ description: 'The feature, as named in a map’s `assessment`.' }),
					label: z.string().meta({ description: 'The row heading as published.' }),
					cells: z.array(z.enum(SYMBOLS)).meta({ description: 'One symbol per case, in the order of `cases`.' })
				})
			)
			.meta({ description: 'One row per feature, in the published order.' })
	})
	.superRefine((table, ctx) => {
		table.rows.forEach((row, i) => {
			if (row.cells.length !== table.cases.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'cells'],
					message: `expected ${table.cases.length} cells, one for each case`
				});
			}
		});
	})
	.meta({ title: 'Report table', description: 'A table of the report kept exactly as published.' });

export type ReportTableData = z.infer<typeof ReportTable>;
