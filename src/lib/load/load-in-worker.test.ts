import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMapReader, refuseBySize, type WorkerLike } from './load-in-worker';
import type { ReadReply, ReadRequest } from './read-protocol';
import { decodeSource } from './source-text';
import type { LocalityModel } from '../model/locality-model';

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker implements WorkerLike {
	onmessage: WorkerLike['onmessage'] = null;
	onerror: WorkerLike['onerror'] = null;
	onmessageerror: WorkerLike['onmessageerror'] = null;
	sent: { message: ReadRequest; transfer: Transferable[] }[] = [];
	terminated = false;
	postMessage(message: ReadRequest, transfer: Transferable[]) {
		this.sent.push({ message, transfer });
	}
	terminate() {
		this.terminated = true;
	}
	reply(reply: ReadReply) {
		this.onmessage?.({ data: reply } as MessageEvent<ReadReply>);
	}
	crash() {
		this.onerror?.({ preventDefault() {} } as ErrorEvent);
	}
}

const model = { file: 'a.yaml' } as LocalityModel;

function setup(options: { timeoutMs?: number; maxBytes?: number } = {}) {
	const workers: FakeWorker[] = [];
	const reader = createMapReader({
		...options,
		createWorker: () => {
			const w = new FakeWorker();
			workers.push(w);
			return w;
		}
	});
	return { reader, workers };
}

/** Lets the reader's awaits run (reading the blob) until it has posted to the worker. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('createMapReader', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
	afterEach(() => vi.useRealTimers());

	it('sends the bytes of a file to the worker, moved rather than copied, and gives back its model', async () => {
		const { reader, workers } = setup();
		const reading = reader.read('a.yaml', new Blob(['locality: {}']));
		await settled();
		const [{ message, transfer }] = workers[0].sent;
		expect(message.name).toBe('a.yaml');
		expect(new TextDecoder().decode(message.bytes as Uint8Array)).toBe('locality: {}');
		expect(transfer).toEqual([(message.bytes as Uint8Array).buffer]);
		workers[0].reply({ id: message.id, ok: true, model });
		await expect(reading).resolves.toEqual({ ok: true, model });
	});

	it('sends pasted text as text, and gives back the errors', async () => {
		const { reader, workers } = setup();
		const reading = reader.read('pasted text', 'nope');
		await settled();
		const { message } = workers[0].sent[0];
		expect(message.bytes).toBe('nope');
		const errors = [{ file: 'pasted text', line: 1, column: 1, path: '', code: 'not-a-mapping' as const, message: 'm' }];
		workers[0].reply({ id: message.id, ok: false, errors });
		await expect(reading).resolves.toEqual({ ok: false, errors });
	});

	it('refuses a file over the bound with the loader’s own words, without reading it', async () => {
		const { reader, workers } = setup({ maxBytes: 10 });
		const arrayBuffer = vi.fn();
		const file = { size: 11 * 1024 * 1024, arrayBuffer } as unknown as Blob;
		const outcome = await reader.read('big.yaml', file);
		const expected = decodeSource(new Uint8Array(11 * 1024 * 1024), 'big.yaml', 10);
		expect(expected.ok).toBe(false);
		expect(outcome).toEqual({ ok: false, errors: [!expected.ok && expected.error] });
		expect(arrayBuffer).not.toHaveBeenCalled();
		expect(workers).toHaveLength(0);
	});

	it('stops a read that takes too long, says so at line 1 column 1, and starts a new worker for the next', async () => {
		const { reader, workers } = setup({ timeoutMs: 15_000 });
		const reading = reader.read('bomb.yaml', 'x');
		await settled();
		vi.advanceTimersByTime(15_000);
		const outcome = await reading;
		expect(outcome).toEqual({
			ok: false,
			errors: [
				{
					file: 'bomb.yaml',
					line: 1,
					column: 1,
					path: '',
					code: 'too-slow',
					message: 'the map took too long to read (more than 15 seconds), so reading stopped; a locality map is read in well under a second'
				}
			]
		});
		expect(workers[0].terminated).toBe(true);
		reader.read('next.yaml', 'y');
		await settled();
		expect(workers).toHaveLength(2);
	});

	it('replaces a read still running: the first ends with nothing, its worker stopped', async () => {
		const { reader, workers } = setup();
		const first = reader.read('slow.yaml', 'x');
		await settled();
		const second = reader.read('b.yaml', 'y');
		await expect(first).resolves.toBeUndefined();
		expect(workers[0].terminated).toBe(true);
		await settled();
		// A late answer from the old worker is not taken for the new read's.
		workers[0].reply({ id: workers[0].sent[0].message.id, ok: true, model });
		const { message } = workers[1].sent[0];
		workers[1].reply({ id: message.id, ok: false, errors: [] });
		await expect(second).resolves.toEqual({ ok: false, errors: [] });
	});

	it('turns the browser stopping the worker into one clear error, and starts afresh', async () => {
		const { reader, workers } = setup();
		const reading = reader.read('huge.yaml', 'x');
		await settled();
		workers[0].crash();
		const outcome = await reading;
		expect(outcome?.ok).toBe(false);
		expect(!outcome?.ok && outcome?.errors).toEqual([expect.objectContaining({ file: 'huge.yaml', line: 1, column: 1, code: 'reader-failed' })]);
		reader.read('again.yaml', 'x');
		await settled();
		expect(workers).toHaveLength(2);
	});
});

describe('refuseBySize', () => {
	it('passes a file at the bound, refuses one byte more', () => {
		expect(refuseBySize('a.yaml', 10, 10)).toBeUndefined();
		expect(refuseBySize('a.yaml', 11, 10)).toMatchObject({ file: 'a.yaml', line: 1, column: 1, code: 'too-large' });
	});
});
