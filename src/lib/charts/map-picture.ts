/**
 * The map page's graph as a picture to paste alone: its title says the highlight on and what
 * the what-if took out, and its key is the one the page shows beside the graph
 * (`legendSections`, as Legend.svelte reads it).
 */
import { listWords } from '../format/words';
import { sectorsPresent } from '../graph/elements';
import { highlightModes, marksOn, type HighlightMode } from '../graph/highlight';
import { legendSections, type LegendSection } from '../graph/legend';
import { indexItems, type LocalityModel } from '../model/locality-model';
import type { MapPictureOptions } from './map-picture-name';
import { asOfLine, pictureTitle, type Picture } from './picture';

export { mapPictureName, type MapPictureOptions } from './map-picture-name';

/**
 * What the graph shows, in words: its highlight, and what the what-if took out.
 * "single points of failure, if Health visitor went"; "the map" when neither.
 */
export function mapShows(mode: HighlightMode, removedNames: readonly string[]): string {
	const highlight = mode === 'none' ? undefined : highlightModes.find((m) => m.value === mode)?.label.toLowerCase();
	const whatIf = removedNames.length > 0 ? `if ${listWords(removedNames)} went` : undefined;
	return [highlight, whatIf].filter((part) => part !== undefined).join(', ') || 'the map';
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
