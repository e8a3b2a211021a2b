import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalityModel } from '../model/locality-model';
import { checkCollection, expectedFileNames } from './check-collection';
import { VALID_MAP, replaceLine } from '../../../tests/unit/helpers/fixtures';
import { loadMap } from './load-map';

/** The valid map as read from `file`, optionally of another as_of. */
function mapIn(file: string, asOf?: string): LocalityModel {
	const text = asOf === undefined ? VALID_MAP : replaceLine('  as_of: 2005', `  as_of: ${asOf}`);
	const result = loadMap(text, { file });
	if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
	return result.value;
}

describe('expectedFileNames', () => {
	it('is <id>.yaml or <id>-<as_of>.yaml', () => {
		expect(expectedFileNames(mapIn('x.yaml'))).toEqual(['example-vale.yaml', 'example-vale-2005.yaml']);
		expect(expectedFileNames(mapIn('x.yaml', '2005-07'))).toEqual(['example-vale.yaml', 'example-vale-2005-07.yaml']);
	});
});

describe('checkCollection', () => {
	it('accepts files named for their id, or their id and as_of', () => {
		expect(checkCollection([mapIn('maps/example-vale.yaml'), mapIn('maps/example-vale-2005-07.yaml', '2005-07')])).toEqual([]);
	});

	it('reads the name after the last separator, / or \\', () => {
		expect(checkCollection([mapIn('C:\\maps\\example-vale.yaml'), mapIn('/tmp/maps/example-vale-2006.yaml', '2006')])).toEqual([]);
	});

	it('a file named wrongly', () => {
		expect(checkCollection([mapIn('maps/vale.yaml')])).toEqual([
			{
				file: 'maps/vale.yaml',
				line: 1,
				column: 1,
				path: 'locality',
				code: 'bad-value',
				message: 'a map of "example-vale" as of 2005 belongs in a file named example-vale.yaml or example-vale-2005.yaml, not vale.yaml'
			}
		]);
	});

	it('a file named for another snapshot', () => {
		expect(checkCollection([mapIn('maps/example-vale-2004.yaml')])).toEqual([
			{
				file: 'maps/example-vale-2004.yaml',
				line: 1,
				column: 1,
				path: 'locality',
				code: 'bad-value',
				message: 'a map of "example-vale" as of 2005 belongs in a file named example-vale.yaml or example-vale-2005.yaml, not example-vale-2004.yaml'
			}
		]);
	});

	it('two files with the same id and as_of, at the second', () => {
		expect(checkCollection([mapIn('maps/example-vale.yaml'), mapIn('maps/example-vale-2005.yaml')])).toEqual([
			{
				file: 'maps/example-vale-2005.yaml',
				line: 1,
				column: 1,
				path: 'locality',
				code: 'duplicate-id',
				message: 'maps/example-vale.yaml already describes "example-vale" as of 2005; give each snapshot its own as_of'
			}
		]);
	});

	it('the same id with different as_of is two snapshots, not a duplicate', () => {
		expect(checkCollection([mapIn('maps/example-vale-2005.yaml'), mapIn('maps/example-vale-2005-07.yaml', '2005-07')])).toEqual([]);
	});

	it("accepts the project's own maps", () => {
		const dir = resolve(import.meta.dirname, '../../../maps');
		const models = readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => {
				const result = loadMap(readFileSync(join(dir, f)), { file: `maps/${f}` });
				if (!result.ok) throw new Error(`maps/${f} did not load`);
				return result.value;
			});
		expect(models.length).toBeGreaterThanOrEqual(7);
		expect(checkCollection(models)).toEqual([]);
	});
});
