/**
 * The map page's graph as a picture to paste alone: its title says the highlight on and what
 * the what-if took out, and its key is the one the page shows beside the graph
 * (`legendSections`, as Legend.svelte reads it).
 */
import { listWords } from '../format/words';
import type { LinkKind, Sector } from '../format/vocabulary';
import { sectorsPresent } from '../graph/elements';
import { highlightModes, marksOn, type Highlight, type HighlightMode } from '../graph/highlight';
import { legendSections, type LegendSection } from '../graph/legend';
import { indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { asOfLine, pictureTitle, type Picture } from './picture';

export interface MapPictureOptions {
	readonly model: LocalityModel;
	readonly mode: HighlightMode;
	readonly highlight?: Highlight;
	/** The items the what-if took out. */
	readonly removed: readonly ItemId[];
	readonly sectors: readonly Sector[];
	readonly linkKinds: readonly LinkKind[];
}

/**
 * What the graph shows, in words: its highlight, and what the what-if took out.
 * "single points of failure, if Health visitor went"; "the map" when neither.
 */
export function mapShows(mode: HighlightMode, removedNames: readonly string[]): string {
	const highlight = mode === 'none' ? undefined : highlightModes.find((m) => m.value === mode)?.label.toLowerCase();
	const whatIf = removedNames.length > 0 ? `if ${listWords(removedNames)} went` : undefined;
	return [highlight, whatIf].filter((part) => part !== undefined).join(', ') || 'the map';
}

/** The parts of the picture's file name: "banbury", "fragile", "what-if". */
export function mapPictureName(options: Pick<MapPictureOptions, 'model' | 'mode' | 'removed'>): string[] {
	return [options.model.locality.id, options.mode === 'none' ? 'map' : options.mode, ...(options.removed.length > 0 ? ['what-if'] : [])];
}

/** The graph's drawing (`svg`) with the title, the date and the key the page shows. */
export function mapPicture(options: MapPictureOptions, svg: string): Picture {
	const { model, mode, highlight, removed } = options;
	const index = indexItems(model);
	return {
		title: pictureTitle(model.locality, mapShows(mode, removed.map((id) => index.get(id)?.name ?? id))),
		date: asOfLine(model.locality),
		svg,
		key: legendSections({ mode, shown: highlight ? marksOn(highlight) : undefined, whatIf: removed.length > 0, sectors: options.sectors, linkKinds: options.linkKinds })
	};
}

/**
 * The key of a graph of the whole model with no highlight on (the change view's, the induction
 * tour's), as the map page's key would show it: the model's sectors and kinds of link.
 */
export function graphKey(model: LocalityModel, options: { readonly changes?: boolean } = {}): LegendSection[] {
	const linkKinds = [...new Set(model.links.map((l) => l.kind))];
	return legendSections({ mode: 'none', changes: options.changes, sectors: sectorsPresent(model), linkKinds });
}
