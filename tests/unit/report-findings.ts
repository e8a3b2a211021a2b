/**
 * What the 2005 report says about its six localities' communication systems, each as a check
 * on the audit of our maps. `docs/report-findings.md` is the same table for readers; the test
 * beside this file runs every row and checks the two list the same rows.
 */
import { readFileSync } from 'node:fs';
import { audit, type Audit } from '../../src/lib/analysis/audit';
import { loadMap } from '../../src/lib/load/load-map';
import { centreOf, reachingCentre } from '../../src/lib/model/centre';
import { agencyOf, indexItems, type ItemId, type LocalityModel } from '../../src/lib/model/locality-model';
import { seatIds, seatsHeldBy } from '../../src/lib/model/seats';

export type MapName = 'banbury' | 'bicester' | 'abingdon' | 'city-2004' | 'city-2005-07' | 'kidlington' | 'thame';

export interface Mapped {
	readonly model: LocalityModel;
	readonly audit: Audit;
}

const cache = new Map<MapName, Mapped>();
export function mapped(name: MapName): Mapped {
	let m = cache.get(name);
	if (!m) {
		const result = loadMap(readFileSync(`maps/${name}.yaml`), { file: `maps/${name}.yaml` });
		if (!result.ok) throw new Error(`maps/${name}.yaml does not load: ${result.errors.map((e) => e.message).join('; ')}`);
		m = { model: result.value, audit: audit(result.value) };
		cache.set(name, m);
	}
	return m;
}

const id = (s: string) => s as ItemId;
const topHub = (name: MapName) => mapped(name).audit.hubs[0]?.id;
const gapIds = (name: MapName, kind: string) => mapped(name).audit.gaps.filter((g) => g.kind === kind).flatMap((g) => g.ids);
const inCentre = (name: MapName, item: string) => centreOf(mapped(name).model).has(id(item));
const reachesCentre = (name: MapName, item: string) => reachingCentre(mapped(name).model).has(id(item));
const group = (name: MapName, item: string) => mapped(name).model.groups.find((g) => g.id === item);
const sectorsOn = (name: MapName, item: string) => {
	const { model } = mapped(name);
	const index = indexItems(model);
	const g = group(name, item);
	return new Set(g ? [...seatIds(g)].map((s) => index.get(s)).flatMap((i) => (i ? [agencyOf(i, index)?.sector] : [])) : []);
};
const noSectorVerdict = (name: MapName, sector: string) => {
	const a = mapped(name).audit;
	return !a.gaps.some((g) => g.sector === sector) && !a.unrecorded.some((u) => u.sectors?.includes(sector as never));
};
const hasLink = (name: MapName, from: string, to: string, kind: string) => mapped(name).model.links.some((l) => l.from === from && l.to === to && l.kind === kind);
const mindsSystem = (name: MapName) => mapped(name).model.roles.some((r) => r.systems_minder === true);

export interface Row {
	/** F1, F2, …: the row's number in docs/report-findings.md. */
	readonly id: string;
	/** Whether the report's words can be expressed on the maps; where not, the table says why. */
	readonly expressed: boolean;
	readonly check?: () => boolean;
}

export const rows: readonly Row[] = [
	// Banbury
	{ id: 'F1', expressed: true, check: () => topHub('banbury') === 'sunshine-centre' },
	{ id: 'F2', expressed: true, check: () => mapped('banbury').model.roles.some((r) => r.id === 'sunshine-coordinator' && r.systems_minder) && !mapped('banbury').audit.gaps.some((g) => g.kind === 'no-systems-minder') && !mapped('banbury').audit.unrecorded.some((u) => u.kind === 'systems-minder') },
	{ id: 'F3', expressed: true, check: () => !mapped('banbury').audit.gaps.some((g) => g.ids.includes(id('sunshine-coordinator'))) },
	{ id: 'F4', expressed: true, check: () => sectorsOn('banbury', 'sunshine-centre-management').has('families') && noSectorVerdict('banbury', 'families') },
	{ id: 'F5', expressed: true, check: () => mapped('banbury').model.locality.boundary === 'clear' },
	{
		id: 'F6',
		expressed: true,
		check: () =>
			group('banbury', 'school-panels')?.focus === 'downstream' &&
			group('banbury', 'family-centre-casework')?.focus === 'downstream' &&
			!mapped('banbury').audit.overlaps.some((o) => o.groups.includes(id('school-panels')) && o.groups.includes(id('family-centre-casework')))
	},
	{ id: 'F7', expressed: true, check: () => reachesCentre('banbury', 'sunshine-centre') && gapIds('banbury', 'no-route-to-centre').every((g) => g !== 'sunshine-centre-management' && g !== 'school-panels') },
	// Bicester
	{ id: 'F8', expressed: true, check: () => mapped('bicester').model.locality.boundary === 'clear' && mapped('bicester').model.agencies.find((a) => a.id === 'schools')?.count === 19 },
	{ id: 'F9', expressed: true, check: () => inCentre('bicester', 'steering-group') },
	{ id: 'F10', expressed: true, check: () => hasLink('bicester', 'iss-forum', 'steering-group', 'raises-issues') && reachesCentre('bicester', 'iss-forum') && !gapIds('bicester', 'no-route-to-centre').includes(id('iss-forum')) },
	{
		id: 'F11',
		expressed: true,
		check: () =>
			!reachesCentre('bicester', 'school-council') &&
			!inCentre('bicester', 'school-council') &&
			mapped('bicester').audit.unrecorded.some((u) => u.kind === 'route' && u.ids.includes(id('school-council')))
	},
	{ id: 'F12', expressed: true, check: () => ['mental-health', 'social-care', 'health', 'education'].every((s) => sectorsOn('bicester', 'iss-forum').has(s as never)) },
	{ id: 'F13', expressed: true, check: () => !gapIds('bicester', 'absent-members').includes(id('iss-forum')) },
	{ id: 'F14', expressed: true, check: () => mapped('bicester').model.roles.find((r) => r.id === 'hsclw')?.funding === 'short-term' && hasLink('bicester', 'childrens-fund', 'hsclw', 'funds') },
	// Abingdon
	{ id: 'F15', expressed: true, check: () => mapped('abingdon').audit.fragile.some((f) => f.id === 'pilot-coordinator') },
	{ id: 'F16', expressed: true, check: () => gapIds('abingdon', 'absent-members').includes(id('panel')) },
	{ id: 'F17', expressed: true, check: () => mapped('abingdon').model.locality.boundary === 'unclear' },
	{ id: 'F18', expressed: true, check: () => mapped('abingdon').audit.hubs.filter((h) => h.betweenness > 0).slice(0, 3).every((h) => h.kind !== 'agency' || h.id === 'schools') },
	{ id: 'F19', expressed: true, check: () => !mapped('abingdon').audit.gaps.some((g) => g.kind === 'missing-sector' || g.kind === 'isolated') && mapped('abingdon').audit.unrecorded.some((u) => u.kind === 'members' && u.ids.includes(id('panel'))) },
	{ id: 'F20', expressed: false },
	// The City
	{ id: 'F21', expressed: true, check: () => topHub('city-2004') === 'core-group' && mapped('city-2004').model.agencies.some((a) => a.id === 'excellence-cluster') },
	{ id: 'F22', expressed: true, check: () => hasLink('city-2004', 'scts', 'core-group', 'raises-issues') && hasLink('city-2005-07', 'scts', 'core-group', 'raises-issues') && group('city-2004', 'scts')?.meets === 'termly' },
	{ id: 'F23', expressed: true, check: () => mapped('city-2004').model.locality.boundary !== 'clear' && mapped('city-2005-07').model.locality.boundary !== 'clear' },
	{ id: 'F24', expressed: true, check: () => inCentre('city-2005-07', 'core-group') && reachesCentre('city-2005-07', 'scts') && topHub('city-2005-07') === 'core-group' },
	{ id: 'F25', expressed: true, check: () => !group('city-2004', 'mast') && group('city-2005-07', 'mast')?.type === 'multi-agency-support-team' && group('city-2005-07', 'mast')?.meets === 'weekly' },
	{
		id: 'F26',
		expressed: true,
		check: () => {
			const before = seatIds(group('city-2004', 'core-group')!);
			const after = seatIds(group('city-2005-07', 'core-group')!);
			const added = ['pct-primary-care', 'pct-community-development', 'social-care', 'extended-schools', 'childrens-centres', 'city-council'];
			return added.every((a) => after.has(id(a)) && !before.has(id(a)));
		}
	},
	{ id: 'F27', expressed: true, check: () => hasLink('city-2005-07', 'scts', 'mast', 'commissions') },
	{ id: 'F28', expressed: true, check: () => seatsHeldBy(mapped('city-2005-07').model, id('residents')).length === 0 && seatsHeldBy(mapped('city-2004').model, id('residents')).length === 0 },
	{ id: 'F29', expressed: true, check: () => (group('city-2005-07', 'scts')?.members ?? []).some((m) => m.id === 'pcamhs' && m.attendance === 'occasional') },
	{ id: 'F30', expressed: true, check: () => !mapped('city-2005-07').audit.gaps.some((g) => g.kind === 'no-systems-minder') && mapped('city-2005-07').audit.unrecorded.some((u) => u.kind === 'systems-minder') },
	// Kidlington
	{ id: 'F31', expressed: true, check: () => topHub('kidlington') === 'network' },
	{ id: 'F32', expressed: true, check: () => group('kidlington', 'network')?.membership === 'open' && group('kidlington', 'network')?.focus === 'both' && !mapped('kidlington').audit.gaps.some((g) => g.kind === 'no-upstream') },
	{ id: 'F33', expressed: true, check: () => mapped('kidlington').model.locality.boundary === 'clear' },
	{ id: 'F34', expressed: true, check: () => gapIds('kidlington', 'no-route-to-centre').includes(id('network')) && centreOf(mapped('kidlington').model).size === 0 },
	// Thame
	{ id: 'F35', expressed: true, check: () => mindsSystem('thame') && !mapped('thame').audit.gaps.some((g) => g.kind === 'no-systems-minder') },
	{ id: 'F36', expressed: true, check: () => topHub('thame') === 'network' },
	{ id: 'F37', expressed: true, check: () => gapIds('thame', 'no-route-to-centre').includes(id('network')) && !inCentre('thame', 'steering-group') },
	{ id: 'F38', expressed: true, check: () => group('thame', 'network')?.membership === 'open' && group('thame', 'network')?.focus === 'both' && mapped('thame').model.locality.boundary === 'clear' },
	{ id: 'F39', expressed: false },
	// Across the pilots
	{ id: 'F40', expressed: true, check: () => (['banbury', 'bicester', 'abingdon', 'city-2005-07'] as const).every((m) => inCentre(m, mapped(m).model.groups.find((g) => g.type === 'steering-group')?.id ?? '')) },
	{
		id: 'F41',
		expressed: true,
		check: () => {
			const posts = (['banbury', 'bicester', 'abingdon', 'city-2005-07', 'kidlington'] as const).flatMap((m) => mapped(m).model.roles.filter((r) => r.id === 'hsclw'));
			return posts.length === 5 && posts.every((r) => r.funding === 'short-term');
		}
	},
	{ id: 'F42', expressed: true, check: () => (['banbury', 'thame'] as const).every(mindsSystem) },
	{ id: 'F43', expressed: false }
];
