/**
 * Small maps the view and chart tests share. For tests only.
 */

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
`;
