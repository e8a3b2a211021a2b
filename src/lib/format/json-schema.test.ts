/**
 * The JSON Schemas under static/schema/ are generated from the zod schemas; editors read
 * them through the first line of every map. These tests keep the three in step.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, jsonSchemas } from './json-schemas';

const root = resolve(import.meta.dirname, '../../..');
const schemaDir = join(root, 'static', 'schema');
const mapsDir = join(root, 'maps');

describe('static/schema/*.json', () => {
	it.each(Object.entries(jsonSchemas))('%s equals what the zod schema generates', (name, schema) => {
		const committed = readFileSync(join(schemaDir, name), 'utf8');
		expect(committed, `static/schema/${name} is out of date with the zod schema: run \`npm run schema\` and commit the result`).toBe(
			jsonSchemaText(schema)
		);
	});

	it('holds no schema that is not generated', () => {
		const files = readdirSync(schemaDir).filter((f) => f.endsWith('.json'));
		expect(files.sort(), 'static/schema/ holds a file no zod schema generates: remove it, or add it to jsonSchemas and run `npm run schema`').toEqual(
			Object.keys(jsonSchemas).sort()
		);
	});

	it('are JSON Schema draft-07', () => {
		for (const schema of Object.values(jsonSchemas)) {
			expect(JSON.parse(jsonSchemaText(schema)).$schema).toBe('http://json-schema.org/draft-07/schema#');
		}
	});
});

describe('maps/*.yaml', () => {
	const maps = readdirSync(mapsDir).filter((f) => f.endsWith('.yaml'));

	it('are there', () => {
		expect(maps.length).toBeGreaterThanOrEqual(7);
	});

	it.each(maps)('%s names the locality-map schema on its first line', (file) => {
		const first = readFileSync(join(mapsDir, file), 'utf8').split('\n')[0];
		expect(first, `maps/${file} must start with the line that points editors at the schema`).toBe(
			'# yaml-language-server: $schema=../static/schema/locality-map.schema.json'
		);
	});
});

describe('maps/report/*.yaml', () => {
	const tables = readdirSync(join(mapsDir, 'report')).filter((f) => f.endsWith('.yaml'));

	it.each(tables)('%s names the report-table schema on its first line', (file) => {
		const first = readFileSync(join(mapsDir, 'report', file), 'utf8').split('\n')[0];
		expect(first, `maps/report/${file} must start with the line that points editors at the schema`).toBe(
			'# yaml-language-server: $schema=../../static/schema/report-table.schema.json'
		);
	});
});
