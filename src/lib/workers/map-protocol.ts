/**
 * What the pages that read maps in the browser (/open, /editor) and the map worker
 * (map-worker.ts) say to each other, beyond the loader's own protocol: a map read without
 * errors comes back with its audit, worked out in the worker too, so the page's thread
 * never runs the analyses of a whole map; and the forms' edits (edit-protocol.ts).
 */
import type { Audit } from '../analysis/audit';
import type { ReadOutcome } from '../load/read-protocol';
import type { LocalityModel } from '../model/locality-model';

/** A map read without errors, with its audit; or every error in the file. */
export type AuditedOutcome = { readonly ok: true; readonly model: LocalityModel; readonly audit: Audit } | Extract<ReadOutcome, { ok: false }>;
