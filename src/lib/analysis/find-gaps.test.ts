/**
 * Gaps, kind by kind: one small map where the gap is there, one where it is not, and one
 * where the map is silent and the audit says so (`unrecorded`) instead of asserting a gap,
 * each with the exact words; then the order of the kinds, the empty map and the report's
 * Bicester.
 */
import { describe, expect, it } from 'vitest';
import { HEAD, mapOf, reportMap } from '../../../tests/unit/helpers/maps';
import { DEFAULT_EXPECTED_SECTORS, findGaps, type Gap, type GapKind, type Unrecorded, type UnrecordedKind } from './find-gaps';

const only = (kind: GapKind, gaps: readonly Gap[]) => gaps.filter((g) => g.kind === kind);
const gapsOf = (kind: GapKind, body: string, head = HEAD) => only(kind, findGaps(mapOf(body, head)).gaps);
const unrecordedOf = (kind: UnrecordedKind, body: string, head = HEAD): Unrecorded[] =>
	findGaps(mapOf(body, head)).unrecorded.filter((u) => u.kind === kind);

/** An agency of each sector the default set expects, all sitting on one forum whose members are listed. */
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
	const message = (name: string) => `${name} has no tie to anyone in the map: how does it hear, and who hears from it?`;

	it('is an item with no tie at all, whose seats are recorded in full', () => {
		// head sits on the panel; hsclw sits on nothing, but is tied to schools, its employer;
		// camhs is linked to `linked`. lone has no post, no seat and no link. `empty` lists its
		// members as none (so its membership is recorded, in full, as empty), has no chair and
		// no link. Every group here lists its members, so no silence is read as an absence.
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
  - { id: empty, name: Empty group, type: working-group, members: [] }
  - { id: linked, name: Linked group, type: working-group, members: [] }
links:
  - { from: camhs, to: linked, kind: informs }
`
		);
		expect(gaps).toEqual([
			{ kind: 'isolated', ids: ['lone'], message: message('Lone agency') },
			{ kind: 'isolated', ids: ['empty'], message: message('Empty group') }
		]);
	});

	it('a post tied only to its agency is not isolated, nor is the agency', () => {
		// The map draws a line from the link worker to the schools: that line is a tie.
		const body = `agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: hsclw, name: Link worker, agency: schools }
`;
		expect(gapsOf('isolated', body)).toEqual([]);
		expect(findGaps(mapOf(body)).unrecorded.filter((u) => u.kind === 'seats' || u.kind === 'members')).toEqual([]);
	});

	it('a post that only chairs a group is not isolated, and sits on the group it chairs', () => {
		// The LA lead chairs the steering group without being listed among its members, which
		// are listed (as none besides the chair). Expecting only the local authority's sector,
		// no sector is missing: the chair's seat counts as sitting on the group.
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [local-authority] }\n';
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
roles:
  - { id: la-lead, name: LA lead, agency: la }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la-lead, members: [] }
`;
		expect(gapsOf('isolated', body, head)).toEqual([]);
		const { gaps, unrecorded } = findGaps(mapOf(body, head));
		expect(gaps).toEqual([]);
		expect(unrecorded.filter((u) => u.kind === 'seats' || u.kind === 'members' || u.kind === 'sector')).toEqual([]);
	});

	it('a group whose members are not recorded is a question, never isolated', () => {
		// The panel lists no members and says nothing else: the report does not say who sits on
		// it. "Nobody recorded" is not "nobody there".
		const body = `groups:
  - { id: panel, name: Panel, type: panel }
`;
		expect(gapsOf('isolated', body)).toEqual([]);
		expect(unrecordedOf('members', body)).toEqual([
			{ kind: 'members', ids: ['panel'], message: 'The map does not record who sits on Panel.', question: 'Who sits on Panel, and how often do they come?' }
		]);
	});

	it('a group whose members are recorded in part is a question too, tied or not', () => {
		const body = `agencies:
  - { id: schools, name: Schools, sector: education }
groups:
  - { id: panel, name: Panel, type: panel, members_recorded: partial, members: [schools] }
  - { id: bare, name: Bare group, type: panel, members_recorded: partial, members: [] }
`;
		expect(gapsOf('isolated', body)).toEqual([]);
		expect(unrecordedOf('members', body)).toEqual([
			{ kind: 'members', ids: ['panel'], message: 'The map records only some of who sits on Panel.', question: 'Who else sits on Panel?' },
			{ kind: 'members', ids: ['bare'], message: 'The map records only some of who sits on Bare group.', question: 'Who else sits on Bare group?' }
		]);
	});

	it('an agency or a post whose groups are not recorded is a question, never isolated', () => {
		// lone has no tie, but the map does not record which groups it sits on; the EP's post
		// sits on the panel, and the map records only some of its groups.
		const body = `agencies:
  - { id: lone, name: Lone agency, sector: other, groups_recorded: not-recorded }
  - { id: eps, name: EPs, sector: education }
roles:
  - { id: ep, name: EP, agency: eps, groups_recorded: partial }
groups:
  - { id: panel, name: Panel, type: panel, members: [ep] }
`;
		expect(gapsOf('isolated', body)).toEqual([]);
		expect(unrecordedOf('seats', body)).toEqual([
			{ kind: 'seats', ids: ['lone'], message: 'The map does not record which groups Lone agency sits on.', question: 'Which groups does Lone agency sit on?' },
			{ kind: 'seats', ids: ['ep'], message: 'The map records only some of the groups EP sits on.', question: 'Which other groups does EP sit on?' }
		]);
	});

	it('an agency or a post with no tie, seats recorded in full, is a question while any group’s membership is not', () => {
		// lone and solo have no tie, and their seats are recorded in full (by default); but the
		// map does not record who sits on the panel, nor all who sit on the forum, so either may
		// sit there unrecorded. The listed group (members: []) and the groups themselves are not
		// affected: groups never sit on groups.
		const body = `agencies:
  - { id: lone, name: Lone agency, sector: other }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: solo, name: Solo, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel }
  - { id: forum, name: Forum, type: forum, members_recorded: partial, members: [] }
  - { id: listed, name: Listed, type: panel, members: [] }
`;
		// solo is tied to schools, its employer, so neither is without a tie; lone is.
		expect(gapsOf('isolated', body)).toEqual([{ kind: 'isolated', ids: ['listed'], message: message('Listed') }]);
		expect(unrecordedOf('seats', body)).toEqual([
			{
				kind: 'seats',
				ids: ['lone', 'panel', 'forum'],
				message: 'No tie to Lone agency is recorded, but the map does not record everyone who sits on Panel and Forum.',
				question: 'Does Lone agency sit on one of them, and how does it hear what goes on?'
			}
		]);
		// With one open group only, "it".
		const one = body.replace('  - { id: forum, name: Forum, type: forum, members_recorded: partial, members: [] }\n', '');
		expect(unrecordedOf('seats', one)).toEqual([
			{
				kind: 'seats',
				ids: ['lone', 'panel'],
				message: 'No tie to Lone agency is recorded, but the map does not record everyone who sits on Panel.',
				question: 'Does Lone agency sit on it, and how does it hear what goes on?'
			}
		]);
		// With every membership recorded in full, lone is isolated: a gap, and no question.
		const full = one.replace('{ id: panel, name: Panel, type: panel }', '{ id: panel, name: Panel, type: panel, members: [] }');
		expect(gapsOf('isolated', full).map((g) => g.ids)).toEqual([['lone'], ['panel'], ['listed']]);
		expect(unrecordedOf('seats', full)).toEqual([]);
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

	it('names each expected sector no one sits on a group for, in the order of the set, when every seat is recorded', () => {
		// Seated: schools (education) as a member, a health visitor (post of health) as chair.
		// Social care is only linked to the group, which is not a seat. The panel lists its
		// members and every agency's groups are recorded (by default) in full.
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

	it('none when every expected sector is seated, and nothing to find out', () => {
		expect(gapsOf('missing-sector', EVERY_SECTOR_SEATED)).toEqual([]);
		expect(unrecordedOf('sector', EVERY_SECTOR_SEATED)).toEqual([]);
	});

	it('uses the map’s expected_sectors instead of the default set', () => {
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [education, police] }\n';
		expect(gapsOf('missing-sector', EVERY_SECTOR_SEATED, head).map((g) => g.sector)).toEqual(['police']);
		const none = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [] }\n';
		expect(gapsOf('missing-sector', '', none)).toEqual([]);
	});

	it('an option overrides both', () => {
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [police] }\n';
		const { gaps } = findGaps(mapOf(EVERY_SECTOR_SEATED, head), { expectedSectors: ['youth', 'health'] });
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

	it('where one group’s members are not recorded, the sectors no one is recorded for are a question, not a gap', () => {
		// Schools and health sit on the panel. Nobody is recorded from mental health, social
		// care, voluntary or families, but the map does not say who sits on the steering group:
		// anyone might. One question names all four sectors and the silent group.
		const body = `agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
groups:
  - { id: panel, name: Panel, type: panel, members: [schools, health] }
  - { id: steer, name: Steering group, type: steering-group }
`;
		expect(gapsOf('missing-sector', body)).toEqual([]);
		expect(unrecordedOf('sector', body)).toEqual([
			{
				kind: 'sector',
				ids: ['steer'],
				sectors: ['mental-health', 'social-care', 'voluntary', 'families'],
				message: 'No one from mental health, social care, voluntary and families is recorded on any group, but the map does not record who sits on Steering group.',
				question: 'Does anyone from mental health, social care, voluntary and families sit on a group here?'
			}
		]);
	});

	it('where an agency of the sector, or a post of it, has groups not recorded, that sector is a question; others stay gaps', () => {
		// Every group lists its members. Social care has no agency at all: a gap. CAMHS sits on
		// nothing the map records, but the map does not record its groups: a question. Expected
		// here: education (seated), mental health and social care.
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [education, mental-health, social-care] }\n';
		const body = (camhs: string, pcamhs: string) => `agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health${camhs} }
roles:
  - { id: pcamhs, name: Primary CAMHS worker, agency: camhs${pcamhs} }
groups:
  - { id: panel, name: Panel, type: panel, members: [schools] }
`;
		const socialCare = { kind: 'missing-sector', ids: [], sector: 'social-care', message: 'No one from social care sits on any group.' };
		expect(gapsOf('missing-sector', body(', groups_recorded: not-recorded', ''), head)).toEqual([socialCare]);
		expect(unrecordedOf('sector', body(', groups_recorded: not-recorded', ''), head)).toEqual([
			{
				kind: 'sector',
				ids: ['camhs'],
				sectors: ['mental-health'],
				message: 'No one from mental health is recorded on any group, but the map does not record which groups CAMHS sits on.',
				question: 'Does anyone from mental health sit on a group here?'
			}
		]);
		// The same when it is the agency's post whose groups are recorded only in part.
		expect(gapsOf('missing-sector', body('', ', groups_recorded: partial'), head)).toEqual([socialCare]);
		expect(unrecordedOf('sector', body('', ', groups_recorded: partial'), head).map((u) => [u.ids, u.sectors, u.message])).toEqual([
			[['pcamhs'], ['mental-health'], 'No one from mental health is recorded on any group, but the map does not record which groups Primary CAMHS worker sits on.']
		]);
		// With both recorded in full (the default), mental health is a gap as well.
		expect(gapsOf('missing-sector', body('', ''), head).map((g) => g.sector)).toEqual(['mental-health', 'social-care']);
		expect(unrecordedOf('sector', body('', ''), head)).toEqual([]);
	});

	it('names a silent group and silent agencies together', () => {
		// The forum's members are not recorded, and neither are the groups of the two voluntary
		// agencies: both are places someone from the voluntary sector might sit.
		const head = 'locality: { id: test, name: Test, as_of: "2005", expected_sectors: [voluntary] }\n';
		const body = `agencies:
  - { id: ark, name: The Ark, sector: voluntary, groups_recorded: not-recorded }
  - { id: mind, name: Mind, sector: voluntary, groups_recorded: partial }
groups:
  - { id: forum, name: Forum, type: forum }
`;
		expect(gapsOf('missing-sector', body, head)).toEqual([]);
		expect(unrecordedOf('sector', body, head).map((u) => [u.ids, u.message])).toEqual([
			[['forum', 'ark', 'mind'], 'No one from voluntary is recorded on any group, but the map does not record who sits on Forum, nor which groups The Ark and Mind sit on.']
		]);
	});
});

describe('no-route-to-centre', () => {
	const message = (name: string) =>
		`The map records no route from ${name} to the centre: neither a chain of raises-issues, reports-to or refers links nor anyone who sits on it leads to the local authority, a group it sits on or a body that holds resources.`;
	/**
	 * A steering group the local authority chairs (so the centre), a panel, and the links given.
	 * The panel lists its members as none (`members: []`), so its membership is recorded in full
	 * and no one unrecorded can carry its issues on: a missing route is asserted as a gap. The
	 * panel of `panelAnd(links, '')` does not list its members (so they are not recorded).
	 */
	const panelAnd = (links: string, members = ', members: []') =>
		`agencies:
  - { id: la, name: Local authority, sector: local-authority }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
  - { id: panel, name: Panel, type: panel${members} }
links:
${links}`;
	const question = (name: string) =>
		`Does anyone on ${name} take what it learns to the local authority, a group it sits on, or a body that holds resources?`;

	it('none for a panel that raises issues with a steering group the local authority chairs', () => {
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: panel, to: steer, kind: raises-issues }\n'))).toEqual([]);
	});

	it('a panel whose only link to that steering group is informs', () => {
		// The panel's membership is recorded in full (as none), so the missing route is a gap.
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: panel, to: steer, kind: informs }\n'))).toEqual([
			{ kind: 'no-route-to-centre', ids: ['panel'], message: message('Panel') }
		]);
		expect(unrecordedOf('route', panelAnd('  - { from: panel, to: steer, kind: informs }\n'))).toEqual([]);
	});

	it('a group with no route whose members are not recorded, or recorded in part, is a question, not a gap', () => {
		// The same panel, listing no members: whoever sits on it unrecorded may carry its issues
		// to the centre, so the audit asks instead of asserting. Likewise a panel that records
		// only some of its members (here, none of them tied to the centre).
		const unlisted = panelAnd('  - { from: panel, to: steer, kind: informs }\n', '');
		const partial = panelAnd('  - { from: panel, to: steer, kind: informs }\n', ', members: [la], members_recorded: partial');
		const partialNoLa = partial.replace('members: [la]', 'members: [{ id: la, attendance: absent }]');
		expect(gapsOf('no-route-to-centre', unlisted)).toEqual([]);
		expect(unrecordedOf('route', unlisted)).toEqual([
			{
				kind: 'route',
				ids: ['panel'],
				message: 'The map records no route from Panel to the centre, but it does not record everyone who sits on it.',
				question: question('Panel')
			}
		]);
		// With the local authority attending, the partial panel is in the centre itself: neither.
		expect(gapsOf('no-route-to-centre', partial)).toEqual([]);
		expect(unrecordedOf('route', partial)).toEqual([]);
		// With the local authority recorded as absent, it carries nothing: a question.
		expect(gapsOf('no-route-to-centre', partialNoLa)).toEqual([]);
		expect(unrecordedOf('route', partialNoLa).map((u) => u.ids)).toEqual([['panel']]);
	});

	it('counts raises-issues, reports-to and refers only', () => {
		for (const kind of ['raises-issues', 'reports-to', 'refers']) {
			expect(gapsOf('no-route-to-centre', panelAnd(`  - { from: panel, to: steer, kind: ${kind} }\n`)), kind).toEqual([]);
		}
		for (const kind of ['commissions', 'consults', 'supervises', 'informs']) {
			expect(gapsOf('no-route-to-centre', panelAnd(`  - { from: panel, to: steer, kind: ${kind} }\n`)).map((g) => g.ids), kind).toEqual([['panel']]);
		}
	});

	it('a group that funds another holds resources: it is the centre itself', () => {
		// Not a route to the steering group: the panel is in the centre by funding someone.
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: panel, to: steer, kind: funds }\n'))).toEqual([]);
	});

	it('follows the direction of the link: the steering group referring to the panel gives the panel no route', () => {
		expect(gapsOf('no-route-to-centre', panelAnd('  - { from: steer, to: panel, kind: refers }\n')).map((g) => g.ids)).toEqual([['panel']]);
	});

	it('follows chains of several links, through any item', () => {
		// team -> panel -> social care (an agency) -> steering group: all route links.
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
  - { id: social-care, name: Social care, sector: social-care }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
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
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
  - { id: panel, name: Panel, type: panel, members: [] }
  - { id: team, name: Team, type: school-consultation-team, members: [] }
links:
  - { from: team, to: panel, kind: raises-issues }
  - { from: panel, to: steer, kind: informs }
`;
		// Both list their members as none, so both gaps are asserted.
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['panel'], ['team']]);
		// Listing no members instead, the team is a question and the panel stays a gap.
		const teamUnlisted = body.replace('type: school-consultation-team, members: []', 'type: school-consultation-team');
		expect(gapsOf('no-route-to-centre', teamUnlisted).map((g) => g.ids)).toEqual([['panel']]);
		expect(unrecordedOf('route', teamUnlisted).map((u) => u.ids)).toEqual([['team']]);
	});

	it('an issue travels with the people who sit on a group: raised by a member, carried on by a member to another group', () => {
		// The team has no issue link, but the head sits on it and on the panel, which raises
		// issues with the LA-chaired steering group: team -> head -> panel -> steer. The forum's
		// only other member, camhs, is recorded as absent from it, and so carries nothing.
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
  - { id: panel, name: Panel, type: panel, members: [head, camhs] }
  - { id: team, name: Team, type: team, members: [head] }
  - { id: forum, name: Forum, type: forum, members: [{ id: camhs, attendance: absent }] }
links:
  - { from: panel, to: steer, kind: raises-issues }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['forum']]);
	});

	it('the local authority, or a post in it, is the centre', () => {
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

	it('no group is the centre by its type alone: a steering group, forum or core group the local authority does not sit on has no route', () => {
		// The local authority is in the map, so there is a centre, but it sits on none of these
		// (each lists its members as none, so that is recorded in full).
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
groups:
  - { id: steer, name: Steering group, type: steering-group, members: [] }
  - { id: forum, name: Forum, type: forum, members: [] }
  - { id: core, name: Core group, type: core-group, members: [] }
  - { id: network, name: Network, type: network, members: [] }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['steer'], ['forum'], ['core'], ['network']]);
		// Listing no members, the same four are questions, in the same order, and no gap.
		const unlisted = body.replaceAll(', members: []', '');
		expect(gapsOf('no-route-to-centre', unlisted)).toEqual([]);
		expect(unrecordedOf('route', unlisted).map((u) => u.ids)).toEqual([['steer'], ['forum'], ['core'], ['network']]);
	});

	it('a school council typed as a forum, with no one from the local authority on it, is not the centre (report 3.6)', () => {
		// Bicester's council "runs alongside the interagency forums ... and does not directly
		// relate to them". The ISS forum raises issues with the LA-chaired steering group.
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
  - { id: pupils, name: Pupils, sector: families }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
  - { id: iss-forum, name: ISS forum, type: forum }
  - { id: council, name: School council, type: forum, members: [pupils] }
links:
  - { from: iss-forum, to: steer, kind: raises-issues }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([{ kind: 'no-route-to-centre', ids: ['council'], message: message('School council') }]);
	});

	it('a group the local authority sits on is the centre: as chair, or as a member who attends; not as an absent member', () => {
		// steer: chaired by the LA lead (a post of the LA). forum: the LA attends occasionally.
		// panel: the LA is a member on paper only. None is linked to any other.
		const body = `agencies:
  - { id: la, name: Local authority, sector: local-authority }
roles:
  - { id: la-lead, name: LA lead, agency: la }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la-lead }
  - { id: forum, name: Forum, type: forum, members: [{ id: la, attendance: occasional }] }
  - { id: panel, name: Panel, type: panel, members: [{ id: la, attendance: absent }] }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['panel']]);
	});

	it('a funder is the centre: it holds resources', () => {
		// No local authority anywhere. The Children's Fund funds the project, which reports to it;
		// the panel has no issue link to anyone, and lists its members as none.
		const body = `agencies:
  - { id: fund, name: Children's Fund, sector: voluntary }
groups:
  - { id: project, name: Project, type: working-group }
  - { id: panel, name: Panel, type: panel, members: [] }
links:
  - { from: fund, to: project, kind: funds }
  - { from: project, to: fund, kind: reports-to }
`;
		expect(gapsOf('no-route-to-centre', body).map((g) => g.ids)).toEqual([['panel']]);
	});

	it('a map with no centre at all gets one gap naming every local group', () => {
		// No local authority, no group it sits on, no funds link: a steering group by type is
		// not enough. The external county panel is not named.
		const body = `groups:
  - { id: steer, name: Steering group, type: steering-group }
  - { id: network, name: Network, type: network }
  - { id: county-panel, name: County panel, type: panel, external: true }
links:
  - { from: network, to: steer, kind: raises-issues }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([
			{
				kind: 'no-route-to-centre',
				ids: ['steer', 'network'],
				message:
					'The map records no centre at all: no local authority, no group it sits on and no body that funds others. Nothing raised here is recorded as reaching the people who decide policy and resources.'
			}
		]);
	});

	it('skips external groups', () => {
		const body = `groups:
  - { id: county-panel, name: County panel, type: panel, external: true }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([]);
	});

	it('an external centre still counts as the centre', () => {
		const body = `agencies:
  - { id: la, name: County council, sector: local-authority, external: true }
groups:
  - { id: county, name: County board, type: steering-group, external: true, chair: la }
  - { id: panel, name: Panel, type: panel }
links:
  - { from: panel, to: county, kind: raises-issues }
`;
		expect(gapsOf('no-route-to-centre', body)).toEqual([]);
	});

	it('none in an empty map', () => {
		expect(gapsOf('no-route-to-centre', '')).toEqual([]);
	});

	it('Bicester: the school council has no route to the centre (3.6); the ISS forum does (Appendix 2b)', () => {
		// "runs alongside the interagency forums for discussion and does not directly relate to
		// them" (3.6); concerns "raised in the ISS forum and been taken forward to the Steering
		// Group" (Appendix 2b). The map records the council's members only in part (pupils; who
		// else sits on it is not reported), so its missing route is a question, not a gap.
		const result = findGaps(reportMap('bicester'));
		const gapIds = only('no-route-to-centre', result.gaps).flatMap((g) => g.ids);
		const routeIds = result.unrecorded.filter((u) => u.kind === 'route').flatMap((u) => u.ids);
		expect(routeIds).toContain('school-council');
		expect(gapIds).not.toContain('school-council');
		expect([...gapIds, ...routeIds]).not.toContain('iss-forum');
	});
});

describe('no-systems-minder', () => {
	const gap = { kind: 'no-systems-minder', ids: [], message: 'Every post is recorded as not minding the communication system: who notices when it goes wrong?' };
	const question = {
		kind: 'systems-minder',
		ids: [],
		message: 'The map does not record who minds the communication system.',
		question: 'Who minds the system here: who receives issues, frees up communication and notices when it goes wrong (report 3.8)?'
	};
	const roles = (head: string, senco: string) => `agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools${head} }
  - { id: senco, name: SENCO, agency: schools${senco} }
`;

	it('a gap only when every post is recorded as not minding the system', () => {
		expect(gapsOf('no-systems-minder', roles(', systems_minder: false', ', systems_minder: false'))).toEqual([gap]);
		expect(unrecordedOf('systems-minder', roles(', systems_minder: false', ', systems_minder: false'))).toEqual([]);
	});

	it('a question when no post is marked, or only some are marked false', () => {
		expect(gapsOf('no-systems-minder', roles('', ''))).toEqual([]);
		expect(unrecordedOf('systems-minder', roles('', ''))).toEqual([question]);
		expect(gapsOf('no-systems-minder', roles(', systems_minder: false', ''))).toEqual([]);
		expect(unrecordedOf('systems-minder', roles(', systems_minder: false', ''))).toEqual([question]);
	});

	it('neither when one post is marked', () => {
		expect(gapsOf('no-systems-minder', roles(', systems_minder: true', ''))).toEqual([]);
		expect(unrecordedOf('systems-minder', roles(', systems_minder: true', ', systems_minder: false'))).toEqual([]);
	});

	it('a question in a map with no posts at all, including an empty map', () => {
		expect(gapsOf('no-systems-minder', EVERY_SECTOR_SEATED)).toEqual([]);
		expect(unrecordedOf('systems-minder', EVERY_SECTOR_SEATED)).toEqual([question]);
		expect(unrecordedOf('systems-minder', '')).toEqual([question]);
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

	it('quotes absences the map records without names, even where it does not record the members (Appendix 2c)', () => {
		// Abingdon's panel suffered "significant absences from some agencies": the report names
		// neither the members nor the absent ones.
		const body = `groups:
  - { id: panel, name: Panel, type: panel, absences: Significant absences from some agencies }
`;
		expect(gapsOf('absent-members', body)).toEqual([
			{ kind: 'absent-members', ids: ['panel'], message: 'Panel meets without all its members: Significant absences from some agencies.' }
		]);
	});

	it('gives named absences first, then the recorded text', () => {
		const body = `agencies:
  - { id: camhs, name: CAMHS, sector: mental-health }
groups:
  - { id: panel, name: Panel, type: panel, members_recorded: partial, members: [{ id: camhs, attendance: absent }], absences: some agencies rarely come. }
`;
		expect(gapsOf('absent-members', body)).toEqual([
			{ kind: 'absent-members', ids: ['panel', 'camhs'], message: 'Panel meets without all its members: CAMHS (absent); some agencies rarely come.' }
		]);
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

	it('a gap when every group’s focus is recorded and none is upstream or both', () => {
		expect(gapsOf('no-upstream', groups(', focus: downstream'))).toEqual([gap]);
		expect(unrecordedOf('focus', groups(', focus: downstream'))).toEqual([]);
	});

	it('a question, naming them, when some group’s focus is not recorded', () => {
		expect(gapsOf('no-upstream', groups(''))).toEqual([]);
		expect(unrecordedOf('focus', groups(''))).toEqual([
			{
				kind: 'focus',
				ids: ['other'],
				message: 'No group is recorded with an upstream focus, but the map does not record the focus of Other.',
				question: 'Where do people talk about making things better for all children, not only those already in difficulty (report 3.3)?'
			}
		]);
	});

	it('neither when one group looks upstream, or both ways, whatever the others’ focus', () => {
		for (const focus of [', focus: upstream', ', focus: both']) {
			expect(gapsOf('no-upstream', groups(focus)), focus).toEqual([]);
			expect(unrecordedOf('focus', groups(focus)), focus).toEqual([]);
		}
		const withUnknown = `${groups(', focus: upstream')}  - { id: third, name: Third, type: panel }\n`;
		expect(unrecordedOf('focus', withUnknown)).toEqual([]);
	});

	it('neither in a map with no groups', () => {
		expect(gapsOf('no-upstream', '')).toEqual([]);
		expect(unrecordedOf('focus', '')).toEqual([]);
	});
});

describe('tier-gap', () => {
	const gap = { kind: 'tier-gap', ids: [], message: 'No group beyond the schools’ own covers tiers 2 to 3, where children fall between schools and other agencies’ thresholds.' };
	const question = 'Which group takes up the children between what schools can do and other agencies’ thresholds (report 1.3, 3.4)?';
	/** One group g of the type, tiers and members given (`members:` left out when members is null). */
	const panel = (type: string, tiers: string, members: string | null) => `agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: sebd, name: SEBD outreach, sector: education }
  - { id: social-care, name: Social care, sector: social-care }
  - { id: health, name: Health, sector: health }
roles:
  - { id: hv, name: Health visitor, agency: health }
groups:
  - { id: g, name: G, type: ${type}${tiers}${members === null ? '' : `, members: [${members}]`} }
`;

	it('none when a group with someone from outside education covers tier 2 or 3', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [3, 4]', 'schools, social-care'))).toEqual([]);
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [1, 2]', 'schools, social-care'))).toEqual([]);
		// The health visitor is a post of health: her agency's sector counts.
		expect(gapsOf('tier-gap', panel('forum', ', tiers: [2]', 'hv'))).toEqual([]);
		expect(unrecordedOf('tiers', panel('panel', ', tiers: [3, 4]', 'schools, social-care'))).toEqual([]);
	});

	it('when the only tier 2-3 group has education alone, and says so in full', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [3, 4]', 'schools, sebd'))).toEqual([gap]);
	});

	it('when the only tier 2-3 group is a school consultation team, whoever sits on it', () => {
		expect(gapsOf('tier-gap', panel('school-consultation-team', ', tiers: [2, 3]', 'schools, social-care'))).toEqual([gap]);
		expect(gapsOf('tier-gap', panel('school-consultation-team', ', tiers: [2, 3]', null))).toEqual([gap]);
	});

	it('when the group’s tiers are recorded and are 4 or 1 only, whoever sits on it', () => {
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [4]', 'social-care'))).toEqual([gap]);
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [1]', 'social-care'))).toEqual([gap]);
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [4]', null))).toEqual([gap]);
	});

	it('a question when a group beyond the schools does not record its tiers', () => {
		expect(gapsOf('tier-gap', panel('panel', '', 'social-care'))).toEqual([]);
		expect(unrecordedOf('tiers', panel('panel', '', 'social-care'))).toEqual([
			{
				kind: 'tiers',
				ids: ['g'],
				message: 'No group beyond the schools’ own is recorded covering tiers 2 to 3, but the map does not record the levels of need, or everyone on, G.',
				question
			}
		]);
	});

	it('a question when a tier 2-3 group, or one whose tiers are not given, does not record who sits on it', () => {
		// Only schools are recorded on it, but only in part: someone from outside might sit there.
		expect(gapsOf('tier-gap', panel('panel', ', tiers: [3]', null))).toEqual([]);
		expect(unrecordedOf('tiers', panel('panel', ', tiers: [3]', null)).map((u) => u.ids)).toEqual([['g']]);
		expect(unrecordedOf('tiers', panel('panel', '', null)).map((u) => u.ids)).toEqual([['g']]);
		const partial = panel('panel', ', tiers: [2, 3]', 'schools').replace('type: panel', 'type: panel, members_recorded: partial');
		expect(unrecordedOf('tiers', partial).map((u) => u.ids)).toEqual([['g']]);
	});

	it('a gap, not a question, when a group of schools alone does not give its tiers', () => {
		// Whatever its tiers, it is not beyond the schools' own.
		expect(gapsOf('tier-gap', panel('panel', '', 'schools, sebd'))).toEqual([gap]);
	});

	it('none in a map with no groups', () => {
		expect(gapsOf('tier-gap', '')).toEqual([]);
		expect(unrecordedOf('tiers', '')).toEqual([]);
	});
});

describe('findGaps', () => {
	it('lists the gaps in a fixed order of kinds', () => {
		// Everything recorded in full: lone is isolated; the panel seats schools (occasionally)
		// only, so five sectors are missing; there is no centre; the one post is recorded as not
		// minding the system; the panel looks downstream, at tier 3, with education alone.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: lone, name: Lone, sector: other }
roles:
  - { id: head, name: Head, agency: schools, systems_minder: false }
groups:
  - { id: panel, name: Panel, type: panel, focus: downstream, tiers: [3], members: [{ id: schools, attendance: occasional }] }
`);
		const { gaps, unrecorded } = findGaps(model);
		expect(gaps.map((g) => g.kind)).toEqual([
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
		expect(unrecorded).toEqual([]);
	});

	it('lists what is not recorded in a fixed order of kinds, with no gap it could contradict', () => {
		// Every silence at once: an agency's groups, a group's members, so the sectors; no post,
		// so the systems minder; the group's focus and tiers. Only the missing centre is a gap.
		const { gaps, unrecorded } = findGaps(
			mapOf(`agencies:
  - { id: x, name: X, sector: other, groups_recorded: not-recorded }
groups:
  - { id: g, name: G, type: panel }
`)
		);
		expect(unrecorded.map((u) => [u.kind, u.ids])).toEqual([
			['seats', ['x']],
			['members', ['g']],
			['sector', ['g']],
			['systems-minder', []],
			['focus', ['g']],
			['tiers', ['g']]
		]);
		expect(gaps.map((g) => g.kind)).toEqual(['no-route-to-centre']);
	});

	it('of an empty map: every default sector missing; who minds the system is not recorded; nothing about groups', () => {
		// An empty map has no one, so no one is isolated, no group lacks a route, no one is absent.
		// No one sits on a group and no group or agency is silent, so all six expected sectors
		// are missing. There is no post to mark, so the systems minder is a question.
		// no-upstream and tier-gap are skipped when the map has no groups at all.
		const { gaps, unrecorded } = findGaps(mapOf(''));
		expect(gaps.map((g) => [g.kind, g.sector ?? null])).toEqual([
			['missing-sector', 'education'],
			['missing-sector', 'health'],
			['missing-sector', 'mental-health'],
			['missing-sector', 'social-care'],
			['missing-sector', 'voluntary'],
			['missing-sector', 'families']
		]);
		expect(unrecorded.map((u) => u.kind)).toEqual(['systems-minder']);
	});
});
