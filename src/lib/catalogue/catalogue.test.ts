import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../load/load-map';
import type { LocalityModel } from '../model/locality-model';
import { firstSentence, latestSnapshots, snapshotsOf, summarise } from './catalogue';
import { glossary } from './glossary';

const dir = join(process.cwd(), 'maps');
const models: LocalityModel[] = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => {
		const result = loadMap(readFileSync(join(dir, f)), { file: `maps/${f}` });
		if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
		return result.value;
	});

describe('the report’s maps', () => {
	it('hold the six localities, the City twice', () => {
		expect(latestSnapshots(models).map((m) => m.locality.id)).toEqual(['abingdon', 'banbury', 'bicester', 'kidlington', 'thame', 'city']);
		expect(snapshotsOf(models, 'city').map((m) => m.locality.as_of)).toEqual(['2004', '2005-07']);
		expect(latestSnapshots(models).find((m) => m.locality.id === 'city')?.locality.as_of).toBe('2005-07');
	});

	it('cite the report for every item and link', () => {
		for (const m of models) {
			for (const thing of [...m.agencies, ...m.roles, ...m.groups, ...m.links]) {
				expect(thing.source, `${m.file}:${thing.at.line} has no source`).toMatch(/\S/);
			}
		}
	});

	it('carry what the report found', () => {
		const byId = (id: string) => latestSnapshots(models).find((m) => m.locality.id === id)!;
		const kidlington = byId('kidlington');
		expect(kidlington.locality.kind).toBe('network');
		expect(kidlington.groups.some((g) => g.type === 'network' && g.membership === 'open')).toBe(true);
		expect(byId('thame').groups.some((g) => g.type === 'network' && g.membership === 'open')).toBe(true);
		const bicester = byId('bicester');
		expect(bicester.groups.find((g) => g.type === 'panel')?.meets).toBe('bi-monthly');
		expect(bicester.groups.some((g) => g.type === 'partnership')).toBe(true);
		expect(bicester.groups.some((g) => g.type === 'steering-group')).toBe(true);
		expect(byId('banbury').roles.some((r) => r.systems_minder)).toBe(true);
		const city = byId('city');
		const mast = city.groups.find((g) => g.type === 'multi-agency-support-team');
		expect(mast?.meets).toBe('weekly');
		expect(city.links.some((l) => l.to === mast?.id && city.groups.find((g) => g.id === l.from)?.type === 'school-consultation-team')).toBe(true);
		expect(byId('abingdon').locality.boundary).toBe('unclear');
	});
});

describe('summarise', () => {
	it('counts a snapshot and lists its locality’s snapshots', () => {
		const city = latestSnapshots(models).find((m) => m.locality.id === 'city')!;
		const s = summarise(city, models);
		expect(s.snapshots).toEqual(['2004', '2005-07']);
		expect(s.counts).toEqual({ agencies: city.agencies.length, roles: city.roles.length, groups: city.groups.length, links: city.links.length });
	});
});

describe('firstSentence', () => {
	it('stops at the first full stop followed by a space', () => {
		expect(firstSentence('One thing. Another.')).toBe('One thing.');
		expect(firstSentence('No stop at all')).toBe('No stop at all');
		expect(firstSentence(undefined)).toBe('');
	});
});

describe('glossary', () => {
	it('has every group type, each with the groups of that type in every snapshot', () => {
		const entries = glossary(models);
		expect(entries.map((e) => e.type)).toHaveLength(10);
		const all = entries.flatMap((e) => e.groups);
		expect(all).toHaveLength(models.reduce((n, m) => n + m.groups.length, 0));
		const networks = entries.find((e) => e.type === 'network')!.groups.map((g) => g.locality);
		expect(networks).toEqual(['kidlington', 'thame']);
	});
});
