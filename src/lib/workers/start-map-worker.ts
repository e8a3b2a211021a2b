/** Starts the map worker (map-worker.ts), for `createMapReader` and `createMapEditor`. */
import type { EditWorkerLike } from '../edit/edit-in-worker';
import type { WorkerLike } from '../load/load-in-worker';
import type { AuditedOutcome } from './map-protocol';

export function startMapWorker(): WorkerLike<AuditedOutcome> & EditWorkerLike {
	return new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module', name: 'map-worker' }) as unknown as WorkerLike<AuditedOutcome> & EditWorkerLike;
}
