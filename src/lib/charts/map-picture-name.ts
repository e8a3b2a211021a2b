/**
 * What the map page's picture shows, and its file's name: apart from the picture itself
 * (map-picture.ts), which loads only when a picture is asked for, since the page names its
 * download buttons' files from the start.
 */
import type { LinkKind, Sector } from '../format/vocabulary';
import type { Highlight, HighlightMode } from '../graph/highlight';
import type { ItemId, LocalityModel } from '../model/locality-model';

export interface MapPictureOptions {
	readonly model: LocalityModel;
	readonly mode: HighlightMode;
	readonly highlight?: Highlight;
	/** The items the what-if took out. */
	readonly removed: readonly ItemId[];
	readonly sectors: readonly Sector[];
	readonly linkKinds: readonly LinkKind[];
}

/** The parts of the picture's file name: "banbury", "fragile", "what-if". */
export function mapPictureName(options: Pick<MapPictureOptions, 'model' | 'mode' | 'removed'>): string[] {
	return [options.model.locality.id, options.mode === 'none' ? 'map' : options.mode, ...(options.removed.length > 0 ? ['what-if'] : [])];
}
