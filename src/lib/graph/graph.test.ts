import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { sectorsPresent, toElements, type EdgeData } from './elements';
import { edgeTooltip, nodeTooltip } from './tooltip';

const MAP = `locality: { id: vale, name: Vale, as_of: 2005 }
agencies:
  - { id: county, name: County Council, sector: local-authority, external: true }
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: head, name: Head teacher, agency: schools }
  - { id: la-lead, name: LA lead, agency: county }
groups:
  - { id: steering, name: Steering group, type: steering-group, chair: la-lead, members: [head, camhs] }
  - { id: panel, name: Panel, type: panel, members: [head, { id: camhs, attendance: occasional }] }
  - { id: forum, name: Forum, type: forum }
  - { id: network, name: Network, type: network, members_recorded: partial, members: [head] }
links:
  - { from: steering, to: county, kind: reports-to }
  - { from: panel, to: steering, kind: raises-issues, notes: termly }
`;

const model = (): LocalityModel => modelOf(MAP);
const id = (s: string) => s as ItemId;
/** The typed data of one edge, found by its tie rather than by its id. */
const edgeWhere = (m: LocalityModel, test: (d: EdgeData) => boolean): EdgeData => {
	const found = toElements(m).flatMap((e) => (e.group === 'edges' && test(e.data) ? [e.data] : []));
	expect(found).toHaveLength(1);
	return found[0];
};

describe('toElements', () => {
	it('makes a node per item and an edge per tie: post, membership, chair and link', () => {
		const elements = toElements(model());
		const nodes = elements.filter((e) => e.group === 'nodes');
		const edges = elements.filter((e) => e.group === 'edges');
		expect(nodes.map((n) => n.data.id)).toEqual(['county', 'schools', 'camhs', 'head', 'la-lead', 'steering', 'panel', 'forum', 'network']);
		expect(edges.map((e) => e.data.id)).toEqual([
			'post:head',
			'post:la-lead',
			'member:steering:head',
			'member:steering:camhs',
			'chair:steering:la-lead',
			'member:panel:head',
			'member:panel:camhs',
			'member:network:head',
			'link:0',
			'link:1'
		]);
	});

	it('carries each tie’s facts as typed fields', () => {
		const edges = new Map(toElements(model()).flatMap((e) => (e.group === 'edges' ? [[e.data.id, e.data]] : [])));
		expect(edges.get('post:la-lead')).toEqual({ id: 'post:la-lead', source: 'la-lead', target: 'county', relation: 'post' });
		expect(edges.get('member:panel:camhs')).toEqual({ id: 'member:panel:camhs', source: 'camhs', target: 'panel', relation: 'member', attendance: 'occasional', chair: false });
		expect(edges.get('chair:steering:la-lead')).toEqual({ id: 'chair:steering:la-lead', source: 'la-lead', target: 'steering', relation: 'chair' });
		expect(edges.get('link:1')).toEqual({ id: 'link:1', source: 'panel', target: 'steering', relation: 'link', linkKind: 'raises-issues', linkIndex: 1 });
	});

	it('gives roles their agency’s sector, groups their type, and marks attendance and external items', () => {
		const byId = new Map(toElements(model()).map((e) => [e.data.id, e]));
		expect(byId.get('head')?.classes).toBe('role sector-education');
		expect(byId.get('county')?.classes).toBe('agency sector-local-authority external');
		expect(byId.get('steering')?.classes).toBe('group type-steering-group');
		expect(byId.get('steering')?.data).toMatchObject({ label: 'Steering group\n(Steering group)', groupType: 'steering-group' });
		expect(byId.get('member:panel:camhs')?.classes).toBe('member attendance-occasional');
		expect(byId.get('chair:steering:la-lead')?.classes).toBe('member chair');
		expect(byId.get('link:0')?.classes).toBe('link link-reports-to');
	});

	it('lists the sectors present in the vocabulary’s order', () => {
		expect(sectorsPresent(model())).toEqual(['education', 'mental-health', 'local-authority']);
	});
});

describe('tooltips', () => {
	it('describe nodes in words, counting a chair who is not listed as a member as sitting on the group', () => {
		const m = model();
		const index = indexItems(m);
		expect(nodeTooltip(m, index, id('panel'))).toEqual({ title: 'Panel', lines: ['Panel', '2 members', 'Click for details'] });
		expect(nodeTooltip(m, index, id('steering'))?.lines).toEqual(['Steering group', '3 members', 'Click for details']);
		expect(nodeTooltip(m, index, id('head'))).toEqual({ title: 'Head teacher', lines: ['Role · Schools', 'Sits on 3 groups', 'Click for details'] });
		expect(nodeTooltip(m, index, id('la-lead'))?.lines).toEqual(['Role · County Council', 'Sits on 1 group', 'Click for details']);
		expect(nodeTooltip(m, index, id('nobody'))).toBeUndefined();
	});

	it('never reads a silence of the map as none', () => {
		const m = model();
		const index = indexItems(m);
		expect(nodeTooltip(m, index, id('forum'))?.lines).toEqual(['Forum', 'Members not recorded', 'Click for details']);
		expect(nodeTooltip(m, index, id('network'))?.lines).toEqual(['Network', '1 member recorded; others not named', 'Click for details']);
		const silent = modelOf(MAP.replace('{ id: camhs, name: CAMHS, sector: mental-health }', '{ id: camhs, name: CAMHS, sector: mental-health, groups_recorded: not-recorded }'));
		expect(nodeTooltip(silent, indexItems(silent), id('camhs'))?.lines).toEqual(['Agency · Mental health', 'Sits on 2 groups recorded; others not named', 'Click for details']);
		const unknown = modelOf(MAP.replace('{ id: la-lead, name: LA lead, agency: county }', '{ id: la-lead, name: LA lead, agency: county, groups_recorded: not-recorded }').replace('chair: la-lead, ', ''));
		expect(nodeTooltip(unknown, indexItems(unknown), id('la-lead'))?.lines).toEqual(['Role · County Council', 'Groups not recorded', 'Click for details']);
	});

	it('describe each edge from its typed data', () => {
		const m = model();
		const index = indexItems(m);
		const link = edgeWhere(m, (d) => d.relation === 'link' && d.linkIndex === 1);
		expect(edgeTooltip(m, index, link)).toEqual({ title: 'Panel → Steering group', lines: ['Raises issues with', 'termly'] });
		const member = edgeWhere(m, (d) => d.relation === 'member' && d.source === 'camhs' && d.target === 'panel');
		expect(edgeTooltip(m, index, member)).toEqual({ title: 'CAMHS – Panel', lines: ['Member of the group (occasional)'] });
		const chair = edgeWhere(m, (d) => d.relation === 'chair');
		expect(edgeTooltip(m, index, chair)).toEqual({ title: 'LA lead – Steering group', lines: ['Chair of the group'] });
		const post = edgeWhere(m, (d) => d.relation === 'post' && d.source === 'head');
		expect(edgeTooltip(m, index, post)).toEqual({ title: 'Head teacher – Schools', lines: ['A post in this agency'] });
	});
});
