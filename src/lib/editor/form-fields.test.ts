import { describe, expect, it } from 'vitest';
import { fieldChanges, presentFields } from './form-fields';

describe('fieldChanges', () => {
	it('gives only what changed, an emptied field as undefined', () => {
		const before = { name: 'ISS forum', type: 'forum', purpose: 'Cases', meets: 'monthly' };
		const after = { name: 'ISS forum ', type: 'panel', purpose: '  ', meets: 'monthly', chair: '' };
		const changes = fieldChanges(before, after, ['name', 'type', 'purpose', 'meets', 'chair']);
		expect(changes).toEqual({ type: 'panel', purpose: undefined });
		expect('purpose' in changes).toBe(true);
	});

	it('is empty when nothing changed', () => {
		expect(fieldChanges({ name: 'A' }, { name: 'A' }, ['name', 'sector'])).toEqual({});
	});
});

describe('presentFields', () => {
	it('drops empty fields and trims the rest', () => {
		expect(presentFields({ name: ' New ', purpose: '', chair: undefined, count: 2 })).toEqual({ name: 'New', count: 2 });
	});
});
