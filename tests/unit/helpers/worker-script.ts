/**
 * A Web Worker's script run in the test's own thread: `self` is a stand-in that keeps what
 * the script posts, and `ask` hands the script one message and returns its one reply.
 */
import { afterAll, beforeAll, expect, vi } from 'vitest';

export function workerScript<Reply>(load: () => Promise<unknown>): { ask: (data: unknown) => Reply } {
	const scope = { onmessage: null as ((event: MessageEvent<unknown>) => void) | null, posted: [] as Reply[], postMessage(reply: Reply) { this.posted.push(reply); } };
	beforeAll(async () => {
		vi.stubGlobal('self', scope);
		await load();
	});
	afterAll(() => vi.unstubAllGlobals());
	return {
		ask(data) {
			scope.posted = [];
			scope.onmessage?.({ data } as MessageEvent<unknown>);
			expect(scope.posted).toHaveLength(1);
			return scope.posted[0];
		}
	};
}
