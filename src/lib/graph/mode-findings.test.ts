import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { audit } from '../analysis/audit';
import { findingSections } from '../analysis/findings';
import { highlight, highlightModes } from './highlight';
import { auditSectionOf, drawsNothing } from './mode-findings';

/** The coordinator alone joins the team to the panel; no two groups share two members. */
const CHAIN = `locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
roles:
  - { id: coordinator, name: Coordinator, agency: schools, systems_minder: true }
  - { id: hv, name: Health visitor, agency: health }
groups:
  - { id: panel, name: Panel, type: panel, members: [coordinator, schools] }
  - { id: team, name: Team, type: team, members: [coordinator, hv] }
`;

/** Two groups with all their members in common, so no one item holds the map together. */
const RING = `locality: { id: vale, name: Vale, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
groups:
  - { id: panel, name: Panel, type: panel, members: [schools, health] }
  - { id: team, name: Team, type: team, members: [schools, health] }
`;

describe('auditSectionOf', () => {
	it('names a section of the audit for every mode but the plain map', () => {
		const titles = findingSections.map((s) => s.title);
		for (const { value } of highlightModes) {
			if (value === 'none') expect(auditSectionOf(value)).toBeUndefined();
			else expect(titles).toContain(auditSectionOf(value));
		}
		expect(auditSectionOf('fragile')).toBe('Single points of failure');
		expect(auditSectionOf('overlaps')).toBe('Overlaps');
	});
});

describe('drawsNothing', () => {
	it('is true for a mode whose part of the audit is empty, and never for the plain map', () => {
		const model = modelOf(RING);
		const a = audit(model);
		expect(drawsNothing('fragile', highlight(model, a, 'fragile'))).toBe(true);
		expect(drawsNothing('none', highlight(model, a, 'none'))).toBe(false);
	});

	it('is false where the mode marks items', () => {
		const model = modelOf(CHAIN);
		const a = audit(model);
		expect(a.fragile.length).toBeGreaterThan(0);
		expect(drawsNothing('fragile', highlight(model, a, 'fragile'))).toBe(false);
		expect(drawsNothing('hubs', highlight(model, a, 'hubs'))).toBe(false);
	});
});
