/**
 * The printable audit report: worked by hand on VALE (the audit's own worked example), then
 * held to the audit on every map of the report: every finding once, in the audit's order and
 * words, under a heading of its own; the questions asking, never asserting, where the map is silent.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../analysis/audit';
import { findings } from '../analysis/findings';
import { reportMap, reportMaps, mapOf, VALE } from '../../../tests/unit/helpers/maps';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { auditReport, reportFirstRows, reportLengths } from './audit-report';

const reportOf = (model = modelOf(VALE)) => auditReport(model, audit(model));

describe('auditReport on VALE, by hand', () => {
	const report = reportOf();

	it('names the locality and counts what the map holds', () => {
		expect(report.title).toBe('Audit report: Vale as of 2005-07');
		expect(report.counts).toEqual([
			{ label: 'Agencies', value: '3' },
			{ label: 'Posts', value: '1' },
			{ label: 'Groups', value: '3' },
			{ label: 'Links', value: '1' },
			{ label: 'Ties between them', value: '7 among 7 items, density 0.333' },
			{ label: 'Connected', value: 'all in one part' },
			{ label: 'Hubs', value: '3' },
			{ label: 'Single points of failure', value: '2' },
			{ label: 'Overlaps and meeting load', value: '3' },
			{ label: 'Gaps', value: '1' },
			{ label: 'Not recorded: what to find out', value: '3' }
		]);
	});

	it('gives every finding a heading of its own', () => {
		expect(report.sections.map((s) => [s.title, s.findings.map((f) => f.heading)])).toEqual([
			['Hubs', ['Hub: Panel', 'Hub: Head', 'Hub: Steering group']],
			['Single points of failure', ['Single point of failure: Panel', 'Single point of failure: Steering group']],
			['Overlaps and meeting load', ['Overlapping membership: Panel and Team', 'Meeting load: CAMHS', 'Meeting load: Head']],
			['Gaps', ['Absent members: Panel']],
			[
				'Not recorded: what to find out',
				['Not recorded: who sits on Steering group', 'Not recorded: whether anyone from health, social care, voluntary or families sits on a group', 'Not recorded: where the upstream conversation is']
			]
		]);
	});

	it('says a principle once where a whole section bears on it, and on each finding otherwise', () => {
		expect(report.sections.map((s) => s.principle?.section)).toEqual(['3.8, 5.2', '3.8, 5.2', undefined, '4.4, Appendix 2c', '3.1']);
	});

	it('lists who a single point of failure holds, apart from who it cuts off for sure', () => {
		const [panel] = report.sections[1].findings;
		// The steering group's members are not recorded: nothing is asserted cut off.
		expect(panel.cutOff).toEqual({ sure: [], sureCount: 0, unsure: ['Local authority', 'Steering group'], unsureCount: 2 });
	});

	it('tables the meeting load of everyone on more than one group', () => {
		expect(report.load).toEqual([
			{ id: 'camhs', name: 'CAMHS', groups: ['Panel', 'Team'], meetings: 'at least 42', unknownFrequency: 0 },
			{ id: 'head', name: 'Head', groups: ['Panel', 'Team'], meetings: 'at least 42', unknownFrequency: 0 }
		]);
	});

	it('asks the group questions from the findings, and asks where the map is silent', () => {
		expect(report.questions.map((q) => [q.title, q.list.map((x) => x.text)])).toEqual([
			[
				'About what the map shows',
				[
					'Who shares the strain with Panel, and who would take it up if it could not?',
					'Who shares the strain with Head, and who would take it up if it could not?',
					'Who shares the strain with Steering group, and who would take it up if it could not?',
					// The panel has no chair; and the map cannot say the local authority would be cut off, so it asks whether.
					'If Panel stopped meeting, would Local authority and Steering group still hear from the rest, and through whom?',
					'If Steering group stopped meeting, or lost its chair, would Local authority still hear from the rest, and through whom?',
					'Do both Panel and Team need to meet, or could one meeting do both jobs?',
					'Could CAMHS send someone else to some of its 2 groups, or could some of them meet together?',
					'Could Head send someone else to some of its 2 groups, or could some of them meet together?',
					'Why do members miss Panel, and what would bring them, or its decisions, to them?'
				]
			],
			[
				'To find out what the map does not record',
				[
					'Who sits on Steering group, and how often do they come?',
					'Does anyone from health, social care, voluntary and families sit on a group here?',
					'Where do people talk about making things better for all children, not only those already in difficulty (report 3.3)?'
				]
			]
		]);
	});
});

describe('auditReport on small maps', () => {
	it('asks how, where the map records who would be cut off, and who holds an empty post', () => {
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: education }
  - { id: b, name: B, sector: health }
roles:
  - { id: p, name: Post, agency: a }
links:
  - { from: p, to: b, kind: informs }
`);
		const report = reportOf(model);
		expect(report.sections[1].findings.map((f) => [f.heading, f.cutOff])).toEqual([
			['Single point of failure: Post', { sure: ['B'], sureCount: 1, unsure: [], unsureCount: 0 }]
		]);
		expect(report.questions[0].list.map((q) => q.text)).toContain('Who would hold the place of Post if the post fell empty? Without it, how would B hear from the rest?');
	});

	it('asks about the posts and groups whose seats are not recorded together, each kind of silence once', () => {
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: education, groups_recorded: not-recorded }
  - { id: b, name: B, sector: health, groups_recorded: not-recorded }
  - { id: c, name: C, sector: health, groups_recorded: partial }
groups:
  - { id: g, name: G, type: panel, members_recorded: not-recorded }
  - { id: h, name: H, type: panel, members_recorded: not-recorded }
`);
		const texts = reportOf(model).questions[1].list.map((q) => q.text);
		expect(texts.slice(0, 3)).toEqual(['Which groups do A and B sit on?', 'Which other groups does C sit on?', 'Who sits on G and H, and how often do they come?']);
	});

	it('an empty map: each missing sector under its own heading, and who minds the system asked', () => {
		const report = reportOf(mapOf(''));
		expect(report.sections.map((s) => s.findings.length)).toEqual([0, 0, 0, 6, 1]);
		expect(report.sections[3].findings.map((f) => f.heading)).toEqual(['Missing sector: Education', 'Missing sector: Health', 'Missing sector: Mental health', 'Missing sector: Social care', 'Missing sector: Voluntary', 'Missing sector: Families']);
		expect(report.questions[0].list[0].text).toBe('Who from education should sit at a table here, and at which one?');
		expect(report.load).toEqual([]);
	});
});

describe('auditReport on every map of the report', () => {
	for (const model of reportMaps()) {
		const file = `${model.locality.id} ${model.locality.as_of}`;
		const audited = audit(model);
		const report = auditReport(model, audited);
		const all = report.sections.flatMap((s) => s.findings);

		it(`${file}: every finding once, in the audit's order, in its words and with its principle`, () => {
			expect(all.map((f) => [f.kind, f.words, f.principle])).toEqual(findings(audited).map((f) => [f.kind, f.message, f.principle]));
		});

		it(`${file}: every heading is the finding's title and its own`, () => {
			const headings = all.map((f) => f.heading);
			expect(new Set(headings).size).toBe(headings.length);
			for (const f of all) expect(f.heading.startsWith(findings(audited).find((x) => x.kind === f.kind)!.title)).toBe(true);
		});

		it(`${file}: a question for every silence, and none asserting a cut-off the map does not record`, () => {
			const silenced = new Set(report.questions[1].list.flatMap((q) => q.ids));
			for (const u of audited.unrecorded) expect(u.ids.length === 0 || u.ids.some((id) => silenced.has(id)) || report.questions[1].list.some((q) => q.text === u.question)).toBe(true);
			for (const f of report.sections[1].findings) {
				if (f.cutOff!.sureCount === 0) expect(report.questions[0].list.find((q) => q.kind === 'fragile' && q.ids[0] === f.ids[0])!.text).toContain('still hear from the rest');
			}
		});
	}

	it('Banbury: the Sunshine Centre leads the hubs and the single points of failure', () => {
		const report = reportOf(reportMap('banbury'));
		expect(report.sections[0].findings[0].heading).toBe('Hub: Sunshine Centre (family centre)');
		expect(report.sections[1].findings[0].heading).toBe('Single point of failure: Sunshine Centre (family centre)');
		expect(report.sections[1].findings[0].cutOff?.unsureCount).toBe(10);
	});
});

describe('a report a page at a time', () => {
	const report = reportOf();

	it('counts each list: the findings of each section, the meeting load and each list of questions', () => {
		expect(reportLengths(report)).toEqual({ findings: { hubs: 3, fragile: 2, overlaps: 3, gaps: 1, 'not-recorded': 3 }, load: 2, questions: [9, 3] });
	});

	it('cuts each list to its first rows, and leaves the rest of the report as it is', () => {
		const first = reportFirstRows(report, 2);
		expect(first.sections.map((s) => s.findings.map((f) => f.heading))).toEqual([
			['Hub: Panel', 'Hub: Head'],
			['Single point of failure: Panel', 'Single point of failure: Steering group'],
			['Overlapping membership: Panel and Team', 'Meeting load: CAMHS'],
			['Absent members: Panel'],
			['Not recorded: who sits on Steering group', 'Not recorded: whether anyone from health, social care, voluntary or families sits on a group']
		]);
		expect(first.load).toEqual(report.load);
		expect(first.questions.map((q) => q.list.length)).toEqual([2, 2]);
		// The counts, titles and shared principles are the whole report's.
		expect({ ...first, sections: first.sections.map(({ findings: _, ...s }) => s), load: [], questions: first.questions.map((q) => q.title) }).toEqual({
			...report,
			sections: report.sections.map(({ findings: _, ...s }) => s),
			load: [],
			questions: report.questions.map((q) => q.title)
		});
	});

	it('a page as long as every list is the report itself', () => {
		expect(reportFirstRows(report, 100)).toEqual(report);
	});
});
