/**
 * A small map for the exchange formats' tests, with names a hostile file might hold (markup,
 * quotes, `]]>`, a would-be spreadsheet formula), and the model compared without what only
 * the loader knows (each item's place in its file, the file's name).
 */
import type { LocalityModel } from '../../../src/lib/model/locality-model';
import { modelOf } from './fixtures';

export const SMALL_MAP = `locality:
  id: vale
  name: Vale <&> "town"
  kind: pilot
  as_of: 2005-07
  boundary: clear
  summary: "Six schools; ]]> and <b>bold</b>"
  sources: [Appendix 2b, "3.1"]
agencies:
  - { id: schools, name: "Schools <script>alert(1)</script>", sector: education, count: 6, tiers: [1, 2] }
  - { id: camhs, name: "CAMHS & \\"friends\\" ]]>", sector: mental-health, tiers: [3, 4], external: true, groups_recorded: partial }
roles:
  - { id: head, name: "=HYPERLINK(\\"x\\")", agency: schools, funding: short-term, systems_minder: true, count: 0.8 }
groups:
  - id: panel
    name: Panel
    type: panel
    meets: termly
    chair: head
    members: [head, { id: camhs, attendance: occasional, notes: "when asked, 'in person'" }]
  - { id: steer, name: Steering group, type: steering-group, absences: "Health, mostly" }
links:
  - { from: panel, to: steer, kind: raises-issues, notes: "termly\\nin writing", source: "3.1" }
`;

export const smallModel = () => modelOf(SMALL_MAP);

/** SMALL_MAP's links as GEXF and GraphML both carry them, read back by graphology. */
export const SMALL_MAP_EDGES = [
	{ source: 'panel', target: 'head', attributes: { label: 'Member', relation: 'member', attendance: 'regular' } },
	{ source: 'panel', target: 'camhs', attributes: { label: 'Member', relation: 'member', attendance: 'occasional', notes: "when asked, 'in person'" } },
	{ source: 'panel', target: 'steer', attributes: { label: 'Raises issues with', relation: 'raises-issues', notes: 'termly\nin writing', source: '3.1' } }
];

/** The model as data, without places and the file's name, keys in one order. */
export function comparable(model: LocalityModel): unknown {
	const sorted = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(sorted)
			: v !== null && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v)
							.filter((k) => k !== 'at' && k !== 'file')
							.sort()
							.map((k) => [k, sorted((v as Record<string, unknown>)[k])])
					)
				: v;
	return sorted(model);
}
