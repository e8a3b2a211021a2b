import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { SMALL_MAP_EDGES, smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, tieAttributes, tieLabel, tiesOf } from './attributes';
import { toGexf } from './gexf';

/** Positions as a layout gives them (the graph's layouts are a later layer than this one). */
const positionsOf = (model: LocalityModel) => new Map(allItems(model).map((item, i) => [item.id, { x: i * 170 - 340, y: i * 37.5 }]));

function readBack(text: string) {
	const graph = parse(Graph, text);
	return {
		graph: graph.getAttributes(),
		nodes: graph.mapNodes((id, attributes) => ({ id, attributes })),
		edges: graph.mapEdges((_, attributes, source, target) => ({ source, target, attributes }))
	};
}

/** What graphology-gexf reads: every value with its own type, lists as lists. */
function expectedNodes(model: LocalityModel) {
	return allItems(model).map((item) => ({
		id: item.id,
		attributes: { label: item.name, kind: item.kind, ...Object.fromEntries(itemAttributes.flatMap((a) => (a.value(item) === undefined ? [] : [[a.key, a.value(item)]]))) }
	}));
}
function expectedEdges(model: LocalityModel) {
	return tiesOf(model).map((tie) => ({
		source: tie.from,
		target: tie.to,
		attributes: { label: tieLabel(tie), ...Object.fromEntries(tieAttributes.flatMap((a) => (a.value(tie) === undefined ? [] : [[a.key, a.value(tie)]]))) }
	}));
}

describe('GEXF', () => {
	it('writes the small map exactly so', async () => {
		const model = smallModel();
		await expect(toGexf(model, { positions: positionsOf(model) })).toMatchFileSnapshot('__snapshots__/vale.gexf');
	});

	it('reads back with graphology-gexf: every node, edge and attribute, typed, hostile names included', () => {
		const back = readBack(toGexf(smallModel()));
		expect(back.nodes).toEqual([
			{ id: 'schools', attributes: { label: 'Schools <script>alert(1)</script>', kind: 'agency', sector: 'education', tiers: [1, 2], count: 6, groups_recorded: 'complete' } },
			{ id: 'camhs', attributes: { label: 'CAMHS & "friends" ]]>', kind: 'agency', sector: 'mental-health', tiers: [3, 4], external: true, groups_recorded: 'partial' } },
			{ id: 'head', attributes: { label: '=HYPERLINK("x")', kind: 'role', agency: 'schools', funding: 'short-term', systems_minder: true, count: 0.8, groups_recorded: 'complete' } },
			{ id: 'panel', attributes: { label: 'Panel', kind: 'group', group_type: 'panel', meets: 'termly', chair: 'head', members_recorded: 'complete' } },
			{ id: 'steer', attributes: { label: 'Steering group', kind: 'group', group_type: 'steering-group', members_recorded: 'not-recorded', absences: 'Health, mostly' } }
		]);
		expect(back.edges).toEqual(SMALL_MAP_EDGES);
		expect(back.graph).toMatchObject({ creator: 'Locality maps', keywords: 'vale, 2005-07, pilot', description: 'Vale <&> "town" (vale), as of 2005-07. Six schools; ]]> and <b>bold</b>' });
	});

	it('carries the layout’s positions as viz:position', () => {
		const model = smallModel();
		const positions = positionsOf(model);
		const graph = parse(Graph, toGexf(model, { positions }));
		for (const item of allItems(model)) expect(graph.getNodeAttributes(item.id)).toMatchObject({ ...positions.get(item.id), z: 0 });
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('reads back the same nodes, edges and attributes: %s', (_, model) => {
		const back = readBack(toGexf(model));
		expect(back.nodes).toEqual(expectedNodes(model));
		expect(back.edges).toEqual(expectedEdges(model));
	});
});
