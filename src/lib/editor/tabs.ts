/** The maps open in the editor, as plain data: what is kept in the browser between visits. */

export interface EditorTab {
	readonly id: string;
	/** The file name the map is saved under. */
	name: string;
	/** The text as typed. */
	text: string;
	/** The text last saved to (or opened from) a file; null when it never was. */
	savedText: string | null;
	/** Versions the user chose to keep, to see later what changed since; oldest first. */
	snapshots: Snapshot[];
}

/** A version of a map's text, kept at the user's request. */
export interface Snapshot {
	/** When it was kept, in milliseconds since 1970. */
	readonly at: number;
	readonly text: string;
}

/** How many snapshots a map keeps; keeping one more lets the oldest go. */
export const MAX_SNAPSHOTS = 20;

/** The tab's snapshots with the text kept as one more, unless the newest is the same text; and the one let go, if any. */
export function keepSnapshot(snapshots: readonly Snapshot[], text: string, at: number): { snapshots: Snapshot[]; dropped?: Snapshot; same: boolean } {
	if (snapshots.at(-1)?.text === text) return { snapshots: [...snapshots], same: true };
	const all = [...snapshots, { at, text }];
	const dropped = all.length > MAX_SNAPSHOTS ? all.shift() : undefined;
	return { snapshots: all, dropped, same: false };
}

/** A snapshot as a person names it: "Snapshot at 11:32:05 on 28 Nov" (the day when not today). */
export function snapshotLabel(snapshot: Snapshot, now = new Date()): string {
	const date = new Date(snapshot.at);
	const sameDay = date.toDateString() === now.toDateString();
	const day = sameDay ? '' : ` on ${date.getDate()} ${date.toLocaleString('en-GB', { month: 'short' })}${date.getFullYear() === now.getFullYear() ? '' : ` ${date.getFullYear()}`}`;
	return `Snapshot at ${clockTime(date)}${day}`;
}

/** True when the text has changes not yet saved to a file. */
export const hasUnsavedChanges = (tab: EditorTab) => tab.text !== tab.savedText;

/** A YAML file name for a map: the name given, with `.yaml` when it has no YAML ending. */
export function yamlFileName(name: string): string {
	const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'map';
	return /\.ya?ml$/i.test(base) ? base : `${base}.yaml`;
}

/** A name not yet taken by an open map: `thame.yaml`, then `thame-2.yaml`, ... */
export function freeName(name: string, taken: readonly string[]): string {
	const wanted = yamlFileName(name);
	if (!taken.includes(wanted)) return wanted;
	const [, stem, ext] = /^(.*?)(\.ya?ml)$/i.exec(wanted)!;
	for (let n = 2; ; n++) if (!taken.includes(`${stem}-${n}${ext}`)) return `${stem}-${n}${ext}`;
}

/** `HH:MM:SS`, for "Draft saved at". */
export function clockTime(date: Date): string {
	return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
