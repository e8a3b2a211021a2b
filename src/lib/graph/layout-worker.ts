/**
 * The layout worker: a large map's positions worked out off the page's thread (decision 0011).
 * The force layout of 2,000 items takes seconds, and even the layered one a noticeable part of
 * a second, cold; either would freeze the page. It never throws: a layout that fails answers
 * `ok: false`, and the page falls back on cytoscape's own concentric placing.
 *
 * Relative imports only: the worker is bundled on its own, outside SvelteKit's aliases.
 */
import { presetPositions } from './force-layouts';
import type { LayoutReply, LayoutRequest } from './layout-protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(reply: LayoutReply): void };

export function answerLayout(request: LayoutRequest): LayoutReply {
	try {
		const positions = presetPositions(request.model, request.layout);
		return positions ? { id: request.id, ok: true, positions: [...positions] } : { id: request.id, ok: false };
	} catch {
		return { id: request.id, ok: false };
	}
}

scope.onmessage = (event) => scope.postMessage(answerLayout(event.data));
