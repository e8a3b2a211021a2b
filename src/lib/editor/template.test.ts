import { describe, expect, it } from 'vitest';
import { loadMap } from '../load/load-map';
import { BLANK_TEMPLATE } from './template';

describe('the blank template', () => {
	it('loads without errors, with one of each kind of item', () => {
		const result = loadMap(BLANK_TEMPLATE, { file: 'my-locality.yaml' });
		expect(result.ok ? [] : result.errors).toEqual([]);
		if (!result.ok) return;
		expect(result.value.groups.map((g) => g.id)).toEqual(['locality-forum']);
		expect(result.value.links).toHaveLength(1);
	});

	it('names the schema on its first line, for editors with the YAML language server', () => {
		expect(BLANK_TEMPLATE.split('\n')[0]).toBe('# yaml-language-server: $schema=/schema/locality-map.schema.json');
	});
});
