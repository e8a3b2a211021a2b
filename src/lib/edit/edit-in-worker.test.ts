import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ItemId } from '../format/schema';
import { applyEdit } from './apply-edit';
import { createMapEditor, type EditWorkerLike } from './edit-in-worker';
import type { EditReply, EditRequest } from './edit-protocol';

const MAP = readFileSync(new URL('./fixtures/commented-map.yaml', import.meta.url), 'utf8');
const ADD = { action: 'add-agency', id: 'police' as ItemId, name: 'Police', sector: 'police' } as const;

/** A stand-in worker that answers with applyEdit after a tick, or never, or fails. */
function standIn(behaviour: 'answer' | 'silent' | 'crash') {
	const made: EditWorkerLike[] = [];
	const create = (): EditWorkerLike => {
		const worker: EditWorkerLike = {
			onmessage: null,
			onerror: null,
			postMessage(request: EditRequest) {
				if (behaviour === 'answer') queueMicrotask(() => worker.onmessage?.({ data: { id: request.id, ...applyEdit(request.text, request.edit) } } as MessageEvent<EditReply>));
				if (behaviour === 'crash') queueMicrotask(() => worker.onerror?.({ preventDefault() {} } as ErrorEvent));
			},
			terminate: vi.fn()
		};
		made.push(worker);
		return worker;
	};
	return { create, made };
}

describe('createMapEditor', () => {
	it('gives each edit its own answer, even when several are waiting', async () => {
		const { create, made } = standIn('answer');
		const editor = createMapEditor(create);
		const [a, b] = await Promise.all([editor.apply(MAP, ADD), editor.apply(MAP, { ...ADD, id: 'fire' as ItemId, name: 'Fire' })]);
		expect(a.ok && a.text).toContain('name: Police');
		expect(b.ok && b.text).toContain('name: Fire');
		expect(made).toHaveLength(1);
	});

	it('tells the user when the browser stops the worker, and starts another for the next edit', async () => {
		const { create, made } = standIn('crash');
		const editor = createMapEditor(create);
		const result = await editor.apply(MAP, ADD);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('make the change in the YAML text') });
		expect(made[0].terminate).toHaveBeenCalled();
		await editor.apply(MAP, ADD);
		expect(made).toHaveLength(2);
	});

	it('gives up an edit that takes too long, with a message', async () => {
		vi.useFakeTimers();
		try {
			const { create } = standIn('silent');
			const pending = createMapEditor(create, 1000).apply(MAP, ADD);
			vi.advanceTimersByTime(1001);
			expect(await pending).toEqual({ ok: false, message: expect.stringContaining('took too long') });
		} finally {
			vi.useRealTimers();
		}
	});
});
