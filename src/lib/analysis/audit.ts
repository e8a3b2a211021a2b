/**
 * The whole audit of one map: its size and shape, hubs, overlaps, gaps and single points
 * of failure, as plain data for the command line (`map audit --json`), the audit panel
 * and the comparison of localities. With `removed`, the same audit of the map without
 * those items, and what their loss cuts off.
 */
import { seatsRecorded, type ItemId, type LocalityModel } from '../model/locality-model';
import { findFragile, type FragilePoint } from './find-fragile';
import { findGaps, type Gap, type Unrecorded } from './find-gaps';
import { findHubs, type Hub } from './find-hubs';
import { memberOverlapSearch, purposeOverlapSearch, meetingLoad, type MeetingLoad, type MemberOverlap, type PurposeOverlap } from './find-overlaps';
import { removeItems } from './remove-items';
import { piecesWithout } from './articulation-points';
import { densityOf, tieGraph, type TieGraph } from './tie-graph';

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
	/** Where a search stopped at a bound (a map far larger or denser than any locality), in plain words. */
	readonly limits: readonly string[];
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
	const graph = tieGraph(model);
	const parts = piecesWithout(graph, -1);
	const { id, name, as_of } = model.locality;
	const { gaps, unrecorded } = findGaps(model, {}, graph);
	const overlaps = memberOverlapSearch(model, { threshold: options.overlapThreshold });
	const purposes = purposeOverlapSearch(model);
	const result: Audit = {
		locality: { id, name, as_of },
		metrics: {
			nodes: graph.ids.length,
			edges: graph.edges,
			density: Math.round(densityOf(graph) * 1000) / 1000,
			components: parts.sizes.length
		},
		hubs: findHubs(model, {}, graph),
		overlaps: overlaps.found,
		purposeOverlaps: purposes.found,
		load: meetingLoad(model),
		gaps,
		unrecorded,
		fragile: findFragile(model, graph),
		limits: [overlaps.stopped, purposes.stopped].filter((x): x is string => x !== undefined)
	};
	if (removed.length === 0) return result;
	const before = tieGraph(original);
	const mainBefore = mainPart(before, piecesWithout(before, -1));
	const main = mainPartIndex(parts.sizes);
	// A piece left apart is sure only when the map records in full where each of its items sits.
	const openGroups = model.groups.some((g) => g.members_recorded !== 'complete');
	const unsurePieces = new Set<number>();
	graph.items.forEach((item, i) => {
		if (seatsRecorded(item) !== 'complete' || (item.kind !== 'group' && openGroups)) unsurePieces.add(parts.piece[i]);
	});
	// In the order the items stand in the map, so the list reads the same every time.
	const apart = graph.ids.map((itemId, i) => ({ itemId, piece: parts.piece[i] })).filter((x) => mainBefore.has(x.itemId) && x.piece !== main);
	const cutOff = apart.filter((x) => !unsurePieces.has(x.piece)).map((x) => x.itemId);
	const unsure = apart.filter((x) => unsurePieces.has(x.piece)).map((x) => x.itemId);
	return { ...result, whatIf: { removed: [...removed], cutOff, unsure } };
}

/** The largest piece; on a tie, the one found first in file order; -1 for an empty map. */
function mainPartIndex(sizes: readonly number[]): number {
	let best = -1;
	sizes.forEach((size, i) => {
		if (best === -1 || size > sizes[best]) best = i;
	});
	return best;
}

function mainPart(graph: TieGraph, parts: { piece: Int32Array; sizes: number[] }): Set<ItemId> {
	const main = mainPartIndex(parts.sizes);
	return new Set(graph.ids.filter((_, i) => parts.piece[i] === main));
}
