import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReadReply, ReadRequest } from './read-protocol';

const loadMap = vi.hoisted(() => vi.fn());
vi.mock('./load-map', () => ({ loadMap }));

/** The worker's scope, stood in for by a plain object: what it is sent and what it posts back. */
const scope = { onmessage: null as ((event: MessageEvent<ReadRequest>) => void) | null, posted: [] as ReadReply[], postMessage(reply: ReadReply) { this.posted.push(reply); } };

function ask(request: ReadRequest): ReadReply {
	scope.posted = [];
	scope.onmessage?.({ data: request } as MessageEvent<ReadRequest>);
	expect(scope.posted).toHaveLength(1);
	return scope.posted[0];
}

describe('the loader worker', () => {
	beforeAll(async () => {
		vi.stubGlobal('self', scope);
		await import('./worker');
	});
	afterAll(() => vi.unstubAllGlobals());

	it('answers with the model, under the request’s id, read with the file’s name', () => {
		loadMap.mockReturnValueOnce({ ok: true, value: { file: 'a.yaml' } });
		expect(ask({ id: 7, name: 'a.yaml', bytes: 'x' })).toEqual({ id: 7, ok: true, model: { file: 'a.yaml' } });
		expect(loadMap).toHaveBeenLastCalledWith('x', { file: 'a.yaml' });
	});

	it('answers with every error', () => {
		const errors = [{ file: 'a.yaml', line: 3, column: 5, path: 'groups[0]', code: 'missing-key', message: 'm' }];
		loadMap.mockReturnValueOnce({ ok: false, errors });
		expect(ask({ id: 8, name: 'a.yaml', bytes: new Uint8Array([1]) })).toEqual({ id: 8, ok: false, errors });
	});

	it('never throws: a failure inside the loader is one plain error at line 1 column 1, without its text', () => {
		loadMap.mockImplementationOnce(() => {
			throw new RangeError('Maximum call stack size exceeded');
		});
		const reply = ask({ id: 9, name: 'deep.yaml', bytes: 'x' });
		expect(reply).toEqual({ id: 9, ok: false, errors: [expect.objectContaining({ file: 'deep.yaml', line: 1, column: 1, path: '', code: 'reader-failed' })] });
		expect(JSON.stringify(reply)).not.toMatch(/Maximum call stack|RangeError/);
	});
});
