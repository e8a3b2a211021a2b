/** `npm run schema`: writes the JSON Schemas under static/schema/ from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemaText, jsonSchemas } from '../lib/format/json-schemas';

const dir = resolve(import.meta.dirname, '..', '..', 'static', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas)) {
	writeFileSync(join(dir, name), jsonSchemaText(schema));
	console.log(`wrote static/schema/${name}`);
}
