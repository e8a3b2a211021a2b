/**
 * The audit drawn on the graph: each highlight mode restyles the same elements with
 * classes and sizes, and may add a few elements of its own (bands between overlapping
 * groups, ghost nodes for missing sectors). Pure data, so the page only hands it to the
 * graph component.
 */
import type { Audit } from '../analysis/audit';
import { sectors } from '../format/vocabulary';
import type { ItemId } from '../model/locality-model';
import type { GraphElement } from './elements';

export type HighlightMode = 'none' | 'hubs' | 'overlaps' | 'gaps' | 'fragile';

export const highlightModes: { value: HighlightMode; label: string; description: string }[] = [
	{ value: 'none', label: 'None', description: 'The map as drawn.' },
	{ value: 'hubs', label: 'Hubs', description: 'Size shows how much of the system runs through an item (betweenness).' },
	{ value: 'overlaps', label: 'Overlaps', description: 'Bands join groups with many members in common; the wider the band, the larger the share.' },
	{ value: 'gaps', label: 'Gaps', description: 'Red outlines mark items in a gap; dashed ghosts are sectors missing from every group.' },
	{ value: 'fragile', label: 'Single points of failure', description: 'Thick outlines mark items whose loss would cut others off; the items they hold are outlined too.' }
];

export interface Highlight {
	/** Extra classes by item. */
	readonly classes: ReadonlyMap<ItemId, readonly string[]>;
	/** Node sizes in pixels, where the mode sizes nodes. */
	readonly sizes: ReadonlyMap<ItemId, number>;
	/** Elements the mode adds, each with the class `overlay`. */
	readonly extra: readonly GraphElement[];
}

const EMPTY: Highlight = { classes: new Map(), sizes: new Map(), extra: [] };

export function highlight(audit: Audit, mode: HighlightMode): Highlight {
	const classes = new Map<ItemId, string[]>();
	const add = (id: ItemId, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);
	switch (mode) {
		case 'none':
			return EMPTY;
		case 'hubs': {
			const top = audit.hubs[0]?.betweenness ?? 0;
			const sizes = new Map<ItemId, number>();
			for (const [rank, hub] of audit.hubs.entries()) {
				sizes.set(hub.id, Math.round(22 + (top > 0 ? hub.betweenness / top : 0) * 70));
				if (rank < 3 && hub.betweenness > 0) add(hub.id, 'hub');
				if (hub.insecure && hub.betweenness > 0) add(hub.id, 'insecure');
			}
			return { classes, sizes, extra: [] };
		}
		case 'overlaps': {
			const extra: GraphElement[] = audit.overlaps.map((o, i) => ({
				group: 'edges',
				data: { id: `overlap:${i}`, source: o.groups[0], target: o.groups[1], relation: 'overlap', jaccard: o.jaccard, label: `${Math.round(o.jaccard * 100)}% shared` },
				classes: 'overlay overlap-band'
			}));
			for (const o of audit.overlaps) {
				for (const g of o.groups) add(g, 'overlapping');
				for (const s of o.shared) add(s, 'shared');
			}
			for (const p of audit.purposeOverlaps) for (const g of p.groups) add(g, 'overlapping');
			return { classes, sizes: new Map(), extra };
		}
		case 'gaps': {
			const extra: GraphElement[] = [];
			for (const gap of audit.gaps) {
				for (const id of gap.ids) add(id, 'gap');
				if (gap.kind === 'missing-sector' && gap.sector) {
					extra.push({
						group: 'nodes',
						data: { id: `ghost:${gap.sector}`, label: `Missing: ${sectors.label(gap.sector)}`, name: `Missing: ${sectors.label(gap.sector)}`, kind: 'agency', external: false, sector: gap.sector },
						classes: 'overlay ghost'
					} as GraphElement);
				}
			}
			return { classes, sizes: new Map(), extra };
		}
		case 'fragile': {
			for (const f of audit.fragile) {
				add(f.id, 'fragile');
				if (f.insecure) add(f.id, 'insecure');
				for (const c of f.cuts_off) add(c, 'held');
			}
			return { classes, sizes: new Map(), extra: [] };
		}
	}
}
