/**
 * The text of each bundled map, exactly as it is in maps/, so the editor can start from a
 * copy with its comments. Prerendered: one static file per map.
 */
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Read by the bundler at build time: no disk access at run time, and only the server bundle holds them.
const texts = import.meta.glob<string>('/maps/*.yaml', { query: '?raw', import: 'default', eager: true });
const byFile = new Map(Object.entries(texts).map(([path, text]) => [path.slice('/maps/'.length), text]));

export const entries: EntryGenerator = () => [...byFile.keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const text = byFile.get(params.file);
	if (text === undefined) error(404, `No bundled map is called "${params.file}"`);
	return new Response(text, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
