import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/unit/helpers/exchange';
import { toCsvSheets } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { answerImport } from './import-answer';
import { importInWorker, type ImportWorkerLike } from './import-in-worker';
import type { ImportReply, ImportRequest } from './import-protocol';

/** A stand-in for the map worker that answers as it does, in the same thread. */
function standIn(behave: 'answer' | 'crash' | 'hang' = 'answer') {
	const worker: ImportWorkerLike & { terminated: boolean } = {
		onmessage: null,
		onerror: null,
		terminated: false,
		postMessage(message: ImportRequest) {
			if (behave === 'answer') queueMicrotask(() => worker.onmessage?.({ data: answerImport(message) } as MessageEvent<ImportReply>));
			if (behave === 'crash') queueMicrotask(() => worker.onerror?.({ preventDefault() {} } as ErrorEvent));
		},
		terminate() {
			worker.terminated = true;
		}
	};
	return worker;
}

describe('importing in the map worker', () => {
	const sheets = toCsvSheets(smallModel());
	const elements = { name: 'e.csv', text: sheets.elements };
	const connections = { name: 'c.csv', text: sheets.connections };

	it('gives the map’s text and name, and stops the worker', async () => {
		const worker = standIn();
		const outcome = await importInWorker(() => worker, { elements, connections });
		expect(outcome).toMatchObject({ ok: true, name: 'vale.yaml' });
		expect(outcome.ok && outcome.text).toMatch(/^# yaml-language-server/);
		expect(worker.terminated).toBe(true);
	});

	it('gives every fault of the sheets', async () => {
		const outcome = await importInWorker(() => standIn(), { elements: { name: 'e.csv', text: 'Label,Type\n' }, connections: { name: 'c.csv', text: 'From,To,Type\n' } });
		expect(outcome).toEqual({ ok: false, errors: [expect.objectContaining({ file: 'e.csv', line: 1, column: 1, code: 'missing-key' })] });
	});

	it('ends in one clear error when the browser stops the worker, or it takes too long', async () => {
		expect(await importInWorker(() => standIn('crash'), { elements, connections })).toMatchObject({ ok: false, errors: [{ file: 'e.csv', code: 'reader-failed' }] });
		const hung = standIn('hang');
		expect(await importInWorker(() => hung, { elements, connections }, 10)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/took too long/) }] });
		expect(hung.terminated).toBe(true);
	});

	it('imports one GEXF or GraphML file too, and gives every fault in it', async () => {
		const gexf = { name: 'vale.gexf', text: toGexf(smallModel()) };
		expect(await importInWorker(() => standIn(), { graph: gexf, format: 'gexf' })).toMatchObject({ ok: true, name: 'vale.yaml' });
		expect(await importInWorker(() => standIn(), { graph: { name: 'vale.graphml', text: toGraphml(smallModel()) }, format: 'graphml' })).toMatchObject({ ok: true, name: 'vale.yaml' });
		expect(await importInWorker(() => standIn(), { graph: { name: 'x.gexf', text: '<gexf>' }, format: 'gexf' })).toMatchObject({ ok: false, errors: [{ file: 'x.gexf', code: 'bad-format' }] });
	});

	it('answers a malformed request with an error, never a throw', () => {
		expect(answerImport({ id: 3 } as unknown as ImportRequest)).toMatchObject({ id: 3, ok: false, errors: [{ code: 'reader-failed' }] });
	});
});
