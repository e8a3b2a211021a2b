/**
 * The network the audit measures: one node per item, one edge per pair of items tied in any
 * way (a post in its agency, a member, a chair, a link either way), the ties the map draws.
 */
import { describe, expect, it } from 'vitest';
import { mapOf } from '../../../tests/unit/helpers/maps';
import { structureGraph } from './structure-graph';

/** The edges as sorted `a~b` pairs, sorted. */
const edgesOf = (body: string) =>
	structureGraph(mapOf(body))
		.mapEdges((_edge, _attributes, source, target) => [source, target].sort().join('~'))
		.sort();

describe('structureGraph', () => {
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
		const graph = structureGraph(
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
		expect(graph.order).toBe(3);
		expect(graph.size).toBe(2);
	});

	it('keeps every item as a node, with its kind and name, tied or not', () => {
		const graph = structureGraph(
			mapOf(`agencies:
  - { id: lone, name: Lone, sector: other }
groups:
  - { id: panel, name: Panel, type: panel }
`)
		);
		expect(graph.nodes()).toEqual(['lone', 'panel']);
		expect(graph.getNodeAttributes('panel')).toEqual({ kind: 'group', name: 'Panel' });
		expect(graph.size).toBe(0);
	});
});
