/**
 * The audit report renders from a model alone, as the editor builds one, on the server as the
 * build renders it: every finding's heading, the map as SVG and no script needed to read it.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { audit } from '$lib/analysis/audit';
import { auditReport } from '$lib/views/audit-report';
import { reportMap } from '../../../tests/unit/helpers/maps';
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
