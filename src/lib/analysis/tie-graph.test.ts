/**
 * The network the audit measures: one node per item, one edge per pair of items tied in any
 * way (a post in its agency, a member, a chair, a link either way), the ties the map draws.
 */
import { describe, expect, it } from 'vitest';
import { mapOf } from '../../../tests/unit/helpers/maps';
import { densityOf, tieGraph, type TieGraph } from './tie-graph';

/** Each edge once, as a sorted `a~b` pair, sorted. */
const pairsOf = (g: TieGraph) => {
	const out = new Set<string>();
	for (let i = 0; i < g.ids.length; i++) for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) out.add([g.ids[i], g.ids[g.targets[e]]].sort().join('~'));
	return [...out].sort();
};
const edgesOf = (body: string) => pairsOf(tieGraph(mapOf(body)));

describe('tieGraph', () => {
	it('ties a post to its agency: a post on no group and in no link still has its line', () => {
		expect(
			edgesOf(`agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: hsclw, name: Link worker, agency: schools }
`)
		).toEqual(['hsclw~schools']);
	});

	it('ties a chair to the group it chairs, listed as a member or not', () => {
		expect(
			edgesOf(`agencies:
  - { id: la, name: LA, sector: local-authority }
  - { id: camhs, name: CAMHS, sector: mental-health }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: la }
  - { id: panel, name: Panel, type: panel, chair: camhs, members: [camhs] }
`)
		).toEqual(['camhs~panel', 'la~steer']);
	});

	it('makes one edge per pair, however many ways they are tied', () => {
		// head: post of schools and linked to it; chairs, sits on and is linked both ways to the
		// panel. Two pairs.
		const graph = tieGraph(
			mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, chair: head, members: [head] }
links:
  - { from: head, to: panel, kind: refers }
  - { from: panel, to: head, kind: informs }
  - { from: head, to: schools, kind: informs }
`)
		);
		expect(graph.ids.length).toBe(3);
		expect(graph.edges).toBe(2);
		// Both directions are stored: each pair twice in the rows.
		expect(graph.targets.length).toBe(4);
		// 2 ties of the 3 possible.
		expect(densityOf(graph)).toBeCloseTo(2 / 3, 10);
	});

	it('keeps every item as a node, with its kind and name, tied or not', () => {
		const graph = tieGraph(
			mapOf(`agencies:
  - { id: lone, name: Lone, sector: other }
groups:
  - { id: panel, name: Panel, type: panel }
`)
		);
		expect(graph.ids).toEqual(['lone', 'panel']);
		expect(graph.items[1]).toMatchObject({ kind: 'group', name: 'Panel' });
		expect(graph.index.get('panel' as never)).toBe(1);
		expect(graph.edges).toBe(0);
		expect(densityOf(graph)).toBe(0);
	});

	it('holds ids that are names of Object.prototype as ordinary data', () => {
		const graph = tieGraph(
			mapOf(`agencies:
  - { id: constructor, name: Constructor, sector: other }
  - { id: hasownproperty, name: Has own property, sector: other }
roles:
  - { id: tostring, name: To string, agency: constructor }
  - { id: valueof, name: Value of, agency: constructor }
groups:
  - { id: proto, name: Proto, type: panel, members: [tostring, hasownproperty] }
`)
		);
		expect(pairsOf(graph)).toEqual(['constructor~tostring', 'constructor~valueof', 'hasownproperty~proto', 'proto~tostring']);
	});
});
