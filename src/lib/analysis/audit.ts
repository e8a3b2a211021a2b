/**
 * The whole audit of one map: its size and shape, hubs, overlaps, gaps and single points
 * of failure, as plain data for the command line (`map audit --json`), the audit panel
 * and the comparison of localities. With `removed`, the same audit of the map without
 * those items, and what their loss cuts off.
 */
import { countConnectedComponents } from 'graphology-components';
import { density } from 'graphology-metrics/graph/density';
import { connectedComponents, largestConnectedComponent } from 'graphology-components';
import { indexItems, seatsRecorded, type ItemId, type LocalityModel } from '../model/locality-model';
import { findFragile, type FragilePoint } from './find-fragile';
import { findGaps, type Gap, type Unrecorded } from './find-gaps';
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
	/** Every item, most ties first, then highest betweenness. */
	readonly hubs: readonly Hub[];
	readonly overlaps: readonly MemberOverlap[];
	readonly purposeOverlaps: readonly PurposeOverlap[];
	readonly load: readonly MeetingLoad[];
	readonly gaps: readonly Gap[];
	/** What the map does not record, so what the audit cannot say: each with what to find out. */
	readonly unrecorded: readonly Unrecorded[];
	readonly fragile: readonly FragilePoint[];
	/**
	 * With `removed`: the items taken out; those no longer joined to the main part; and those
	 * the map records no tie for back to it, but whose piece holds a seat it does not record
	 * in full (the same rule as the single points of failure).
	 */
	readonly whatIf?: { readonly removed: readonly ItemId[]; readonly cutOff: readonly ItemId[]; readonly unsure: readonly ItemId[] };
}

export function audit(original: LocalityModel, options: AuditOptions = {}): Audit {
	const removed = options.removed ?? [];
	const model = removeItems(original, removed);
	const graph = structureGraph(model);
	const { id, name, as_of } = model.locality;
	const { gaps, unrecorded } = findGaps(model, {}, graph);
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
		gaps,
		unrecorded,
		fragile: findFragile(model, graph)
	};
	if (removed.length === 0) return result;
	const mainBefore = new Set(largestConnectedComponent(structureGraph(original)));
	const mainAfter = new Set(largestConnectedComponent(graph));
	// A piece left apart is sure only when the map records in full where each of its items sits.
	const index = indexItems(model);
	const openGroups = model.groups.some((g) => g.members_recorded !== 'complete');
	const unsurePieces = new Set<number>();
	const pieces = connectedComponents(graph);
	const pieceOf = new Map<string, number>();
	pieces.forEach((piece, i) => {
		for (const id of piece) {
			pieceOf.set(id, i);
			const item = index.get(id as ItemId);
			if (!item || seatsRecorded(item) !== 'complete' || (item.kind !== 'group' && openGroups)) unsurePieces.add(i);
		}
	});
	// In the order the items stand in the map, so the list reads the same every time.
	const apart = graph.nodes().filter((item) => mainBefore.has(item) && !mainAfter.has(item)) as ItemId[];
	const cutOff = apart.filter((id) => !unsurePieces.has(pieceOf.get(id)!));
	const unsure = apart.filter((id) => unsurePieces.has(pieceOf.get(id)!));
	return { ...result, whatIf: { removed: [...removed], cutOff, unsure } };
}
