import { describe, expect, it } from 'vitest';
import { newId } from './new-id';

describe('newId', () => {
	it('makes a kebab-case id from a name', () => {
		expect(newId('Social & Health Care', [])).toBe('social-health-care');
		expect(newId('  Café -- Crèche!  ', [])).toBe('cafe-creche');
		expect(newId('CAMHS (Tier 3)', [])).toBe('camhs-tier-3');
		expect(newId('???', [])).toBe('item');
	});

	it('numbers it until it is unique among the map’s ids', () => {
		expect(newId('Social & Health Care', ['social-health-care'])).toBe('social-health-care-2');
		expect(newId('Social & Health Care', ['social-health-care', 'social-health-care-2'])).toBe('social-health-care-3');
		expect(newId('Constructor', ['x'])).toBe('constructor');
	});
});
