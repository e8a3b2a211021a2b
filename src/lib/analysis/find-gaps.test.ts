/**
 * Gaps, kind by kind: one small map where the gap is there and one where it is not, with
 * the exact message, then the order of the kinds, the empty map and the report's Bicester.
 */
import { describe, expect, it } from 'vitest';
import { HEAD, mapOf, reportMap } from './test-maps';
import { DEFAULT_EXPECTED_SECTORS, findGaps, groupsReachingCentre, type Gap, type GapKind } from './find-gaps';


const only = (kind: GapKind, gaps: readonly Gap[]) => gaps.filter((g) => g.kind === kind);
const gapsOf = (kind: GapKind, body: string, head = HEAD) => only(kind, findGaps(mapOf(body, head)));

/** An agency of each sector the default set expects, all sitting on one forum. */
const EVERY_SECTOR_SEATED = `agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: social-care, name: Social care, sector: social-care }
  - { id: charity, name: Charity, sector: voluntary }
  - { id: parents, name: Parents, sector: families }
groups:
  - { id: forum, name: Forum, type: forum, members: [schools, health, camhs, social-care, charity, parents] }
`;

describe('isolated', () => {
	it('is an item in no group and no link; a post counts its agency in, not the other way round', () => {
		// head sits on the panel, so head and (through head) schools are in; camhs and the linked
		// group through the link. lone is in nothing; hsclw is in nothing of its own, though its
		// agency is; the empty group has no members, no chair and no link.
		const gaps = gapsOf(
			'isolated',
			`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: lone, name: Lone agency, sector: other }
roles:
  - { id: head, name: Head, agency: schools }
  - { id: hsclw, name: Link worker, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, members: [head] }
  - { id: empty, name: Empty group, type: working-group }
  - { id: linked, name: Linked group, type: working-group }
links:
  - { from: camhs, to: linked, kind: informs }
`
		);
		expect(gaps).toEqual([
			{ kind: 'isolated', ids: ['lone'], message: 'Lone agency is in no group and no link: how does it hear, and who hears from it?' },
			{ kind: 'isolated', ids: ['hsclw'], message: 'Link worker is in no group and no link: how does it hear, and who hears from it?' },
			{ kind: 'isolated', ids: ['empty'], message: 'Empty group is in no group and no link: how does it hear, and who hears from it?' }
		]);
	});

	it('a group with only a chair, and its chair, are not isolated', () => {
		expect(
			gapsOf(
				'isolated',
				`agencies:
  - { id: la, name: LA, sector: local-authority }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
`
			)
		).toEqual([]);
	});

	it('none when everyone is tied, nor in an empty map', () => {
		expect(gapsOf('isolated', EVERY_SECTOR_SEATED)).toEqual([]);
		expect(gapsOf('isolated', '')).toEqual([]);
	});
});

describe('missing-sector', () => {
	it('expects education, health, mental health, social care, voluntary and families by default', () => {
		expect(DEFAULT_EXPECTED_SECTORS).toEqual(['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families']);
	});

	it('names each expected sector no one sits on a group for, in the order of the set', () => {
		// Seated: schools (education) as a member, a health visitor (post of health) as chair.
		// Social care is only linked to the group, which is not a seat.
		const gaps = gapsOf(
			'missing-sector',
			`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
  - { id: social-care, name: Social care, sector: social-care }
roles:
  - { id: hv, name: Health visitor, agency: health }
groups:
  - { id: panel, name: Panel, type: panel, chair: hv, members: [schools] }
links:
  - { from: panel, to: social-care, kind: refers }
`
		);
		expect(gaps).toEqual([
			{ kind: 'missing-sector', ids: [], sector: 'mental-health', message: 'No one from mental health sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'voluntary', message: 'No one from voluntary sits on any group.' },
			{ kind: 'missing-sector', ids: [], sector: 'families', message: 'No one from families sits on any group.' }
		]);
	});

	it('none when every expected sector is seated', () => {
		expect(gapsOf('missing-sector', EVERY_SECTOR_SEATED)).toEqual([]);
	});

	it('uses the map’s expected_sectors instead of the default set', () => {
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [education, police] }\n';
		expect(gapsOf('missing-sector', EVERY_SECTOR_SEATED, head).map((g) => g.sector)).toEqual(['police']);
		const none = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [] }\n';
		expect(gapsOf('missing-sector', '', none)).toEqual([]);
	});

	it('an option overrides both', () => {
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [police] }\n';
		const gaps = findGaps(mapOf(EVERY_SECTOR_SEATED, head), { expectedSectors: ['youth', 'health'] });
		expect(only('missing-sector', gaps).map((g) => g.sector)).toEqual(['youth']);
	});

	it('counts an external agency that sits on a group', () => {
		const gaps = gapsOf(
			'missing-sector',
			`agencies:
  - { id: county-camhs, name: County CAMHS, sector: mental-health, external: true }
groups:
  - { id: panel, name: Panel, type: panel, members: [county-camhs] }
`
		);
		expect(gaps.map((g) => g.sector)).toEqual(['education', 'health', 'social-care', 'voluntary', 'families']);
	});
});

describe('no-route-to-centre', () => {
	const message = (name: string) =>
		`Nothing ${name} raises reaches a steering group, forum, core group or the local authority: no chain of raises-issues, reports-to or refers links leads there.`;
	/** A steering group and a panel, with the links given. */
	const panelAnd = (links: string) =>
		`groups:
  - { id: steer, name: Steering group, type: steering-group }
  - { id: panel, name: Panel, type: panel }
links:
${links}`;

	it('none for a panel that raises issues with the steering group', () => {
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: panel, to: steer, kind: raises-issues }\n'))).toEqual([]);
	});

	it('a panel whose only link to the steering group is informs', () => {
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: panel, to: steer, kind: informs }\n'))).toEqual([
			{ kind: 'no-route-to-centre', ids: ['panel'], message: message('Panel') }
		]);
	});

	it('counts raises-issues, reports-to and refers only', () => {
		for (const kind of ['raises-issues', 'reports-to', 'refers']) {
			expect(gapsOf('no-route-to-centre', panelAnd(`  - { from: panel, to: steer, kind: ${kind} }\n`)), kind).toEqual([]);
		}
		for (const kind of ['commissions', 'consults', 'supervises', 'funds', 'informs']) {
			expect(gapsOf('no-route-to-centre', panelAnd(`  - { from: panel, to: steer, kind: ${kind} }\n`)).map((g) => g.ids), kind).toEqual([['panel']]);
		}
	});

	it('follows the direction of the link: the steering group referring to the panel gives the panel no route', () => {
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: steer, to: panel, kind: refers }\n')).map((g) => g.ids)).toEqual([['panel']]);
	});

	it('follows chains of several links, through any item', () => {
		// team -> panel -> social care (an agency) -> steering group: all route links.
		const body = `agencies:
  - { id: social-care, name: Social care, sector: social-care }
groups:
  - { id: steer, name: Steering group, type: steering-group }
  - { id: panel, name: Panel, type: panel }
  - { id: team, name: Team, type: school-consultation-team }
links:
  - { from: team, to: panel, kind: raises-issues }
  - { from: panel, to: social-care, kind: refers }
  - { from: social-care, to: steer, kind: reports-to }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([]);
	});

	it('a chain broken in the middle leaves every group before the break without a route', () => {
		// team -> panel (raises-issues) reaches the panel, but panel -> steer is informs.
		const body = `groups:
  - { id: steer, name: Steering group, type: steering-group }
  - { id: panel, name: Panel, type: panel }
  - { id: team, name: Team, type: school-consultation-team }
links:
  - { from: team, to: panel, kind: raises-issues }
  - { from: panel, to: steer, kind: informs }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['panel'], ['team']]);
	});

	it('the local authority, or a post in it, is a centre', () => {
		const body = (to: string) => `agencies:
  - { id: la, name: Local authority, sector: local-authority, external: true }
roles:
  - { id: la-lead, name: LA lead, agency: la }
groups:
  - { id: panel, name: Panel, type: panel }
links:
  - { from: panel, to: ${to}, kind: reports-to }
`;
		expect(gapsOf('no-route-to-centre', body('la'))).toEqual([]);
		expect(gapsOf('no-route-to-centre', body('la-lead'))).toEqual([]);
	});

	it('steering groups, forums and core groups are centres themselves; networks and the rest are not', () => {
		const body = `groups:
  - { id: steer, name: Steering group, type: steering-group }
  - { id: forum, name: Forum, type: forum }
  - { id: core, name: Core group, type: core-group }
  - { id: network, name: Network, type: network }
  - { id: partnership, name: Partnership, type: partnership }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['network'], ['partnership']]);
		expect([...groupsReachingCentre(mapOf(body))]).toEqual(['steer', 'forum', 'core']);
	});

	it('skips external groups', () => {
		const body = `groups:
  - { id: county-panel, name: County panel, type: panel, external: true }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([]);
	});

	it('an external centre still counts as the centre', () => {
		const body = `groups:
  - { id: county, name: County board, type: steering-group, external: true }
  - { id: panel, name: Panel, type: panel }
links:
  - { from: panel, to: county, kind: raises-issues }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([]);
	});

	it('none in an empty map', () => {
		expect(gapsOf('no-route-to-centre', '')).toEqual([]);
	});

	it('Bicester: the ISS forum raises issues with the steering group; BLIP only informs it (report 3.1, Appendix 2b)', () => {
		const gaps = only('no-route-to-centre', findGaps(reportMap('bicester')));
		// BLIP -> steering group is informs; the working group is commissioned by the steering
		// group and informs the forum: neither is a route. The school council is typed a forum,
		// so it counts as a centre itself.
		expect(gaps.map((g) => g.ids)).toEqual([['blip'], ['working-group']]);
	});
});

describe('no-systems-minder', () => {
	const gap = { kind: 'no-systems-minder', ids: [], message: 'No post is marked as minding the communication system: who notices when it goes wrong?' };
	const roles = (flag: string) => `agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools${flag} }
  - { id: senco, name: SENCO, agency: schools }
`;

	it('when no post is marked, or one is marked false', () => {
		expect(gapsOf('no-systems-minder', roles(''))).toEqual([gap]);
		expect(gapsOf('no-systems-minder', roles(', systems_minder: false'))).toEqual([gap]);
	});

	it('none when one post is marked', () => {
		expect(gapsOf('no-systems-minder', roles(', systems_minder: true'))).toEqual([]);
	});

	it('in a map with no posts at all, including an empty map', () => {
		expect(gapsOf('no-systems-minder', EVERY_SECTOR_SEATED)).toEqual([gap]);
		expect(gapsOf('no-systems-minder', '')).toEqual([gap]);
	});
});

describe('absent-members', () => {
	it('names the group and every member who attends occasionally or is absent', () => {
		const gaps = gapsOf(
			'absent-members',
			`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: health, name: Health, sector: health }
groups:
  - { id: panel, name: Panel, type: panel, members: [schools, { id: camhs, attendance: occasional }, { id: health, attendance: absent }] }
  - { id: forum, name: Forum, type: forum, members: [schools, { id: camhs, attendance: regular }] }
`
		);
		expect(gaps).toEqual([{ kind: 'absent-members', ids: ['panel', 'camhs', 'health'], message: 'Panel meets without all its members: CAMHS (occasional), Health (absent).' }]);
	});

	it('none when everyone attends regularly, nor in an empty map', () => {
		expect(gapsOf('absent-members', EVERY_SECTOR_SEATED)).toEqual([]);
		expect(gapsOf('absent-members', '')).toEqual([]);
	});
});

describe('no-upstream', () => {
	const gap = { kind: 'no-upstream', ids: [], message: 'No group has an upstream focus: every conversation is about children already in difficulty.' };
	const groups = (focus: string) => `groups:
  - { id: panel, name: Panel, type: panel, focus: downstream }
  - { id: other, name: Other, type: working-group${focus} }
`;

	it('when no group has an upstream or both focus, counting groups with no focus given', () => {
		expect(gapsOf('no-upstream', groups(''))).toEqual([gap]);
		expect(gapsOf('no-upstream', groups(', focus: downstream'))).toEqual([gap]);
	});

	it('none when one group looks upstream, or both ways', () => {
		expect(gapsOf('no-upstream', groups(', focus: upstream'))).toEqual([]);
		expect(gapsOf('no-upstream', groups(', focus: both'))).toEqual([]);
	});

	it('none in a map with no groups', () => {
		expect(gapsOf('no-upstream', '')).toEqual([]);
	});
});

describe('tier-gap', () => {
	const gap = { kind: 'tier-gap', ids: [], message: 'No group beyond the schools’ own covers tiers 2 to 3, where children fall between schools and other agencies’ thresholds.' };
	const panel = (type: string, tiers: string, members: string) => `agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: sebd, name: SEBD outreach, sector: education }
  - { id: social-care, name: Social care, sector: social-care }
  - { id: health, name: Health, sector: health }
roles:
  - { id: hv, name: Health visitor, agency: health }
groups:
  - { id: g, name: G, type: ${type}${tiers}, members: [${members}] }
`;

	it('none when a group with someone from outside education covers tier 2 or 3', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [3, 4]', 'schools, social-care'))).toEqual([]);
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [1, 2]', 'schools, social-care'))).toEqual([]);
		// The health visitor is a post of health: her agency's sector counts.
		expect(gapsOf('tier-gap', panel('forum', ', tiers: [2]', 'hv'))).toEqual([]);
	});

	it('when the only tier 2-3 group has education alone', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [3, 4]', 'schools, sebd'))).toEqual([gap]);
	});

	it('when the only tier 2-3 group is a school consultation team, whoever sits on it', () => {
		expect(gapsOf('tier-gap', panel('school-consultation-team', ', tiers: [2, 3]', 'schools, social-care'))).toEqual([gap]);
	});

	it('when the group covers tier 4 or 1 only, or its tiers are not given', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [4]', 'social-care'))).toEqual([gap]);
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [1]', 'social-care'))).toEqual([gap]);
		expect(gapsOf('tier-gap', panel('panel', '', 'social-care'))).toEqual([gap]);
	});

	it('none in a map with no groups', () => {
		expect(gapsOf('tier-gap', '')).toEqual([]);
	});
});

describe('findGaps', () => {
	it('lists the kinds in a fixed order', () => {
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: lone, name: Lone, sector: other }
groups:
  - { id: panel, name: Panel, type: panel, focus: downstream, tiers: [3], members: [{ id: schools, attendance: occasional }] }
`);
		expect(findGaps(model).map((g) => g.kind)).toEqual([
			'isolated',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'missing-sector',
			'no-route-to-centre',
			'no-systems-minder',
			'absent-members',
			'no-upstream',
			'tier-gap'
		]);
	});

	it('of an empty map: every default sector missing and no systems minder, nothing about groups', () => {
		// An empty map has no one, so no one is isolated, no group lacks a route, no one is absent.
		// No one sits on a group, so all six expected sectors are missing, and no post minds the
		// system. no-upstream and tier-gap are skipped when the map has no groups at all.
		expect(findGaps(mapOf('')).map((g) => [g.kind, g.sector ?? null])).toEqual([
			['missing-sector', 'education'],
			['missing-sector', 'health'],
			['missing-sector', 'mental-health'],
			['missing-sector', 'social-care'],
			['missing-sector', 'voluntary'],
			['missing-sector', 'families'],
			['no-systems-minder', null]
		]);
	});
});
