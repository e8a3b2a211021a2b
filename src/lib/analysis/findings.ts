/**
 * The audit as a list of findings in plain language, each naming the report's principle
 * it bears on and the items it concerns, for the audit panel and the readable report of
 * the command line.
 */
import type { ItemId } from '../model/locality-model';
import type { Audit } from './audit';
import type { GapKind } from './find-gaps';
import { topHubs } from './find-hubs';

export type FindingKind = 'hub' | 'overlap' | 'same-purpose' | 'load' | GapKind | 'fragile' | 'not-recorded';

export interface Principle {
	readonly section: string;
	readonly text: string;
}

/** The report's words for what each finding bears on (section 5.1 and the sections it cites). */
export const principles: Record<FindingKind, Principle> = {
	hub: { section: '3.8, 5.2', text: 'Someone must mind the system; a hub takes the strain for others' },
	overlap: { section: '3.2', text: 'Overlapping meetings with similar personnel confuse people and waste their time' },
	'same-purpose': { section: '3.2, Appendix ONE', text: 'Each meeting’s role, and how meetings connect, must be clear' },
	load: { section: '3.7, 3.9', text: 'People are overwhelmed by the demands of many separate meetings' },
	isolated: { section: '3.2, 3.9', text: 'The communication system must be accessible to all; gaps open between roles' },
	'missing-sector': { section: '2.1, 3.3, 3.6', text: 'All the relevant resources of a locality, and its families, in the conversation' },
	'no-route-to-centre': { section: '3.1, 3.8', text: 'Good links to the centre: issues from the ground must reach those who decide' },
	'no-systems-minder': { section: '3.8', text: 'Someone must have responsibility for minding the system' },
	'absent-members': { section: '4.4, Appendix 2c', text: 'Absences leave meetings deciding without the people involved' },
	'no-upstream': { section: '3.3', text: 'Upstream and downstream conversations in the same place' },
	'tier-gap': { section: '1.3, 3.4, 5.2', text: 'Children in the no man’s land between schools and other agencies’ thresholds' },
	fragile: { section: '3.8, 5.2', text: 'A system that hangs on one post or group loses what it holds when that one goes: the system needs minding' },
	'not-recorded': { section: '3.1', text: 'Mapping the patterns of interagency activity is a prerequisite to action: find out what the map does not record' }
};

export const findingTitles: Record<FindingKind, string> = {
	hub: 'Hub',
	overlap: 'Overlapping membership',
	'same-purpose': 'Overlapping purpose',
	load: 'Meeting load',
	isolated: 'Isolated',
	'missing-sector': 'Missing sector',
	'no-route-to-centre': 'No route to the centre',
	'no-systems-minder': 'No systems minder',
	'absent-members': 'Absent members',
	'no-upstream': 'No upstream conversation',
	'tier-gap': 'Tier 2-3 gap',
	fragile: 'Single point of failure',
	'not-recorded': 'Not recorded'
};

export interface Finding {
	readonly kind: FindingKind;
	readonly title: string;
	readonly message: string;
	readonly ids: readonly ItemId[];
	readonly principle: Principle;
}

export interface FindingOptions {
	/** How many hubs to report (default 3). */
	readonly hubs?: number;
	/** How many of the most loaded posts and agencies to report (default 3). */
	readonly load?: number;
}

export function findings(audit: Audit, options: FindingOptions = {}): Finding[] {
	const make = (kind: FindingKind, message: string, ids: readonly ItemId[]): Finding => ({ kind, title: findingTitles[kind], message, ids, principle: principles[kind] });
	return [
		...topHubs(audit.hubs, options.hubs ?? 3).map((h) => make('hub', h.sentence, [h.id])),
		...audit.fragile.map((f) => make('fragile', f.sentence, [f.id, ...f.cuts_off, ...f.unsure])),
		...audit.overlaps.map((o) => make('overlap', o.sentence, [...o.groups, ...o.shared])),
		...audit.purposeOverlaps.map((o) => make('same-purpose', o.sentence, o.groups)),
		...audit.load
			.filter((l) => l.groups.length > 1)
			.slice(0, options.load ?? 3)
			.map((l) =>
				make(
					'load',
					`${l.name} sits on ${l.atLeast ? 'at least ' : ''}${l.groups.length} groups${l.meetingsPerYear > 0 ? `: ${l.atLeast ? 'at least' : 'about'} ${l.meetingsPerYear} meetings a year` : ''}${l.unknownFrequency > 0 ? ` (${l.unknownFrequency} of unknown frequency)` : ''}.`,
					[l.id, ...l.groups]
				)
			),
		...audit.gaps.map((g) => make(g.kind, g.message, g.ids)),
		...audit.unrecorded.map((u) => make('not-recorded', `${u.message} ${u.question}`, u.ids))
	];
}

/** The parts of the audit a reader sees, in order, each with the kinds of finding it holds. */
export const findingSections: readonly { readonly title: string; readonly kinds: readonly FindingKind[] }[] = [
	{ title: 'Hubs', kinds: ['hub'] },
	{ title: 'Single points of failure', kinds: ['fragile'] },
	{ title: 'Overlaps', kinds: ['overlap', 'same-purpose', 'load'] },
	{ title: 'Gaps', kinds: ['isolated', 'missing-sector', 'no-route-to-centre', 'no-systems-minder', 'absent-members', 'no-upstream', 'tier-gap'] },
	{ title: 'Not recorded: what to find out', kinds: ['not-recorded'] }
];

/** The findings under each section's title, in the sections' order. */
export function groupFindings(list: readonly Finding[]): { readonly title: string; readonly list: readonly Finding[] }[] {
	return findingSections.map((section) => ({ title: section.title, list: list.filter((f) => section.kinds.includes(f.kind)) }));
}
