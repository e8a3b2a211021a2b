import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import type { LayoutReply } from './layout-protocol';
import { forcePositions } from './force-layouts';
import { layeredPositions } from './layouts';

const MAP = modelOf(`locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: county, name: County Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head teacher, agency: schools }
  - { id: la-lead, name: LA lead, agency: county }
groups:
  - { id: steering, name: Steering group, type: steering-group, chair: la-lead, members: [head] }
links: []
`);

/** The layout worker's script, run in this thread with a stand-in for its global scope. */
const scope = { onmessage: null as ((event: MessageEvent<unknown>) => void) | null, posted: [] as LayoutReply[], postMessage(reply: LayoutReply) { this.posted.push(reply); } };

describe('the layout worker', () => {
	beforeAll(async () => {
		vi.stubGlobal('self', scope);
		await import('./layout-worker');
	});
	afterAll(() => vi.unstubAllGlobals());

	const ask = (data: unknown) => {
		scope.posted = [];
		scope.onmessage?.({ data } as MessageEvent<unknown>);
		expect(scope.posted).toHaveLength(1);
		return scope.posted[0];
	};

	it('answers the layered and force positions the page would have worked out, as pairs, under the request’s id', () => {
		expect(ask({ id: 3, model: MAP, layout: 'layered' })).toEqual({ id: 3, ok: true, positions: [...layeredPositions(MAP)] });
		expect(ask({ id: 4, model: MAP, layout: 'force' })).toEqual({ id: 4, ok: true, positions: [...forcePositions(MAP)] });
	});

	it('never throws on a malformed request: it answers that it failed', () => {
		expect(ask({ id: 5, model: { agencies: 'none' }, layout: 'layered' })).toEqual({ id: 5, ok: false });
	});
});
