import { describe, expect, it } from 'vitest';
import { linkKinds } from '../format/vocabulary';
import { linkStyles } from './palette';

describe('linkStyles', () => {
	it('gives every kind of link its own pair of line pattern and arrowhead, so no two differ in colour alone', () => {
		const pairs = linkKinds.values.map((kind) => `${linkStyles[kind].pattern} ${linkStyles[kind].arrow}`);
		expect(new Set(pairs).size).toBe(linkKinds.values.length);
	});
});
