/**
 * The report's map: each item numbered in file order, drawn with the graph's marks for the
 * hubs, gaps and single points of failure, worked on a small map, and VALE saved as SVG.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../analysis/audit';
import { markColours } from '../graph/marks';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { mapOf, VALE } from '../../../tests/unit/helpers/maps';
import { auditMap, auditMapKey, auditMarks } from './audit-map';
import { sceneToSvg, type Shape } from './scene';

const ofType = <T extends Shape['type']>(shapes: readonly Shape[], type: T) => shapes.filter((s): s is Extract<Shape, { type: T }> => s.type === type);

/* A path a - p - b: the post p joins its agency a to b; its loss cuts b off, as the map records every seat. */
const PATH = mapOf(`agencies:
  - { id: a, name: A, sector: education }
  - { id: b, name: B, sector: health }
roles:
  - { id: p, name: Post, agency: a }
links:
  - { from: p, to: b, kind: informs }
`);

describe('auditMap', () => {
	const audited = audit(PATH);

	it('numbers every item in the order of the file, and keys the marks drawn', () => {
		const key = auditMapKey(PATH, audited);
		expect([...key.numbers]).toEqual([
			['a', 1],
			['b', 2],
			['p', 3]
		]);
		expect(auditMarks(PATH, audited)).toEqual(
			new Map([
				['p', ['hub', 'fragile']],
				['b', ['held']]
			])
		);
		expect(key.marks).toEqual(['hub', 'fragile', 'held']);
	});

	it('outlines a single point of failure in orange with a halo, and what it holds dashed', () => {
		const scene = auditMap(PATH, audited);
		const outlines = new Map(ofType(scene.shapes, 'polygon').map((p) => [p.title, p]));
		expect(outlines.get('Post')).toMatchObject({ stroke: markColours.fragile, width: 3.5 });
		expect(outlines.get('B')).toMatchObject({ stroke: markColours.fragile, width: 1.5, dash: '6,3' });
		expect(outlines.get('A')).toMatchObject({ stroke: '#1A1A1A', width: 1.2 });
		expect(outlines.get('A')?.dash).toBeUndefined();
		expect(ofType(scene.shapes, 'circle')).toHaveLength(1);
		expect(ofType(scene.shapes, 'text').map((t) => [t.text, t.weight])).toEqual([
			['1', 'normal'],
			['2', 'normal'],
			['3', 'bold']
		]);
	});

	it('VALE, saved', async () => {
		const model = modelOf(VALE);
		await expect(sceneToSvg(auditMap(model, audit(model)))).toMatchFileSnapshot('__snapshots__/audit-map-vale.svg');
	});
});
