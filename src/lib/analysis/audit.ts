/**
 * The whole audit of one map: its size and shape, hubs, overlaps, gaps and single points
 * of failure, as plain data for the command line (`map audit --json`), the audit panel
 * and the comparison of localities. With `removed`, the same audit of the map without
 * those items, and what their loss cuts off.
 */
import { countConnectedComponents } from 'graphology-components';
import { density } from 'graphology-metrics/graph/density';
import { largestConnectedComponent } from 'graphology-components';
import type { ItemId, LocalityModel } from '../model/locality-model';
import { findFragile, type FragilePoint } from './find-fragile';
import { findGaps, type Gap } from './find-gaps';
import { findHubs, type Hub } from './find-hubs';
import { findMemberOverlaps, findPurposeOverlaps, meetingLoad, type MeetingLoad, type MemberOverlap, type PurposeOverlap } from './find-overlaps';
import { removeItems } from './remove-items';
import { structureGraph } from './structure-graph';

export interface AuditOptions {
	/** Least Jaccard index for two groups to count as overlapping (default 0.5). */
	readonly overlapThreshold?: number;
	/** Items to take out of the map before auditing it. */
	readonly removed?: readonly ItemId[];
}

export interface Audit {
	readonly locality: { readonly id: string; readonly name: string; readonly as_of: string };
	readonly metrics: { readonly nodes: number; readonly edges: number; readonly density: number; readonly components: number };
	/** Every item, highest betweenness first. */
	readonly hubs: readonly Hub[];
	readonly overlaps: readonly MemberOverlap[];
	readonly purposeOverlaps: readonly PurposeOverlap[];
	readonly load: readonly MeetingLoad[];
	readonly gaps: readonly Gap[];
	readonly fragile: readonly FragilePoint[];
	/** With `removed`: the items taken out, and those no longer joined to the main part. */
	readonly whatIf?: { readonly removed: readonly ItemId[]; readonly cutOff: readonly ItemId[] };
}

export function audit(original: LocalityModel, options: AuditOptions = {}): Audit {
	const removed = options.removed ?? [];
	const model = removeItems(original, removed);
	const graph = structureGraph(model);
	const { id, name, as_of } = model.locality;
	const result: Audit = {
		locality: { id, name, as_of },
		metrics: {
			nodes: graph.order,
			edges: graph.size,
			density: graph.order > 1 ? Math.round(density(graph) * 1000) / 1000 : 0,
			components: countConnectedComponents(graph)
		},
		hubs: findHubs(model, {}, graph),
		overlaps: findMemberOverlaps(model, { threshold: options.overlapThreshold }),
		purposeOverlaps: findPurposeOverlaps(model),
		load: meetingLoad(model),
		gaps: findGaps(model),
		fragile: findFragile(model, graph)
	};
	if (removed.length === 0) return result;
	const mainBefore = new Set(largestConnectedComponent(structureGraph(original)));
	const mainAfter = new Set(largestConnectedComponent(graph));
	// In the order the items stand in the map, so the list reads the same every time.
	const cutOff = graph.nodes().filter((item) => mainBefore.has(item) && !mainAfter.has(item)) as ItemId[];
	return { ...result, whatIf: { removed: [...removed], cutOff } };
}
