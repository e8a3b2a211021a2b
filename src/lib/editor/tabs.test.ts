import { describe, expect, it } from 'vitest';
import { clockTime, freeName, hasUnsavedChanges, keepSnapshot, MAX_SNAPSHOTS, snapshotLabel, yamlFileName } from './tabs';

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
		expect(hasUnsavedChanges({ id: 'a', name: 'a.yaml', text: 'x', savedText: 'x', snapshots: [] })).toBe(false);
		expect(hasUnsavedChanges({ id: 'a', name: 'a.yaml', text: 'x', savedText: null, snapshots: [] })).toBe(true);
	});

	it('writes the time as HH:MM:SS', () => {
		expect(clockTime(new Date(2025, 0, 1, 9, 5, 7))).toBe('09:05:07');
	});

	it('keeps snapshots oldest first, not twice the same text, and at most MAX_SNAPSHOTS', () => {
		const first = keepSnapshot([], 'a', 1);
		expect(first).toEqual({ snapshots: [{ at: 1, text: 'a' }], dropped: undefined, same: false });
		expect(keepSnapshot(first.snapshots, 'a', 2)).toEqual({ snapshots: [{ at: 1, text: 'a' }], same: true });
		let kept = first.snapshots;
		for (let i = 2; i <= MAX_SNAPSHOTS; i++) kept = keepSnapshot(kept, `v${i}`, i).snapshots;
		expect(kept).toHaveLength(MAX_SNAPSHOTS);
		const over = keepSnapshot(kept, 'newest', 99);
		expect(over.dropped).toEqual({ at: 1, text: 'a' });
		expect(over.snapshots).toHaveLength(MAX_SNAPSHOTS);
		expect(over.snapshots.at(-1)).toEqual({ at: 99, text: 'newest' });
	});

	it('names a snapshot by its time, and its day when it is not today', () => {
		const now = new Date(2026, 10, 28, 15, 0, 0);
		expect(snapshotLabel({ at: new Date(2026, 10, 28, 11, 32, 5).getTime(), text: '' }, now)).toBe('Snapshot at 11:32:05');
		expect(snapshotLabel({ at: new Date(2026, 10, 27, 9, 0, 0).getTime(), text: '' }, now)).toBe('Snapshot at 09:00:00 on 27 Nov');
		expect(snapshotLabel({ at: new Date(2025, 0, 2, 9, 0, 0).getTime(), text: '' }, now)).toBe('Snapshot at 09:00:00 on 2 Jan 2025');
	});
});
