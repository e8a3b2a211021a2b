/** The maps open in the editor, as plain data: what is kept in the browser between visits. */

export interface EditorTab {
	readonly id: string;
	/** The file name the map is saved under. */
	name: string;
	/** The text as typed. */
	text: string;
	/** The text last saved to (or opened from) a file; null when it never was. */
	savedText: string | null;
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
