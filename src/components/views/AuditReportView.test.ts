/**
 * The audit report renders from a model alone, as the editor builds one, on the server as the
 * build renders it: every finding's heading, the map as SVG and no script needed to read it.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { audit } from '$lib/analysis/audit';
import { auditReport } from '$lib/views/audit-report';
import { reportMap } from '../../../tests/unit/helpers/maps';
import AuditReport from '$components/AuditReport.svelte';
import { reportFirstPage, reportPage } from '$lib/charts/report-page';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import AuditReportView from './AuditReportView.svelte';

const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('AuditReportView', () => {
	it('Thame: every finding under its heading, the map drawn as SVG, and the questions', () => {
		const model = reportMap('thame');
		const { body } = render(AuditReportView, { props: { model } });
		const report = auditReport(model, audit(model));
		for (const f of report.sections.flatMap((s) => s.findings)) expect(text(body)).toContain(` ${f.heading} `);
		for (const q of report.questions.flatMap((l) => l.list)) expect(text(body)).toContain(q.text);
		expect(body).toContain('<svg');
		expect(text(body)).toContain('Thame as of 2005: the map with its hubs, gaps and single points of failure marked');
	});
});

describe('AuditReport of a map too large for its page', () => {
	// 150 agencies, each a post, on 30 groups of five: 330 items.
	const lines = ['locality: { id: big, name: Big, as_of: "2026" }', 'agencies:'];
	for (let i = 0; i < 150; i++) lines.push(`  - { id: a${i}, name: Agency ${i}, sector: health }`);
	lines.push('roles:');
	for (let i = 0; i < 150; i++) lines.push(`  - { id: r${i}, name: Post ${i}, agency: a${i} }`);
	lines.push('groups:');
	for (let g = 0; g < 30; g++) lines.push(`  - { id: g${g}, name: Group ${g}, type: panel, members: [${[0, 1, 2, 3, 4].map((k) => `r${(g * 5 + k) % 150}`).join(', ')}] }`);
	const model = modelOf(`${lines.join('\n')}\n`);
	const page = reportPage(model, audit(model));

	it('shows its first page, worked out at build time, with the counts and headings of the whole, until the map comes', () => {
		const { body } = render(AuditReport, { props: { model: undefined, audit: undefined, first: reportFirstPage(page, 100) } });
		expect(text(body)).toContain('Items 1–100 of 330');
		expect(text(body)).toContain('The map of 330 items is drawn here once it has loaded.');
		expect(body).not.toContain('<svg');
		for (const s of page.report.sections) expect(text(body)).toContain(`${s.title} (${page.lengths.findings[s.id]})`);
		expect(body).toMatch(/<button[^>]*disabled[^>]*>Print<\/button>/);
	});

	it('with the map, draws it and pages the same lists', () => {
		const { body } = render(AuditReport, { props: { model, audit: audit(model) } });
		expect(text(body)).toContain('Items 1–100 of 330');
		expect(body).toContain('<svg');
		expect(body.match(/<li value=/g)).toHaveLength(100);
	});
});
