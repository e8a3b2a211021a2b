/**
 * The File System Access API, where the browser has it (Chromium): open a file and write
 * back to it. It is not in TypeScript's DOM types, so its shape is written here.
 */
import { downloadBlob } from '../download';

type PickerTypes = { description: string; accept: Record<string, string[]> }[];
type OpenPicker = (options: { types: PickerTypes }) => Promise<FileSystemFileHandle[]>;
type SavePicker = (options: { suggestedName: string; types: PickerTypes }) => Promise<FileSystemFileHandle>;
type Permission = { requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState> };

export const YAML_TYPES: PickerTypes = [{ description: 'Locality map (YAML)', accept: { 'application/yaml': ['.yaml', '.yml'] } }];

export const openFilePicker = () => (window as unknown as { showOpenFilePicker?: OpenPicker }).showOpenFilePicker?.bind(window);
export const saveFilePicker = () => (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker?.bind(window);

/** Writes the text to the file, asking the user's leave first if the page does not have it. Exactly the text: nothing added. */
export async function writeText(handle: FileSystemFileHandle, text: string): Promise<void> {
	const permission = await (handle as FileSystemFileHandle & Permission).requestPermission?.({ mode: 'readwrite' });
	if (permission && permission !== 'granted') throw new DOMException('Permission to write the file was refused', 'NotAllowedError');
	const writable = await handle.createWritable();
	await writable.write(text);
	await writable.close();
}

/** Gives the text to the browser as a download, byte for byte. */
export function downloadText(name: string, text: string) {
	downloadBlob(name, new Blob([text], { type: 'application/yaml' }));
}
