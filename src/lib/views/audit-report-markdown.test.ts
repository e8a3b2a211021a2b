/**
 * The audit report as Markdown: Banbury saved whole, so a changed report is a reviewable diff;
 * every finding's heading in every map; and text from a map that cannot break the markup.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../analysis/audit';
import { reportMap, reportMaps, mapOf } from '../../../tests/unit/helpers/maps';
import type { LocalityModel } from '../model/locality-model';
import { auditReport } from './audit-report';
import { auditReportMarkdown, markdownText } from './audit-report-markdown';

const markdownOf = (model: LocalityModel) => {
	const report = auditReport(model, audit(model));
	return { report, text: auditReportMarkdown(report) };
};

describe('auditReportMarkdown', () => {
	it('Banbury, saved', async () => {
		await expect(markdownOf(reportMap('banbury')).text).toMatchFileSnapshot('__snapshots__/audit-report-banbury.md');
	});

	for (const model of reportMaps()) {
		it(`${model.locality.id} ${model.locality.as_of}: every finding's heading, words and questions, once each`, () => {
			const { report, text } = markdownOf(model);
			const lines = text.split('\n');
			for (const section of report.sections) {
				expect(lines).toContain(`## ${markdownText(section.title)} (${section.findings.length})`);
				for (const f of section.findings) {
					expect(lines.filter((l) => l === `### ${markdownText(f.heading)}`)).toHaveLength(1);
					expect(lines).toContain(markdownText(f.words));
				}
			}
			for (const q of report.questions) for (const [i, question] of q.list.entries()) expect(lines).toContain(`${i + 1}. ${markdownText(question.text)}`);
			expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
		});
	}

	it('a name full of markup stays text, on one line', () => {
		const { text } = markdownOf(
			mapOf(`agencies:
  - { id: a, name: "*Bold* _it_ <b>x</b> | pipe [link](http://x) # not a heading\\nsecond line", sector: education }
`)
		);
		expect(text).toContain('\\*Bold\\* \\_it\\_ \\<b\\>x\\</b\\> \\| pipe \\[link\\](http://x) \\# not a heading second line');
		expect(text).not.toContain('<b>');
	});
});

describe('markdownText', () => {
	it('escapes what Markdown would read as markup, and a list or heading at the start', () => {
		expect(markdownText('1. first')).toBe('1\\. first');
		expect(markdownText('- item')).toBe('\\- item');
		expect(markdownText('a\\b `c` ~d~')).toBe('a\\\\b \\`c\\` \\~d\\~');
		expect(markdownText('plain words, (brackets) and 3.8')).toBe('plain words, (brackets) and 3.8');
	});
});
