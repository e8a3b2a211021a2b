import { describe, expect, it } from 'vitest';
import { clockTime, freeName, hasUnsavedChanges, yamlFileName } from './tabs';

describe('editor tabs', () => {
	it('names files with a YAML ending, without characters a file name cannot hold', () => {
		expect(yamlFileName('thame.yaml')).toBe('thame.yaml');
		expect(yamlFileName('My map')).toBe('My map.yaml');
		expect(yamlFileName('a/b:c')).toBe('a-b-c.yaml');
		expect(yamlFileName('')).toBe('map.yaml');
	});

	it('gives a second copy of a map a name of its own', () => {
		expect(freeName('thame.yaml', [])).toBe('thame.yaml');
		expect(freeName('thame.yaml', ['thame.yaml', 'thame-2.yaml'])).toBe('thame-3.yaml');
	});

	it('tells text changed since the file was saved', () => {
		expect(hasUnsavedChanges({ id: 'a', name: 'a.yaml', text: 'x', savedText: 'x' })).toBe(false);
		expect(hasUnsavedChanges({ id: 'a', name: 'a.yaml', text: 'x', savedText: null })).toBe(true);
	});

	it('writes the time as HH:MM:SS', () => {
		expect(clockTime(new Date(2025, 0, 1, 9, 5, 7))).toBe('09:05:07');
	});
});
