/** The audit report's page, worked on VALE (tests/unit/helpers/maps.ts): the items numbered and marked, and its first page. */
import { describe, expect, it } from 'vitest';
import { audit } from '../analysis/audit';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { VALE } from '../../../tests/unit/helpers/maps';
import { auditReport, reportFirstRows } from '../views/audit-report';
import { auditMapKey } from './audit-map';
import { reportFirstPage, reportPage } from './report-page';

const model = modelOf(VALE);
const audited = audit(model);
const page = reportPage(model, audited);

describe('reportPage', () => {
	it('numbers the items as the map does, in bold the hubs (Panel, Head, Steering group) and single points of failure (Panel, Steering group)', () => {
		expect(page.items.map((i) => [i.number, i.name, i.marked])).toEqual([
			[1, 'Schools', false],
			[2, 'CAMHS', false],
			[3, 'Local authority', false],
			[4, 'Head', true],
			[5, 'Panel', true],
			[6, 'Team', false],
			[7, 'Steering group', true]
		]);
		expect(page.items.map((i) => [i.id, i.number])).toEqual([...auditMapKey(model, audited).numbers]);
	});

	it('names the sector of each agency and post, which the map shows by colour; a group has none', () => {
		expect(page.items.map((i) => [i.name, i.sector])).toEqual([
			['Schools', 'Education'],
			['CAMHS', 'Mental health'],
			['Local authority', 'Local authority'],
			['Head', 'Education'],
			['Panel', undefined],
			['Team', undefined],
			['Steering group', undefined]
		]);
	});

	it('carries the report, the map’s marks and the length of every list', () => {
		expect(page.report).toEqual(auditReport(model, audited));
		expect(page.marks).toEqual(auditMapKey(model, audited).marks);
		expect(page.lengths).toEqual({ findings: { hubs: 3, fragile: 2, overlaps: 3, gaps: 1, 'not-recorded': 3 }, load: 2, questions: [9, 3], items: 7 });
	});
});

describe('reportFirstPage', () => {
	it('cuts the report’s lists and the items to their first rows, and keeps the lengths of the whole', () => {
		const first = reportFirstPage(page, 2);
		expect(first.report).toEqual(reportFirstRows(page.report, 2));
		expect(first.items.map((i) => i.name)).toEqual(['Schools', 'CAMHS']);
		expect(first.lengths).toEqual(page.lengths);
		expect(first.marks).toEqual(page.marks);
	});
});
