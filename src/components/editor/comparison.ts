/**
 * What the editor's comparisons ("What changed", "Compare") may set beside the map being
 * edited, and how they read it: the map's snapshots, the user's other open maps, and the
 * maps on this site, each read in the editor's worker like the map itself.
 */
import type { Snapshot } from '$lib/editor/tabs';
import type { ReadOutcome } from '$lib/load/load-in-worker';

export interface BundledMap {
	readonly file: string;
	readonly name: string;
	readonly as_of: string;
	/** True for the latest map of each locality on this site: the ones the site's comparison shows. */
	readonly latest: boolean;
}

export interface ComparisonSources {
	/** The name of the map being edited. */
	readonly name: string;
	readonly snapshots: readonly Snapshot[];
	/** The user's other open maps. */
	readonly others: readonly { readonly id: string; readonly name: string; readonly text: string }[];
	readonly bundled: readonly BundledMap[];
	/** Reads a text; `undefined` when a later read replaced it. */
	read(name: string, text: string): Promise<ReadOutcome | undefined>;
	/** Reads a map on this site (each is read once and kept). */
	readBundled(file: string): Promise<ReadOutcome | undefined>;
}

/** The text of a map on this site, as the site serves it. */
export async function bundledText(file: string): Promise<string> {
	const response = await fetch(`/maps/${encodeURIComponent(file)}`);
	if (!response.ok) throw new Error(`The map ${file} could not be fetched (the site answered ${response.status}).`);
	return response.text();
}
