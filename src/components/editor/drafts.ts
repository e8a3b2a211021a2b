/**
 * Drafts kept in the browser (IndexedDB): every open map's text, which map was shown, and
 * the file each was opened from where the browser lets a page write back to a file.
 */
import { del, get, set } from 'idb-keyval';
import type { EditorTab } from '$lib/editor/tabs';

const KEY = 'locality-maps/editor-drafts/v1';

export interface StoredTab extends EditorTab {
	/** When the draft was last kept, in milliseconds since 1970. */
	readonly keptAt: number;
	readonly handle?: FileSystemFileHandle;
}

export interface StoredDrafts {
	readonly tabs: readonly StoredTab[];
	readonly active: string | undefined;
}

export async function readDrafts(): Promise<StoredDrafts | undefined> {
	try {
		const stored = await get<StoredDrafts>(KEY);
		return stored && Array.isArray(stored.tabs) ? stored : undefined;
	} catch {
		return undefined;
	}
}

export function writeDrafts(drafts: StoredDrafts): Promise<void> {
	return drafts.tabs.length ? set(KEY, drafts) : del(KEY);
}
