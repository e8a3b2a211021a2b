import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMap } from '$lib/load/load-map';
import type { LocalityModel } from '$lib/model/locality-model';
import { IN_PAGE_LIMIT, mapPageData, tooLargeForPage, viewPageData } from './map-page';

const load = (text: string | Buffer, file: string): LocalityModel => {
	const result = loadMap(text, { file });
	if (!result.ok) throw new Error(result.errors[0].message);
	return result.value;
};

/** As bench/synthetic-map.ts makes one: 50 agencies, 850 posts, 100 groups of 12. */
function thousandItems(): LocalityModel {
	const lines = ['locality: { id: synthetic, name: Synthetic county, as_of: "2026" }', 'agencies:'];
	for (let i = 0; i < 50; i++) lines.push(`  - { id: agency-${i}, name: Agency ${i}, sector: health, tiers: [2, 3] }`);
	lines.push('roles:');
	for (let i = 0; i < 850; i++) lines.push(`  - { id: role-${i}, name: Post ${i}, agency: agency-${i % 50} }`);
	lines.push('groups:');
	for (let g = 0; g < 100; g++) {
		const members = [...new Set(Array.from({ length: 12 }, (_, k) => `role-${(g * 7 + k * 13) % 850}`))];
		lines.push(`  - { id: group-${g}, name: Group ${g}, type: panel, members: [${members.join(', ')}] }`);
	}
	lines.push('links:');
	for (let g = 1; g < 100; g++) lines.push(`  - { from: group-${g}, to: group-${Math.floor(g / 4)}, kind: raises-issues }`);
	return load(`${lines.join('\n')}\n`, 'synthetic.yaml');
}

describe('what a map page carries', () => {
	it('a map of a usual size comes in the page, with its audit', () => {
		const model = load(readFileSync('maps/city-2005-07.yaml'), 'maps/city-2005-07.yaml');
		const data = mapPageData(model, ['2004', '2005-07'], '/localities/city/map.json');
		expect(data.later).toBeUndefined();
		expect(data).toMatchObject({ model, snapshots: ['2004', '2005-07'], audit: { locality: { id: 'city' } } });
	});

	it('a 1,000-item map comes after the page, which says what is coming', () => {
		const model = thousandItems();
		const data = mapPageData(model, ['2026'], '/localities/synthetic/map.json');
		expect(data).not.toHaveProperty('model');
		expect(data.later).toEqual({ href: '/localities/synthetic/map.json', locality: model.locality, counts: { agencies: 50, roles: 850, groups: 100, links: 99 } });
		expect(JSON.stringify(data).length).toBeLessThan(IN_PAGE_LIMIT / 100);
	});
});

describe('what a view’s page carries', () => {
	const whole = (model: LocalityModel) => ({ model });
	const first = (model: LocalityModel) => ({ groups: model.groups.length });

	it('a map of a usual size: the map as the view asks for it, and the locality for its heading', () => {
		const model = load(readFileSync('maps/banbury.yaml'), 'maps/banbury.yaml');
		expect(tooLargeForPage(model)).toBe(false);
		expect(viewPageData({ model, snapshots: ['2005'] }, whole, first)).toEqual({ model, snapshots: ['2005'], locality: model.locality });
	});

	it('a 1,000-item map: the view’s first page, and the latest map.json to fetch for the rest', () => {
		const model = thousandItems();
		expect(tooLargeForPage(model)).toBe(true);
		expect(viewPageData({ model, snapshots: ['2026'] }, whole, first)).toEqual({
			snapshots: ['2026'],
			locality: model.locality,
			later: { href: '/localities/synthetic/map.json', first: { groups: 100 } }
		});
	});
});
