import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { toJson } from './json';

describe('JSON', () => {
	it('is the validated model, exactly', async () => {
		const model = smallModel();
		expect(JSON.parse(toJson(model))).toEqual(model);
		await expect(toJson(model)).toMatchFileSnapshot('__snapshots__/vale.json');
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('holds the model of %s', (_, model) => {
		expect(JSON.parse(toJson(model))).toEqual(model);
	});
});
