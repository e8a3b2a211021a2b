import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../../../tests/unit/helpers/worker-script';
import { audit } from '../analysis/audit';
import { applyEdit } from '../edit/apply-edit';
import type { EditReply } from '../edit/edit-protocol';
import type { ItemId } from '../format/schema';
import type { AuditedOutcome } from './map-protocol';

const MAP = readFileSync(new URL('../edit/fixtures/commented-map.yaml', import.meta.url), 'utf8');
const ADD = { action: 'add-agency', id: 'police' as ItemId, name: 'Police', sector: 'police' } as const;
type Reply = EditReply | (AuditedOutcome & { id: number });


describe('the map worker', () => {
	// The worker's script, run in this thread.
	const { ask } = workerScript<Reply>(() => import('./map-worker'));

	it('applies an edit as applyEdit does, under the request’s id', () => {
		expect(ask({ id: 4, text: MAP, edit: ADD })).toEqual({ id: 4, ...applyEdit(MAP, ADD) });
	});

	it('refuses an edit of broken YAML with the loader’s words', () => {
		const reply = ask({ id: 5, text: 'locality: [', edit: ADD }) as EditReply;
		expect(reply).toMatchObject({ id: 5, ok: false, message: expect.stringMatching(/cannot be changed by form until its YAML is fixed: .*1:/) });
	});

	it('never throws on a malformed request: it answers with a plain refusal', () => {
		const reply = ask({ id: 6, text: MAP, edit: { action: 'no-such-action' } }) as EditReply;
		expect(reply.ok).toBe(false);
	});

	it('reads maps as the loader does, and audits them', () => {
		const reply = ask({ id: 7, name: 'mine.yaml', bytes: MAP }) as AuditedOutcome;
		expect(reply).toMatchObject({ id: 7, ok: true, model: { file: 'mine.yaml' } });
		if (!reply.ok) throw new Error('expected a model');
		expect(reply.audit).toEqual(audit(reply.model));
	});

	it('answers a map with errors with the errors, and no audit', () => {
		const reply = ask({ id: 8, name: 'broken.yaml', bytes: 'locality: [' }) as AuditedOutcome;
		expect(reply).toMatchObject({ id: 8, ok: false, errors: [expect.objectContaining({ file: 'broken.yaml', line: 1 })] });
		expect(reply).not.toHaveProperty('audit');
	});
});

