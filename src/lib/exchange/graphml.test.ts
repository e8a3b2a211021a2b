import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { SMALL_MAP_EDGES, smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, localityAttributes, tieAttributes, tieLabel, tiesOf, type Value } from './attributes';
import { graphmlValue, toGraphml } from './graphml';

/** Positions as a layout gives them (the graph's layouts are a later layer than this one). */
const positionsOf = (model: LocalityModel) => new Map(allItems(model).map((item, i) => [item.id, { x: i * 170 - 340, y: i * 37.5 }]));

/** What graphology-graphml reads from a value of each type: numbers and booleans as such, lists as text. */
const read = (value: Value) => (typeof value === 'number' || typeof value === 'boolean' ? value : graphmlValue(value));

function expectedNodes(model: LocalityModel) {
	return allItems(model).map((item) => ({
		id: item.id,
		attributes: {
			label: item.name,
			kind: item.kind,
			...Object.fromEntries(itemAttributes.flatMap((a) => (a.value(item) === undefined ? [] : [[a.key, read(a.value(item)!)]])))
		}
	}));
}

function expectedEdges(model: LocalityModel) {
	return tiesOf(model).map((tie) => ({
		source: tie.from,
		target: tie.to,
		attributes: { label: tieLabel(tie), ...Object.fromEntries(tieAttributes.flatMap((a) => (a.value(tie) === undefined ? [] : [[a.key, a.value(tie)]]))) }
	}));
}

function readBack(text: string) {
	const graph = parse(Graph, text);
	return {
		graph: graph.getAttributes(),
		nodes: graph.mapNodes((id, attributes) => ({ id, attributes })),
		edges: graph.mapEdges((_, attributes, source, target) => ({ source, target, attributes }))
	};
}

describe('GraphML', () => {
	it('writes the small map exactly so', async () => {
		const model = smallModel();
		await expect(toGraphml(model, { positions: positionsOf(model) })).toMatchFileSnapshot('__snapshots__/vale.graphml');
	});

	it('reads back with graphology-graphml: every node, edge and attribute, typed, hostile names included', () => {
		const model = smallModel();
		const back = readBack(toGraphml(model));
		expect(back.nodes).toEqual([
			{ id: 'schools', attributes: { label: 'Schools <script>alert(1)</script>', kind: 'agency', sector: 'education', tiers: '1|2', count: 6, groups_recorded: 'complete' } },
			{ id: 'camhs', attributes: { label: 'CAMHS & "friends" ]]>', kind: 'agency', sector: 'mental-health', tiers: '3|4', external: true, groups_recorded: 'partial' } },
			{ id: 'head', attributes: { label: '=HYPERLINK("x")', kind: 'role', agency: 'schools', funding: 'short-term', systems_minder: true, count: 0.8, groups_recorded: 'complete' } },
			{ id: 'panel', attributes: { label: 'Panel', kind: 'group', group_type: 'panel', meets: 'termly', chair: 'head', members_recorded: 'complete' } },
			{ id: 'steer', attributes: { label: 'Steering group', kind: 'group', group_type: 'steering-group', members_recorded: 'not-recorded', absences: 'Health, mostly' } }
		]);
		expect(back.edges).toEqual(SMALL_MAP_EDGES);
		expect(back.graph).toEqual({
			id: 'vale',
			locality_id: 'vale',
			locality_name: 'Vale <&> "town"',
			locality_kind: 'pilot',
			as_of: '2005-07',
			boundary: 'clear',
			summary: 'Six schools; ]]> and <b>bold</b>',
			sources: 'Appendix 2b|3.1'
		});
	});

	it('carries the layout’s positions as x and y', () => {
		const model = smallModel();
		const positions = positionsOf(model);
		const graph = parse(Graph, toGraphml(model, { positions }));
		for (const item of allItems(model)) {
			expect(graph.getNodeAttribute(item.id, 'x')).toBe(positions.get(item.id)!.x);
			expect(graph.getNodeAttribute(item.id, 'y')).toBe(positions.get(item.id)!.y);
		}
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('reads back the same nodes, edges and attributes: %s', (_, model) => {
		const back = readBack(toGraphml(model));
		expect(back.nodes).toEqual(expectedNodes(model));
		expect(back.edges).toEqual(expectedEdges(model));
		expect(back.graph).toEqual({
			id: model.locality.id,
			...Object.fromEntries(localityAttributes.flatMap((a) => (a.value(model.locality) === undefined ? [] : [[a.key, graphmlValue(a.value(model.locality)!)]])))
		});
		// Every item and every membership and link, once.
		expect(back.nodes).toHaveLength(allItems(model).length);
		expect(back.edges).toHaveLength(model.groups.reduce((n, g) => n + g.members.length, 0) + model.links.length);
	});
});
