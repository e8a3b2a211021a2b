import { describe, expect, it } from 'vitest';
import { graphStylesheet, largeGraphStylesheet, READABLE_PX } from './style';

type Rule = { selector: string; style: Record<string, unknown> };

describe('the large graph’s stylesheet', () => {
	const plain = graphStylesheet() as Rule[];
	const large = largeGraphStylesheet() as Rule[];

	it('keeps every rule of the plain one, in its order, and adds its own after them', () => {
		expect(large.slice(0, plain.length)).toEqual(plain);
	});

	it('draws labels only from 9px on screen (12px type from 75% zoom), straight lines, and seats and posts as the cheapest lines', () => {
		const added = large.slice(plain.length);
		expect(added).toEqual([
			{ selector: 'node', style: { 'min-zoomed-font-size': READABLE_PX } },
			{ selector: 'edge', style: { 'curve-style': 'straight' } },
			{ selector: 'edge.member, edge.post', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }
		]);
		expect(READABLE_PX).toBe(9);
		expect(plain[0].style['font-size']).toBe(12);
	});
});
