/**
 * What the page and the layout worker (layout-worker.ts) say to each other: a model and the
 * layout wanted in, its positions out (as pairs: a Map crosses to a worker, but pairs are
 * plainly data), under the request's id so a late answer is known for one.
 */
import type { ItemId, LocalityModel } from '../model/locality-model';
import type { LayoutName, Point } from './layouts';

export interface LayoutRequest {
	readonly id: number;
	readonly model: LocalityModel;
	readonly layout: Exclude<LayoutName, 'concentric'>;
}

export type LayoutReply = { readonly id: number; readonly ok: true; readonly positions: readonly (readonly [ItemId, Point])[] } | { readonly id: number; readonly ok: false };
