/** The audit as a readable report, for the command line and for printing. */
import { itemKindLabels, type Item, type ItemId } from '../model/locality-model';
import type { Audit } from './audit';
import { findings, groupFindings } from './findings';

export function auditText(audit: Audit, index: ReadonlyMap<ItemId, Item>): string {
	const { locality: l, metrics: m } = audit;
	const lines: string[] = [
		`Audit of ${l.name} as of ${l.as_of}`,
		`${m.nodes} items, ${m.edges} ties, density ${m.density}, ${m.components === 1 ? 'all in one connected part' : `${m.components} separate parts`}`
	];
	if (audit.whatIf) {
		const names = (ids: readonly ItemId[]) => ids.map((id) => index.get(id)?.name ?? id).join(', ') || 'nobody';
		const unsure = audit.whatIf.unsure.length ? ` Joined to it by nothing the map records, though it does not record all the seats that might: ${names(audit.whatIf.unsure)}.` : '';
		lines.push(`What if these went: ${names(audit.whatIf.removed)}. Cut off from the main part: ${names(audit.whatIf.cutOff)}.${unsure}`);
	}
	for (const limit of audit.limits) lines.push(`Note: ${limit}`);
	for (const { title, list } of groupFindings(findings(audit))) {
		lines.push('', `${title} (${list.length})`);
		if (list.length === 0) lines.push('  none found');
		for (const f of list) lines.push(`  - ${f.title}: ${f.message}`, `    Report ${f.principle.section}: ${f.principle.text}.`);
	}
	const top = audit.hubs.slice(0, 5);
	if (top.length > 0) {
		lines.push('', 'Most central items (degree, betweenness)');
		for (const h of top) lines.push(`  ${h.degree.toFixed(3)}  ${h.betweenness.toFixed(3)}  ${h.name} (${itemKindLabels[h.kind].toLowerCase()})`);
	}
	return lines.join('\n');
}
