/**
 * Small maps the tests share: a header, builders for maps whose ties are written as `a-b`
 * pairs, the report's own maps read from maps/, the worked example VALE and the river's
 * RIVER_MAP. Test code only: it reads the disk, so it lives outside src/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { LocalityModel } from '../../../src/lib/model/locality-model';
import { modelOf } from './fixtures';

export const HEAD = 'locality: { id: test, name: Test, as_of: "2005" }\n';
export const mapOf = (body: string, head = HEAD) => modelOf(head + body);
export const reportMap = (name: string) => modelOf(readFileSync(`maps/${name}.yaml`, 'utf8'));
/** Every map in maps/, in file name order. */
export const reportMaps = (): LocalityModel[] =>
	readdirSync('maps')
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => modelOf(readFileSync(`maps/${f}`, 'utf8')));

/** The body of a map of agencies (sector other, named by their id in capitals) tied by `informs` links, one per `a-b`. */
export function agencyMapBody(ids: string, edges: string): string {
	const agencies = ids.split(' ').map((id) => `  - { id: ${id}, name: ${id.toUpperCase()}, sector: other }`);
	const links = edges
		.split(' ')
		.filter(Boolean)
		.map((e) => e.split('-'))
		.map(([from, to]) => `  - { from: ${from}, to: ${to}, kind: informs }`);
	return `agencies:\n${agencies.join('\n')}\n${links.length ? `links:\n${links.join('\n')}\n` : ''}`;
}

export const agencyMap = (ids: string, edges: string) => mapOf(agencyMapBody(ids, edges));

/**
 * A locality worked by hand in audit.test.ts and findings.test.ts: the panel and the team
 * share head and camhs; the panel raises issues to the steering group, which the local
 * authority chairs; camhs attends the panel occasionally; head minds the system.
 */
export const VALE = `locality: { id: vale, name: Vale, as_of: 2005-07 }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: la, name: Local authority, sector: local-authority, external: true }
roles:
  - { id: head, name: Head, agency: schools, systems_minder: true }
groups:
  - { id: panel, name: Panel, type: panel, focus: downstream, tiers: [3, 4], meets: termly, members: [head, { id: camhs, attendance: occasional }] }
  - { id: team, name: Team, type: team, meets: weekly, members: [head, camhs] }
  - { id: steer, name: Steering group, type: steering-group, chair: la }
links:
  - { from: panel, to: steer, kind: raises-issues }
`;

/** Items on every stretch of the river, and one with no tiers or focus: worked in river.test.ts. */
export const RIVER_MAP = `locality: { id: test, name: Test, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education, tiers: [1, 2] }
  - { id: camhs, name: CAMHS, sector: mental-health, tiers: [4, 3] }
  - { id: la, name: Council, sector: local-authority }
  - { id: county, name: County service, sector: other, tiers: [1, 4] }
roles:
  - { id: hv, name: Health visitor, agency: county, tiers: [1] }
  - { id: nurse, name: School nurse, agency: county, tiers: [2] }
  - { id: clerk, name: Clerk, agency: la }
groups:
  - { id: up, name: Upstream network, type: network, focus: upstream }
  - { id: down, name: Panel, type: panel, focus: downstream }
  - { id: both, name: Forum, type: forum, focus: both }
  - { id: acute, name: Crisis team, type: team, focus: upstream, tiers: [4] }
  - { id: middle, name: Middle group, type: working-group, tiers: [3, 2] }
  - { id: loose, name: Loose group, type: working-group }
links:
  - { from: down, to: la, kind: raises-issues }
  - { from: county, to: middle, kind: funds }
`;
