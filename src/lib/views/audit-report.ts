/**
 * The printable audit report of one map, as plain data: what a locality group takes to its
 * meeting (report 3.1: "mapping the patterns of interagency activity in a particular
 * locality, is an important prerequisite to action"). The counts; every finding with a
 * heading of its own, its words and the report's principle it bears on; who each single
 * point of failure would cut off; the meeting load; and the questions the group should ask
 * itself, drawn from the findings and from what the map does not record.
 *
 * The words of every finding are the audit's own (`findings`, and the sentences of each
 * analysis): this file adds only the headings, the questions and the joins between them.
 * The web page, the Markdown and the command line all draw this one value.
 */
import type { Audit } from '../analysis/audit';
import type { Gap, Unrecorded } from '../analysis/find-gaps';
import { findings, findingSections, type Finding, type FindingKind, type Principle } from '../analysis/findings';
import { localityKinds, sectors } from '../format/vocabulary';
import { listWords } from '../format/words';
import { indexItems, seatsRecorded, type Item, type ItemId, type LocalityModel } from '../model/locality-model';

export interface ReportFinding {
	readonly kind: FindingKind;
	/** The finding's title and what it is about, e.g. "Hub: Sunshine Centre"; unique in a report. */
	readonly heading: string;
	/** The audit's own words for it. */
	readonly words: string;
	readonly principle: Principle;
	readonly ids: readonly ItemId[];
	/** For a single point of failure: who its loss would cut off, and who it might. */
	readonly cutOff?: CutOff;
}

export interface CutOff {
	/** Names, at most LIST_LIMIT; `count` is the whole number. */
	readonly sure: readonly string[];
	readonly sureCount: number;
	/** Joined to the rest by nothing the map records, but the map does not record all their seats. */
	readonly unsure: readonly string[];
	readonly unsureCount: number;
}

export type SectionId = 'hubs' | 'fragile' | 'overlaps' | 'gaps' | 'not-recorded';

export interface ReportSection {
	readonly id: SectionId;
	readonly title: string;
	/** What the section holds, in a sentence. */
	readonly intro: string;
	/** The principle every finding of the section bears on, when they share one: said once, under the title. */
	readonly principle?: Principle;
	readonly findings: readonly ReportFinding[];
}

export interface LoadRow {
	readonly id: ItemId;
	readonly name: string;
	readonly groups: readonly string[];
	/** "39", "at least 42", or "unknown". */
	readonly meetings: string;
	/** Groups whose frequency the map does not give. */
	readonly unknownFrequency: number;
}

export interface Question {
	readonly text: string;
	/** The finding, or the silence, it comes from. */
	readonly kind: FindingKind;
	readonly ids: readonly ItemId[];
}

export interface QuestionList {
	readonly title: string;
	readonly list: readonly Question[];
}

export interface Count {
	readonly label: string;
	readonly value: string;
}

export interface AuditReport {
	readonly locality: { readonly id: string; readonly name: string; readonly as_of: string; readonly kind?: string; readonly summary?: string };
	readonly title: string;
	readonly counts: readonly Count[];
	/** Where the audit stopped at a bound, in plain words. */
	readonly notes: readonly string[];
	readonly sections: readonly ReportSection[];
	/** Every post and agency on more than one group, heaviest first. */
	readonly load: readonly LoadRow[];
	readonly questions: readonly QuestionList[];
}

/** What each part of the report is for, in one sentence. */
const intros: Record<SectionId, string> = {
	hubs: 'The items most of the system runs through: the most direct ties, and someone needs them to reach someone else.',
	fragile: 'Items whose loss would leave others with no tie to the rest of the system, and who they would be.',
	overlaps: 'Groups with much the same members or the same purpose, and the posts and agencies on most meetings.',
	gaps: 'What the map shows to be missing. Only what the map records is reported here.',
	'not-recorded': 'Where the map is silent, the audit reports no gap: it asks instead. Each of these is something to find out.'
};

const sectionIds: readonly SectionId[] = ['hubs', 'fragile', 'overlaps', 'gaps', 'not-recorded'];
const gapKinds: ReadonlySet<FindingKind> = new Set(findingSections[3].kinds);

export function auditReport(model: LocalityModel, audit: Audit): AuditReport {
	const index = indexItems(model);
	const name = (id: ItemId) => index.get(id)?.name ?? id;
	const list = findings(audit);
	// findings() lists the gaps and the silences in the audit's own order: pair each with its source.
	const gaps = [...audit.gaps];
	const silences = [...audit.unrecorded];
	const entries = list.map((f): ReportFinding & { readonly subject: string } => {
		const gap = gapKinds.has(f.kind) ? gaps.shift() : undefined;
		const silence = f.kind === 'not-recorded' ? silences.shift() : undefined;
		const subject = subjectOf(f, name, gap, silence);
		const entry = { kind: f.kind, heading: subject ? `${f.title}: ${subject}` : f.title, words: f.message, principle: f.principle, ids: f.ids, subject };
		const point = f.kind === 'fragile' ? audit.fragile.find((p) => p.id === f.ids[0]) : undefined;
		if (!point) return entry;
		return { ...entry, cutOff: { sure: point.cuts_off.map(name), sureCount: point.cutOffCount, unsure: point.unsure.map(name), unsureCount: point.unsureCount } };
	});
	const sections = findingSections.map((s, i): ReportSection => {
		const inSection = entries.filter((f) => s.kinds.includes(f.kind)).map(({ subject: _, ...f }) => f);
		const shared = inSection.length > 0 && inSection.every((f) => f.principle === inSection[0].principle) ? inSection[0].principle : undefined;
		const id = sectionIds[i];
		return { id, title: id === 'overlaps' ? 'Overlaps and meeting load' : s.title, intro: intros[id], ...(shared ? { principle: shared } : {}), findings: inSection };
	});
	const m = audit.metrics;
	const l = model.locality;
	return {
		locality: { id: l.id, name: l.name, as_of: l.as_of, ...(l.kind ? { kind: localityKinds.label(l.kind) } : {}), ...(l.summary ? { summary: l.summary } : {}) },
		title: `Audit report: ${l.name} as of ${l.as_of}`,
		counts: [
			{ label: 'Agencies', value: String(model.agencies.length) },
			{ label: 'Posts', value: String(model.roles.length) },
			{ label: 'Groups', value: String(model.groups.length) },
			{ label: 'Links', value: String(model.links.length) },
			{ label: 'Ties between them', value: `${m.edges} among ${m.nodes} items, density ${m.density}` },
			{ label: 'Connected', value: m.components === 1 ? 'all in one part' : `in ${m.components} separate parts` },
			...sections.map((s) => ({ label: s.title, value: String(s.findings.length) }))
		],
		notes: audit.limits,
		sections,
		load: audit.load
			.filter((row) => row.groups.length > 1)
			.map((row) => ({
				id: row.id,
				name: row.name,
				groups: row.groups.map(name),
				meetings: row.meetingsPerYear === 0 ? 'unknown' : `${row.atLeast ? 'at least ' : ''}${row.meetingsPerYear}`,
				unknownFrequency: row.unknownFrequency
			})),
		questions: [
			{ title: 'About what the map shows', list: dedupe(entries.flatMap((f) => shownQuestion(f, f.subject, audit, index, name))) },
			{ title: 'To find out what the map does not record', list: dedupe(silenceQuestions(audit.unrecorded, index, name)) }
		]
	};
}

/** What a finding is about, for its heading: the item, the pair, the sector or the silence; empty when the title says it all. */
function subjectOf(f: Finding, name: (id: ItemId) => string, gap: Gap | undefined, silence: Unrecorded | undefined): string {
	switch (f.kind) {
		case 'hub':
		case 'fragile':
		case 'load':
		case 'isolated':
		case 'absent-members':
			return name(f.ids[0]);
		case 'overlap':
		case 'same-purpose':
			return `${name(f.ids[0])} and ${name(f.ids[1])}`;
		case 'missing-sector':
			return gap?.sector ? sectors.label(gap.sector) : '';
		case 'no-route-to-centre':
			// One gap names every local group when the map records no centre at all.
			return f.ids.length === 1 ? name(f.ids[0]) : 'no centre recorded';
		case 'no-systems-minder':
		case 'no-upstream':
		case 'tier-gap':
			return '';
		case 'not-recorded':
			return silence ? silenceSubject(silence, name) : '';
	}
}

function silenceSubject(u: Unrecorded, name: (id: ItemId) => string): string {
	switch (u.kind) {
		case 'members':
			return `who sits on ${name(u.ids[0])}`;
		case 'seats':
			return `where ${name(u.ids[0])} sits`;
		case 'sector':
			return `whether anyone from ${listWords((u.sectors ?? []).map((s) => sectors.label(s).toLowerCase()), { conjunction: 'or' })} sits on a group`;
		case 'route':
			return `a route from ${name(u.ids[0])} to the centre`;
		case 'systems-minder':
			return 'who minds the system';
		case 'focus':
			return 'where the upstream conversation is';
		case 'tiers':
			return 'who covers tiers 2 to 3';
	}
}

/** The question a finding about what the map records puts to the group, if any. */
function shownQuestion(f: ReportFinding, subject: string, audit: Audit, index: ReadonlyMap<ItemId, Item>, name: (id: ItemId) => string): Question[] {
	const ask = (text: string): Question[] => [{ text, kind: f.kind, ids: f.ids }];
	switch (f.kind) {
		case 'hub': {
			const money = audit.hubs.find((h) => h.id === f.ids[0])?.insecure ? ` It is a short-term funded post: what happens when the money ends?` : '';
			return ask(`Who shares the strain with ${subject}, and who would take it up if it could not?${money}`);
		}
		case 'fragile': {
			const who = listWords([...(f.cutOff?.sure ?? []), ...(f.cutOff?.unsure ?? [])], { most: 3 });
			const item = index.get(f.ids[0]);
			// Where the map cannot say they would be cut off, the question asks whether, not how.
			const hear = f.cutOff?.sureCount ? `how would ${who} hear from the rest` : `would ${who} still hear from the rest, and through whom`;
			if (item?.kind === 'role') return ask(`Who would hold the place of ${subject} if the post fell empty? Without it, ${hear}?`);
			if (item?.kind === 'group') return ask(`If ${subject} stopped meeting${item.chair ? ', or lost its chair' : ''}, ${hear}?`);
			return ask(`If ${subject} withdrew, ${hear}?`);
		}
		case 'overlap':
			return ask(`Do both ${name(f.ids[0])} and ${name(f.ids[1])} need to meet, or could one meeting do both jobs?`);
		case 'same-purpose':
			return ask(`What does ${name(f.ids[0])} do that ${name(f.ids[1])} does not, and does everyone who sits on both know?`);
		case 'load':
			return ask(`Could ${subject} send someone else to some of its ${f.ids.length - 1} groups, or could some of them meet together?`);
		case 'isolated':
			return ask(`Who should be in touch with ${subject}, and how would it hear what goes on?`);
		case 'missing-sector':
			return ask(`Who from ${subject.toLowerCase()} should sit at a table here, and at which one?`);
		case 'no-route-to-centre':
			return ask(f.ids.length === 1 ? `How does what ${subject} learns reach the people who decide policy and resources?` : 'Who here decides policy and resources, and how does what is raised reach them?');
		case 'no-systems-minder':
			return ask('Who should mind the system here, and notice when it goes wrong?');
		case 'absent-members':
			return ask(`Why do members miss ${subject}, and what would bring them, or its decisions, to them?`);
		case 'no-upstream':
			return ask('Where could people talk about all children, not only those already in difficulty?');
		case 'tier-gap':
			return ask('Who takes up the children between what schools can do and other agencies’ thresholds?');
		case 'not-recorded':
			return [];
	}
}

/**
 * What to find out: each silence's own question, except that the posts, agencies and groups
 * whose seats are not recorded are asked about together, so the list stays one a meeting can use.
 */
function silenceQuestions(list: readonly Unrecorded[], index: ReadonlyMap<ItemId, Item>, name: (id: ItemId) => string): Question[] {
	const together = { members: { none: [] as Unrecorded[], partial: [] as Unrecorded[] }, seats: { none: [] as Unrecorded[], partial: [] as Unrecorded[] } };
	const out: (Question | keyof typeof together)[] = [];
	for (const u of list) {
		const item = index.get(u.ids[0]);
		const recording = item ? seatsRecorded(item) : 'complete';
		// A silence about an item whose own seats are recorded (no tie, but some group's members unknown) keeps its own question.
		if ((u.kind === 'members' || u.kind === 'seats') && recording !== 'complete') {
			if (!out.includes(u.kind)) out.push(u.kind);
			together[u.kind][recording === 'partial' ? 'partial' : 'none'].push(u);
		} else {
			out.push({ text: u.question, kind: 'not-recorded', ids: u.ids });
		}
	}
	const asked = (group: readonly Unrecorded[], one: string, many: (names: string) => string): Question[] => {
		if (group.length === 0) return [];
		const ids = group.map((u) => u.ids[0]);
		return [{ text: group.length === 1 ? one : many(listWords(ids.map(name))), kind: 'not-recorded', ids }];
	};
	return out.flatMap((q) => {
		if (typeof q !== 'string') return [q];
		const { none, partial } = together[q];
		return q === 'members'
			? [...asked(none, none[0]?.question, (names) => `Who sits on ${names}, and how often do they come?`), ...asked(partial, partial[0]?.question, (names) => `Who else sits on ${names}?`)]
			: [...asked(none, none[0]?.question, (names) => `Which groups do ${names} sit on?`), ...asked(partial, partial[0]?.question, (names) => `Which other groups do ${names} sit on?`)];
	});
}

function dedupe(list: readonly Question[]): Question[] {
	const seen = new Set<string>();
	return list.filter((q) => {
		if (seen.has(q.text)) return false;
		seen.add(q.text);
		return true;
	});
}

/** How long each of a report's lists is: what a pager says of a list shown a page at a time. */
export interface ReportLengths {
	/** Findings in each section, by its id. */
	readonly findings: Readonly<Record<SectionId, number>>;
	/** Rows of the meeting load. */
	readonly load: number;
	/** Questions in each list, in the report's order. */
	readonly questions: readonly number[];
}

export function reportLengths(report: AuditReport): ReportLengths {
	return {
		findings: Object.fromEntries(report.sections.map((s) => [s.id, s.findings.length])) as Record<SectionId, number>,
		load: report.load.length,
		questions: report.questions.map((q) => q.list.length)
	};
}

/**
 * The report with each list cut to its first `rows`: the findings of each section, the meeting
 * load and each list of questions. The counts, the sections' principles and everything else stay
 * as the whole report's, so the page of a large map reads as the report does, a page of each list at a time.
 */
export function reportFirstRows(report: AuditReport, rows: number): AuditReport {
	return {
		...report,
		sections: report.sections.map((s) => ({ ...s, findings: s.findings.slice(0, rows) })),
		load: report.load.slice(0, rows),
		questions: report.questions.map((q) => ({ ...q, list: q.list.slice(0, rows) }))
	};
}
