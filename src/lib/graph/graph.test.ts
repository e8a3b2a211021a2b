import { describe, expect, it } from 'vitest';
import { loadMap } from '../load/load-map';
import type { LocalityModel } from '../model/locality-model';
import { sectorsPresent, toElements } from './elements';
import { forcePositions, layeredPositions, layerOf } from './layouts';
import { edgeTooltip, nodeTooltip } from './tooltip';
import { indexItems, type ItemId } from '../model/locality-model';

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
links:
  - { from: steering, to: county, kind: reports-to }
  - { from: panel, to: steering, kind: raises-issues, notes: termly }
`;

function model(): LocalityModel {
	const result = loadMap(MAP, { file: 'vale.yaml' });
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.value;
}

describe('toElements', () => {
	it('makes a node per item and an edge per post, membership, chair and link', () => {
		const elements = toElements(model());
		const nodes = elements.filter((e) => e.group === 'nodes');
		const edges = elements.filter((e) => e.group === 'edges');
		expect(nodes.map((n) => n.data.id)).toEqual(['county', 'schools', 'camhs', 'head', 'la-lead', 'steering', 'panel']);
		expect(edges.map((e) => e.data.id)).toEqual([
			'post:head',
			'post:la-lead',
			'member:steering:head',
			'member:steering:camhs',
			'chair:steering:la-lead',
			'member:panel:head',
			'member:panel:camhs',
			'link:0',
			'link:1'
		]);
	});

	it('gives roles their agency’s sector, groups their type, and marks attendance and external items', () => {
		const byId = new Map(toElements(model()).map((e) => [e.data.id, e]));
		expect(byId.get('head')?.classes).toBe('role sector-education');
		expect(byId.get('county')?.classes).toBe('agency sector-local-authority external');
		expect(byId.get('steering')?.classes).toBe('group type-steering-group');
		expect(byId.get('steering')?.data).toMatchObject({ label: 'Steering group\n(Steering group)', groupType: 'steering-group' });
		expect(byId.get('member:panel:camhs')?.classes).toBe('member attendance-occasional');
		expect(byId.get('link:0')?.classes).toBe('link link-reports-to');
	});

	it('lists the sectors present in the vocabulary’s order', () => {
		expect(sectorsPresent(model())).toEqual(['education', 'mental-health', 'local-authority']);
	});
});

describe('layouts', () => {
	it('layers the local authority, strategic groups, teams, services, then schools', () => {
		const m = model();
		const index = indexItems(m);
		const layers = Object.fromEntries([...index.values()].map((item) => [item.id, layerOf(item, index)]));
		expect(layers).toEqual({ county: 0, 'la-lead': 0, steering: 1, panel: 2, camhs: 3, schools: 4, head: 4 });
		const positions = layeredPositions(m);
		const y = (id: string) => positions.get(id as ItemId)!.y;
		expect(y('county')).toBeLessThan(y('steering'));
		expect(y('steering')).toBeLessThan(y('panel'));
		expect(y('camhs')).toBeLessThan(y('schools'));
	});

	it('gives the same positions every time', () => {
		expect(forcePositions(model())).toEqual(forcePositions(model()));
		expect(layeredPositions(model())).toEqual(layeredPositions(model()));
	});

	it('places every item, none on top of another', () => {
		for (const positions of [forcePositions(model()), layeredPositions(model())]) {
			expect(positions.size).toBe(7);
			const spots = new Set([...positions.values()].map((p) => `${Math.round(p.x / 20)},${Math.round(p.y / 20)}`));
			expect(spots.size).toBe(7);
		}
	});
});

describe('tooltips', () => {
	it('describe nodes and edges in words', () => {
		const m = model();
		const index = indexItems(m);
		expect(nodeTooltip(m, index, 'panel' as never)).toEqual({ title: 'Panel', lines: ['Panel', '2 members', 'Click for details'] });
		expect(nodeTooltip(m, index, 'head' as never)).toEqual({ title: 'Head teacher', lines: ['Role · Schools', 'Sits on 2 groups', 'Click for details'] });
		expect(edgeTooltip(m, index, 'link:1')).toEqual({ title: 'Panel → Steering group', lines: ['Raises issues with', 'termly'] });
		expect(edgeTooltip(m, index, 'member:panel:camhs')).toEqual({ title: 'CAMHS – Panel', lines: ['Member of the group (occasional)'] });
		expect(edgeTooltip(m, index, 'chair:steering:la-lead')).toEqual({ title: 'LA lead – Steering group', lines: ['Chair of the group'] });
	});
});
