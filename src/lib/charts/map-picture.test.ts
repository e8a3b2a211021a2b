/** The map page's graph as a picture: the title says the highlight and the what-if; the key is the page's. */
import { describe, expect, it } from 'vitest';
import { sectorsPresent } from '../graph/elements';
import { legendSections } from '../graph/legend';
import type { ItemId } from '../model/locality-model';
import { graphKey, mapPicture, mapPictureName, mapShows } from './map-picture';
import { VALE, mapOf } from '../../../tests/unit/helpers/maps';
import { modelOf } from '../../../tests/unit/helpers/fixtures';

describe('mapShows', () => {
	it('names the highlight and what the what-if took out', () => {
		expect(mapShows('none', [])).toBe('the map');
		expect(mapShows('fragile', [])).toBe('single points of failure');
		expect(mapShows('none', ['Health visitor'])).toBe('if Health visitor went');
		expect(mapShows('hubs', ['Panel', 'Team', 'Forum'])).toBe('hubs, if Panel, Team and Forum went');
	});
});

describe('mapPicture', () => {
	const model = modelOf(VALE);
	const removed = [model.groups[0].id];

	it('titles the picture with the locality, dates it as the page does, and keys it as the page does', () => {
		const options = { model, mode: 'fragile' as const, removed, sectors: ['health' as const], linkKinds: [] };
		const picture = mapPicture(options, '<svg width="1" height="1"/>');
		expect(picture.title).toBe(`Vale — single points of failure, if ${model.groups[0].name} went`);
		expect(picture.date).toBe('as of 2005-07');
		expect(picture.key).toEqual(legendSections({ mode: 'fragile', whatIf: true, sectors: ['health'], linkKinds: [] }));
		expect(mapPictureName(options)).toEqual(['vale', 'fragile', 'what-if']);
	});

	it('names an item taken out that the map no longer has by its id', () => {
		const plain = mapOf('agencies:\n  - { id: a, name: A, sector: other }\n');
		const picture = mapPicture({ model: plain, mode: 'none', removed: ['gone' as ItemId], sectors: [], linkKinds: [] }, '<svg width="1" height="1"/>');
		expect(picture.title).toBe('Test — if gone went');
		expect(mapPictureName({ model: plain, mode: 'none', removed: [] })).toEqual(['test', 'map']);
	});
});

describe('graphKey', () => {
	it('is the key the page shows for the whole model, with the changes where asked', () => {
		const model = modelOf(VALE);
		const linkKinds = [...new Set(model.links.map((l) => l.kind))];
		expect(graphKey(model, { changes: true })).toEqual(legendSections({ mode: 'none', changes: true, sectors: sectorsPresent(model), linkKinds }));
		expect(graphKey(model).map((s) => s.title)).not.toContain('Change');
	});
});
