import { describe, expect, it, vi } from 'vitest';
import { answerRead } from './read-answer';

const loadMap = vi.hoisted(() => vi.fn());
vi.mock('./load-map', () => ({ loadMap }));

describe('the answer to a read request', () => {
	it('is the model, under the request’s id, read with the file’s name', () => {
		loadMap.mockReturnValueOnce({ ok: true, value: { file: 'a.yaml' } });
		expect(answerRead({ id: 7, name: 'a.yaml', bytes: 'x' })).toEqual({ id: 7, ok: true, model: { file: 'a.yaml' } });
		expect(loadMap).toHaveBeenLastCalledWith('x', { file: 'a.yaml' });
	});

	it('is every error', () => {
		const errors = [{ file: 'a.yaml', line: 3, column: 5, path: 'groups[0]', code: 'missing-key', message: 'm' }];
		loadMap.mockReturnValueOnce({ ok: false, errors });
		expect(answerRead({ id: 8, name: 'a.yaml', bytes: new Uint8Array([1]) })).toEqual({ id: 8, ok: false, errors });
	});

	it('never throws: a failure inside the loader is one plain error at line 1 column 1, without its text', () => {
		loadMap.mockImplementationOnce(() => {
			throw new RangeError('Maximum call stack size exceeded');
		});
		const reply = answerRead({ id: 9, name: 'deep.yaml', bytes: 'x' });
		expect(reply).toEqual({ id: 9, ok: false, errors: [expect.objectContaining({ file: 'deep.yaml', line: 1, column: 1, path: '', code: 'reader-failed' })] });
		expect(JSON.stringify(reply)).not.toMatch(/Maximum call stack|RangeError/);
	});
});
