/**
 * What if: the map without some items, their seats, chairs and links going with them, and
 * an agency's posts going with the agency.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { HEAD, reportMap } from '../../../tests/unit/helpers/maps';
import type { ItemId, LocalityModel } from '../model/locality-model';
import { removeItems } from './remove-items';
import { structureGraph } from '../../../tests/unit/helpers/graphology';

/** Ids as the analyses take them (a branded string). */
const ids = (...list: string[]) => list as ItemId[];

const MODEL = modelOf(`${HEAD}agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: social-care, name: Social care, sector: social-care }
  - { id: la, name: Local authority, sector: local-authority }
roles:
  - { id: head, name: Head, agency: schools }
  - { id: sw, name: Social worker, agency: social-care }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: sw, members: [la, sw] }
  - { id: panel, name: Panel, type: panel, members: [head, { id: sw, attendance: occasional }] }
links:
  - { from: panel, to: steer, kind: raises-issues }
  - { from: head, to: panel, kind: refers }
  - { from: panel, to: sw, kind: refers }
`);

/** The map in short: item ids, each group's chair and members, each link's ends. */
function outline(model: LocalityModel) {
	return {
		agencies: model.agencies.map((a) => a.id),
		roles: model.roles.map((r) => r.id),
		groups: model.groups.map((g) => [g.id, g.chair ?? null, g.members.map((m) => m.id)]),
		links: model.links.map((l) => `${l.from}>${l.to}`)
	};
}

describe('removeItems', () => {
	it('with nothing to remove, returns the map itself', () => {
		expect(removeItems(MODEL, [])).toBe(MODEL);
	});

	it('a post: its seats, the chair it held and its links go; the groups stay', () => {
		expect(outline(removeItems(MODEL, ids('sw')))).toEqual({
			agencies: ['schools', 'social-care', 'la'],
			roles: ['head'],
			groups: [
				['steer', null, ['la']],
				['panel', null, ['head']]
			],
			links: ['panel>steer', 'head>panel']
		});
	});

	it('a group: it and its links go', () => {
		expect(outline(removeItems(MODEL, ids('panel')))).toEqual({
			agencies: ['schools', 'social-care', 'la'],
			roles: ['head', 'sw'],
			groups: [['steer', 'sw', ['la', 'sw']]],
			links: []
		});
	});

	it('an agency: its posts go too, and with them their seats, chairs and links', () => {
		// Taking out social care takes out the social worker, who chaired the steering group,
		// sat on both groups and received the panel's referrals.
		expect(outline(removeItems(MODEL, ids('social-care')))).toEqual({
			agencies: ['schools', 'la'],
			roles: ['head'],
			groups: [
				['steer', null, ['la']],
				['panel', null, ['head']]
			],
			links: ['panel>steer', 'head>panel']
		});
	});

	it('several at once', () => {
		expect(outline(removeItems(MODEL, new Set(ids('head', 'steer'))))).toEqual({
			agencies: ['schools', 'social-care', 'la'],
			roles: ['sw'],
			groups: [['panel', null, ['sw']]],
			links: ['panel>sw']
		});
	});

	it('an id not in the map changes nothing', () => {
		expect(removeItems(MODEL, ids('nobody'))).toEqual(MODEL);
	});

	it('leaves the original map as it was', () => {
		const before = JSON.stringify(MODEL);
		removeItems(MODEL, ids('social-care', 'panel'));
		expect(JSON.stringify(MODEL)).toBe(before);
	});

	it('of an empty map is empty', () => {
		const empty = modelOf(HEAD);
		expect(outline(removeItems(empty, ids('anything')))).toEqual({ agencies: [], roles: [], groups: [], links: [] });
	});
});

describe('what if, on the report’s Abingdon (Appendix 2c)', () => {
	it('without the pilot co-ordinator, the local services he linked are tied to no one', () => {
		// He "had been doing much of the link work" with them (see find-fragile.test.ts).
		const without = structureGraph(removeItems(reportMap('abingdon'), ids('pilot-coordinator')));
		expect(without.hasNode('pilot-coordinator')).toBe(false);
		expect(without.degree('local-services')).toBe(0);
	});
});
