/**
 * Lays a large map out in the layout worker (layout-worker.ts), one layout at a time: a new
 * request makes the answer to the one before it worthless, and it resolves to `undefined`.
 * The worker starts with the first request and is stopped by `close`.
 */
import type { LocalityModel } from '../model/locality-model';
import type { LayoutReply } from './layout-protocol';
import type { LayoutName, Positions } from './layouts';

/** A map of this many items or more is large (decision 0011): laid out in the worker, drawn in slices. */
export const LARGE_GRAPH = 500;

export const isLarge = (model: LocalityModel) => model.agencies.length + model.roles.length + model.groups.length >= LARGE_GRAPH;

export interface Layouter {
	/**
	 * The positions of a preset layout; undefined if a later request came first. Should the
	 * worker fail, they are worked out on the page's thread: slow, but the map is drawn.
	 */
	layout(model: LocalityModel, layout: Exclude<LayoutName, 'concentric'>): Promise<Positions | undefined>;
	close(): void;
}

export function createLayouter(): Layouter {
	let worker: Worker | undefined;
	let last = 0;
	const waiting = new Map<number, (reply: LayoutReply | undefined) => void>();
	return {
		layout(model, layout) {
			worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'layout-worker' });
			worker.onerror = () => {
				for (const resolve of waiting.values()) resolve({ id: last, ok: false });
				waiting.clear();
			};
			worker.onmessage = (event: MessageEvent<LayoutReply>) => {
				waiting.get(event.data.id)?.(event.data);
				waiting.delete(event.data.id);
			};
			const id = ++last;
			for (const [older, resolve] of waiting) if (older < id) resolve(undefined);
			waiting.clear();
			return new Promise((resolve) => {
				waiting.set(id, (reply) => {
					if (!reply || id !== last) resolve(undefined);
					else if (reply.ok) resolve(new Map(reply.positions));
					else void import('./force-layouts').then(({ presetPositions }) => resolve(presetPositions(model, layout)));
				});
				worker!.postMessage({ id, model, layout });
			});
		},
		close() {
			worker?.terminate();
			worker = undefined;
			for (const resolve of waiting.values()) resolve(undefined);
			waiting.clear();
		}
	};
}
