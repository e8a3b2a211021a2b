/**
 * Where an issue goes: breadth first along the model's issue links (raises-issues, reports-to,
 * refers) from the starts, to the centre (centreOf: the local authority and its posts, a
 * group it sits on, a body that funds others), else to the nearest strategic group (steering
 * group, forum, network, core group). Each case is a small map whose path is read off by
 * hand, then what counts as the centre, ties, odd starts, the empty map and the City.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { reportMap } from '../../../tests/unit/helpers/maps';
import type { ItemId } from '../model/locality-model';
import { issuePath } from './issue-path';

const HEAD = 'locality: { id: test, name: Test, as_of: "2005" }\n';
const ids = (...list: string[]) => list as ItemId[];

/**
 * The same cast in every case: the council and a post in it, schools and a head, and one
 * group of each kind that matters (sct and panel are not strategic; core, steer and forum
 * are). No one sits on any group, so no group is the centre. Only the links differ.
 */
const withLinks = (links: string) =>
	modelOf(`${HEAD}agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
  - { id: charity, name: Charity, sector: voluntary }
roles:
  - { id: officer, name: Council officer, agency: la }
  - { id: head, name: Head, agency: schools }
groups:
  - { id: sct, name: School team, type: school-consultation-team }
  - { id: panel, name: Panel, type: panel }
  - { id: core, name: Core group, type: core-group }
  - { id: steer, name: Steering group, type: steering-group }
  - { id: forum, name: Forum, type: forum }
${links ? `links:\n${links}` : 'links: []\n'}`);

describe('issuePath', () => {
	it('follows a chain to the local authority, through the strategic group', () => {
		const model = withLinks(`  - { from: sct, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'core', 'la'], reachesCentre: true, centreReason: 'local-authority', reachesStrategicGroup: true });
	});

	it('takes all three route kinds, and a post in the local authority counts as the centre', () => {
		// head -refers-> panel -raises-issues-> steer -reports-to-> officer (a post in the council).
		const model = withLinks(`  - { from: head, to: panel, kind: refers }
  - { from: panel, to: steer, kind: raises-issues }
  - { from: steer, to: officer, kind: reports-to }
`);
		expect(issuePath(model, ids('head'))).toEqual({
			ids: ['head', 'panel', 'steer', 'officer'],
			reachesCentre: true,
			centreReason: 'local-authority',
			reachesStrategicGroup: true
		});
	});

	it('ignores every other kind of link', () => {
		// Only sct -> core is a route link; informs, commissions, consults, supervises and funds
		// to the council lead nowhere, so the path stops at the core group. (Funding makes sct a
		// body that holds resources, part of the centre, but it is where the issue begins.)
		const model = withLinks(`  - { from: sct, to: la, kind: informs }
  - { from: sct, to: la, kind: commissions }
  - { from: sct, to: la, kind: consults }
  - { from: sct, to: la, kind: supervises }
  - { from: sct, to: la, kind: funds }
  - { from: sct, to: core, kind: raises-issues }
  - { from: core, to: la, kind: informs }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'core'], reachesCentre: false, reachesStrategicGroup: true });
	});

	it('follows links from `from` to `to` only', () => {
		// The council reports to the school team: backwards for an issue raised in the team.
		const model = withLinks(`  - { from: la, to: sct, kind: reports-to }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct'], reachesCentre: false, reachesStrategicGroup: false });
	});

	it('prefers the local authority, however far, to a nearer strategic group', () => {
		// sct -> forum is one step and goes no further; sct -> panel -> charity -> la is three.
		const model = withLinks(`  - { from: sct, to: forum, kind: raises-issues }
  - { from: sct, to: panel, kind: refers }
  - { from: panel, to: charity, kind: refers }
  - { from: charity, to: la, kind: raises-issues }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'panel', 'charity', 'la'], reachesCentre: true, centreReason: 'local-authority', reachesStrategicGroup: false });
	});

	it('takes the shortest way to the local authority', () => {
		// Breadth first from sct: depth 1 panel, steer; depth 2 core (from panel), la (from steer).
		// la is found at depth 2 by the steering group; the way by panel and core is longer.
		const model = withLinks(`  - { from: sct, to: panel, kind: refers }
  - { from: sct, to: steer, kind: raises-issues }
  - { from: panel, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
  - { from: steer, to: la, kind: reports-to }
`);
		expect(issuePath(model, ids('sct')).ids).toEqual(['sct', 'steer', 'la']);
	});

	it('without the local authority, goes to the nearest strategic group', () => {
		// sct -> panel -> steer is two steps, sct -> forum one, though the panel's link is written first.
		const model = withLinks(`  - { from: sct, to: panel, kind: refers }
  - { from: panel, to: steer, kind: raises-issues }
  - { from: sct, to: forum, kind: raises-issues }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'forum'], reachesCentre: false, reachesStrategicGroup: true });
	});

	it('on a tie of length, takes the link written first', () => {
		// sct -> core -> la and sct -> steer -> la are both two steps.
		const viaCore = withLinks(`  - { from: sct, to: core, kind: raises-issues }
  - { from: sct, to: steer, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
  - { from: steer, to: la, kind: reports-to }
`);
		const viaSteer = withLinks(`  - { from: sct, to: steer, kind: raises-issues }
  - { from: sct, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
  - { from: steer, to: la, kind: reports-to }
`);
		expect(issuePath(viaCore, ids('sct')).ids).toEqual(['sct', 'core', 'la']);
		expect(issuePath(viaSteer, ids('sct')).ids).toEqual(['sct', 'steer', 'la']);
	});

	it('on a tie between strategic groups, the first reached wins too', () => {
		const model = withLinks(`  - { from: sct, to: forum, kind: raises-issues }
  - { from: sct, to: core, kind: raises-issues }
`);
		expect(issuePath(model, ids('sct')).ids).toEqual(['sct', 'forum']);
	});

	it('searches from every start at once: the nearest start wins, and on a tie the start listed first', () => {
		// head is two steps from the council (head -> panel -> la), sct one step.
		const model = withLinks(`  - { from: head, to: panel, kind: refers }
  - { from: panel, to: la, kind: refers }
  - { from: sct, to: la, kind: raises-issues }
  - { from: forum, to: la, kind: reports-to }
`);
		expect(issuePath(model, ids('head', 'sct')).ids).toEqual(['sct', 'la']);
		// sct and forum are both one step away: the one listed first wins.
		expect(issuePath(model, ids('sct', 'forum')).ids).toEqual(['sct', 'la']);
		expect(issuePath(model, ids('forum', 'sct')).ids).toEqual(['forum', 'la']);
	});

	it('never ends at a start: a post in the local authority still sends its issues on', () => {
		// officer is the centre, but it is where the issue begins.
		const model = withLinks(`  - { from: officer, to: core, kind: raises-issues }
  - { from: core, to: la, kind: reports-to }
`);
		expect(issuePath(model, ids('officer'))).toEqual({ ids: ['officer', 'core', 'la'], reachesCentre: true, centreReason: 'local-authority', reachesStrategicGroup: true });
		// A strategic group among the starts is not where the issue arrives either: the council is.
		expect(issuePath(model, ids('core'))).toEqual({ ids: ['core', 'la'], reachesCentre: true, centreReason: 'local-authority', reachesStrategicGroup: true });
		// And a chain that passes through another start goes on from that start.
		const through = withLinks(`  - { from: head, to: sct, kind: raises-issues }
  - { from: sct, to: la, kind: raises-issues }
`);
		expect(issuePath(through, ids('head', 'sct')).ids).toEqual(['sct', 'la']);
	});

	it('from the local authority itself with nowhere to go, the path is the start alone and does not count as reaching it', () => {
		const model = withLinks('');
		expect(issuePath(model, ids('la'))).toEqual({ ids: ['la'], reachesCentre: false, reachesStrategicGroup: false });
	});

	it('with no route anywhere, the path is the first start', () => {
		const model = withLinks(`  - { from: head, to: panel, kind: refers }
`);
		// head -> panel leads to no strategic group or centre.
		expect(issuePath(model, ids('sct', 'head'))).toEqual({ ids: ['sct'], reachesCentre: false, reachesStrategicGroup: false });
	});

	it('with no route anywhere but a strategic group among the starts, the path is that group', () => {
		// The code's fallback (the first strategic item queued) before the first start.
		const model = withLinks('');
		expect(issuePath(model, ids('head', 'forum'))).toEqual({ ids: ['forum'], reachesCentre: false, reachesStrategicGroup: true });
	});

	it('survives a cycle of route links', () => {
		const model = withLinks(`  - { from: sct, to: panel, kind: refers }
  - { from: panel, to: sct, kind: refers }
  - { from: panel, to: core, kind: raises-issues }
  - { from: core, to: panel, kind: refers }
`);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'panel', 'core'], reachesCentre: false, reachesStrategicGroup: true });
	});

	it('skips unknown and repeated starts; with no known start, or none, the path is empty', () => {
		const model = withLinks(`  - { from: sct, to: core, kind: raises-issues }
`);
		expect(issuePath(model, ids('nobody', 'sct', 'sct')).ids).toEqual(['sct', 'core']);
		expect(issuePath(model, ids('nobody'))).toEqual({ ids: [], reachesCentre: false, reachesStrategicGroup: false });
		expect(issuePath(model, [])).toEqual({ ids: [], reachesCentre: false, reachesStrategicGroup: false });
	});

	it('on the empty map, the path is empty', () => {
		expect(issuePath(modelOf(HEAD), ids('anything'))).toEqual({ ids: [], reachesCentre: false, reachesStrategicGroup: false });
	});

	it('the City, July 2005: the SCTs raise issues with the Core Group, which the local authority lead chairs', () => {
		// The Core Group is part of the centre: the local authority sits on it, as chair.
		expect(issuePath(reportMap('city-2005-07'), ids('scts'))).toEqual({
			ids: ['scts', 'core-group'],
			reachesCentre: true,
			centreReason: 'local-authority-sits-on',
			reachesStrategicGroup: true
		});
	});

	it('the City before the pilot: the SCTs reach the Core Group, on which Learning and Culture (the local authority) sits', () => {
		const path = issuePath(reportMap('city-2004'), ids('scts'));
		expect(path.ids).toEqual(['scts', 'core-group']);
		expect(path.reachesCentre).toBe(true);
		expect(path.centreReason).toBe('local-authority-sits-on');
	});
});

describe('issuePath: what counts as the centre', () => {
	const map = (groups: string, links: string) =>
		modelOf(`${HEAD}agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
  - { id: trust, name: Trust, sector: voluntary }
roles:
  - { id: officer, name: Council officer, agency: la }
  - { id: head, name: Head, agency: schools }
groups:
${groups}links:
${links}`);

	it('a group the local authority sits on is the centre: the path ends there', () => {
		const model = map(
			`  - { id: sct, name: School team, type: school-consultation-team, members: [head] }
  - { id: board, name: Board, type: working-group, members: [head, officer] }
`,
			`  - { from: sct, to: board, kind: raises-issues }
  - { from: board, to: la, kind: reports-to }
`
		);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'board'], reachesCentre: true, centreReason: 'local-authority-sits-on', reachesStrategicGroup: false });
	});

	it('a group the local authority is absent from is not the centre', () => {
		const model = map(
			`  - { id: sct, name: School team, type: school-consultation-team, members: [head] }
  - { id: board, name: Board, type: forum, members: [head, { id: officer, attendance: absent }] }
`,
			`  - { from: sct, to: board, kind: raises-issues }
`
		);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'board'], reachesCentre: false, reachesStrategicGroup: true });
	});

	it('a body that funds others is the centre', () => {
		const model = map(
			`  - { id: sct, name: School team, type: school-consultation-team, members: [head] }
`,
			`  - { from: sct, to: trust, kind: refers }
  - { from: trust, to: schools, kind: funds }
`
		);
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'trust'], reachesCentre: true, centreReason: 'holds-resources', reachesStrategicGroup: false });
	});

	it('a steering group or a network is strategic, but not the centre by its type alone', () => {
		const model = map(
			`  - { id: sct, name: School team, type: school-consultation-team, members: [head] }
  - { id: net, name: Network, type: network, members: [head] }
  - { id: steer, name: Steering group, type: steering-group, chair: head }
`,
			`  - { from: sct, to: net, kind: raises-issues }
  - { from: net, to: steer, kind: raises-issues }
`
		);
		// The network is the nearest strategic group; neither it nor the steering group is the centre.
		expect(issuePath(model, ids('sct'))).toEqual({ ids: ['sct', 'net'], reachesCentre: false, reachesStrategicGroup: true });
	});
});
