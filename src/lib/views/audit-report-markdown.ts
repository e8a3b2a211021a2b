/**
 * The audit report as Markdown, for a wiki or a board paper: the same report the page
 * prints (`auditReport`), in the same order and words, without the drawing. What the
 * `Download as Markdown` button saves and `npm run map -- report FILE` prints.
 */
import type { AuditReport, ReportFinding, ReportSection } from './audit-report';

/** Text from the map, made safe to stand in Markdown: one line, with nothing read as markup. */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
		.replace(/^([0-9]+)\. /, '$1\\. ')
		.replace(/^([-+=]) /, '\\$1 ');
}

const principleLine = (p: ReportFinding['principle']) => `*Report ${markdownText(p.section)}: ${markdownText(p.text)}.*`;

/** The names a point would cut off, all of them, with how many more past the list. */
function names(list: readonly string[], count: number): string {
	const more = count > list.length ? ` and ${count - list.length} more` : '';
	return `${list.map(markdownText).join(', ')}${more}`;
}

function finding(f: ReportFinding, section: ReportSection): string[] {
	const lines = [`### ${markdownText(f.heading)}`, '', markdownText(f.words)];
	if (f.cutOff) {
		const { sure, sureCount, unsure, unsureCount } = f.cutOff;
		lines.push('');
		if (sureCount > 0) lines.push(`- Would be cut off (${sureCount}): ${names(sure, sureCount)}.`);
		if (unsureCount > 0) lines.push(`- Joined to the rest by nothing the map records, though it does not record all their seats (${unsureCount}): ${names(unsure, unsureCount)}.`);
	}
	if (!section.principle) lines.push('', principleLine(f.principle));
	return [...lines, ''];
}

export function auditReportMarkdown(report: AuditReport): string {
	const l = report.locality;
	const lines: string[] = [`# ${markdownText(report.title)}`, ''];
	const about = [l.kind ? `${l.kind}.` : '', l.summary ?? ''].filter(Boolean).join(' ');
	if (about) lines.push(markdownText(about), '');
	lines.push(
		'Drawn from the map of this locality, built from the words of the evaluation of the Oxfordshire Integrated Support Service pilots (2005). The audit asserts only what the map records; where the map is silent, it asks.',
		''
	);
	lines.push('## At a glance', '', '| | |', '| --- | --- |');
	for (const c of report.counts) lines.push(`| ${markdownText(c.label)} | ${markdownText(c.value)} |`);
	lines.push('');
	for (const note of report.notes) lines.push(`> ${markdownText(note)}`, '');
	for (const section of report.sections) {
		lines.push(`## ${markdownText(section.title)} (${section.findings.length})`, '', markdownText(section.intro), '');
		if (section.principle) lines.push(principleLine(section.principle), '');
		if (section.findings.length === 0) lines.push('None found.', '');
		for (const f of section.findings) lines.push(...finding(f, section));
		if (section.id === 'overlaps' && report.load.length > 0) {
			lines.push('### Meeting load', '', '| Post or agency | Groups it sits on | Meetings a year |', '| --- | --- | --- |');
			for (const row of report.load) {
				const unknown = row.unknownFrequency > 0 && row.meetings !== 'unknown' ? ` (and ${row.unknownFrequency} of unknown frequency)` : '';
				lines.push(`| ${markdownText(row.name)} | ${row.groups.length}: ${row.groups.map(markdownText).join('; ')} | ${row.meetings}${unknown} |`);
			}
			lines.push('');
		}
	}
	lines.push('## Questions for the group', '');
	for (const q of report.questions) {
		lines.push(`### ${markdownText(q.title)}`, '');
		if (q.list.length === 0) lines.push('None.');
		q.list.forEach((question, i) => lines.push(`${i + 1}. ${markdownText(question.text)}`));
		lines.push('');
	}
	return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
