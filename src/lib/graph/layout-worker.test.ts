import { describe, expect, it } from 'vitest';
import { workerScript } from '../../../tests/unit/helpers/worker-script';
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


describe('the layout worker', () => {
	// The worker's script, run in this thread.
	const { ask } = workerScript<LayoutReply>(() => import('./layout-worker'));

	it('answers the layered and force positions the page would have worked out, as pairs, under the request’s id', () => {
		expect(ask({ id: 3, model: MAP, layout: 'layered' })).toEqual({ id: 3, ok: true, positions: [...layeredPositions(MAP)] });
		expect(ask({ id: 4, model: MAP, layout: 'force' })).toEqual({ id: 4, ok: true, positions: [...forcePositions(MAP)] });
	});

	it('never throws on a malformed request: it answers that it failed', () => {
		expect(ask({ id: 5, model: { agencies: 'none' }, layout: 'layered' })).toEqual({ id: 5, ok: false });
	});
});
