/**
 * The audit drawn on the graph: each highlight mode puts marks (marks.ts) on the same
 * elements, may size the nodes, and may add a few elements of its own (bands between
 * overlapping groups, ghost nodes for missing sectors). In every mode, items whose seats the
 * map does not record carry the `not-recorded` mark, so a silence is never read as an
 * absence. Pure data, so the page only hands it to the graph component.
 */
import type { Audit } from '../analysis/audit';
import { topHubs } from '../analysis/find-hubs';
import { sectors, type Sector } from '../format/vocabulary';
import { allItems, seatsRecorded, type ItemId, type LocalityModel } from '../model/locality-model';
import { overlayClasses, type HighlightMode, type Mark } from './marks';

export type { HighlightMode };

export const highlightModes: { value: HighlightMode; label: string; description: string }[] = [
	{ value: 'none', label: 'None', description: 'The map as drawn.' },
	{ value: 'hubs', label: 'Hubs', description: 'Size shows how many others an item is tied to directly; the three hubs the audit names are outlined.' },
	{ value: 'overlaps', label: 'Overlaps', description: 'Bands join groups with many members in common; the wider the band, the larger the share.' },
	{ value: 'gaps', label: 'Gaps', description: 'Red outlines mark items in a gap; dashed ghosts are sectors missing from every group.' },
	{ value: 'fragile', label: 'Single points of failure', description: 'Thick outlines mark items whose loss would cut others off; the items they hold are outlined too.' }
];

/** A node the gaps mode adds for a sector that sits on no group. */
export interface GhostNode {
	readonly group: 'nodes';
	readonly data: { readonly id: string; readonly label: string; readonly name: string; readonly sector: Sector };
	readonly classes: string;
}
/** A band the overlaps mode draws between two groups that share members. */
export interface OverlapBand {
	readonly group: 'edges';
	readonly data: { readonly id: string; readonly source: ItemId; readonly target: ItemId; readonly relation: 'overlap'; readonly jaccard: number; readonly label: string };
	readonly classes: string;
}
export type OverlayElement = GhostNode | OverlapBand;

export interface Highlight {
	/** The marks on each item. */
	readonly marks: ReadonlyMap<ItemId, readonly Mark[]>;
	/** Node sizes in pixels, where the mode sizes nodes. */
	readonly sizes: ReadonlyMap<ItemId, number>;
	/** Elements the mode adds, each with the class `overlay`. */
	readonly extra: readonly OverlayElement[];
}

export function highlight(model: LocalityModel, audit: Audit, mode: HighlightMode): Highlight {
	const marks = new Map<ItemId, Mark[]>();
	const add = (id: ItemId, mark: Mark) => {
		const list = marks.get(id);
		if (!list) marks.set(id, [mark]);
		else if (!list.includes(mark)) list.push(mark);
	};
	for (const item of allItems(model)) if (seatsRecorded(item) !== 'complete') add(item.id, 'not-recorded');
	const sizes = new Map<ItemId, number>();
	const extra: OverlayElement[] = [];
	switch (mode) {
		case 'none':
			break;
		case 'hubs': {
			const top = audit.hubs[0]?.ties ?? 0;
			for (const hub of audit.hubs) sizes.set(hub.id, Math.round(22 + (top > 0 ? hub.ties / top : 0) * 70));
			for (const hub of topHubs(audit.hubs)) {
				add(hub.id, 'hub');
				if (hub.insecure) add(hub.id, 'insecure');
			}
			break;
		}
		case 'overlaps': {
			audit.overlaps.forEach((o, i) => {
				extra.push({
					group: 'edges',
					data: { id: `overlap:${i}`, source: o.groups[0], target: o.groups[1], relation: 'overlap', jaccard: o.jaccard, label: `${Math.round(o.jaccard * 100)}% shared` },
					classes: overlayClasses('overlap-band')
				});
				for (const g of o.groups) add(g, 'overlapping');
				for (const s of o.shared) add(s, 'shared');
			});
			for (const p of audit.purposeOverlaps) for (const g of p.groups) add(g, 'overlapping');
			break;
		}
		case 'gaps': {
			for (const gap of audit.gaps) {
				for (const id of gap.ids) add(id, 'gap');
				if (gap.kind === 'missing-sector' && gap.sector) {
					const label = `Missing: ${sectors.label(gap.sector)}`;
					// Its sector's class, so it carries the sector's colour and code as the sector's items do.
					extra.push({ group: 'nodes', data: { id: `ghost:${gap.sector}`, label, name: label, sector: gap.sector }, classes: `${overlayClasses('ghost')} sector-${gap.sector}` });
				}
			}
			break;
		}
		case 'fragile': {
			for (const f of audit.fragile) {
				add(f.id, 'fragile');
				if (f.insecure) add(f.id, 'insecure');
				for (const c of [...f.cuts_off, ...f.unsure]) add(c, 'held');
			}
			break;
		}
	}
	return { marks, sizes, extra };
}

/** Every mark a highlight puts on the graph, on items or on the elements it adds. */
export function marksOn(highlight: Highlight): Set<Mark> {
	const out = new Set<Mark>();
	for (const list of highlight.marks.values()) for (const mark of list) out.add(mark);
	for (const element of highlight.extra) out.add(element.group === 'nodes' ? 'ghost' : 'overlap-band');
	return out;
}
