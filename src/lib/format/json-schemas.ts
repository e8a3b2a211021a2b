/** The JSON Schemas editors use to check maps as people type, generated from the zod schemas. */
import { z } from 'zod';
import { ReportTable } from './report-table-schema';
import { LocalityMap } from './schema';

export const jsonSchemas = {
	'locality-map.schema.json': LocalityMap,
	'report-table.schema.json': ReportTable
} as const;

export function jsonSchemaText(schema: z.ZodType): string {
	return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }), null, '\t')}\n`;
}
