/**
 * The closed vocabularies of the locality map format (shared/FORMAT.md), each value with
 * the words a reader sees. The schema, the legend, the glossary and the audit all read
 * these lists, so a value is added in one place.
 */

export interface Term<T extends string> {
	readonly value: T;
	readonly label: string;
	readonly description: string;
}

function terms<const E extends Term<string>>(list: readonly E[]) {
	type T = E['value'];
	const values = list.map((t) => t.value) as unknown as readonly [T, ...T[]];
	const byValue = new Map<T, E>(list.map((t) => [t.value, t]));
	return {
		list,
		values,
		label: (value: T) => byValue.get(value)?.label ?? value,
		get: (value: T) => byValue.get(value)
	};
}

export const localityKinds = terms([
	{ value: 'pilot', label: 'Pilot', description: 'An official Integrated Support Service pilot.' },
	{ value: 'network', label: 'Network', description: 'An informal network that grew up outside the official pilots.' },
	{ value: 'locality', label: 'Locality', description: 'A locality under the later locality organisation.' }
]);
export type LocalityKind = (typeof localityKinds.values)[number];

export const boundaries = terms([
	{ value: 'clear', label: 'Clear', description: 'Everyone knows the patch and the people they can draw on (report 2.1).' },
	{ value: 'unclear', label: 'Unclear', description: 'The boundary does not match how services are organised, so commitment to the patch is uncertain.' },
	{ value: 'contested', label: 'Contested', description: 'Different bodies draw the patch differently; nobody is sure where it is.' }
]);
export type Boundary = (typeof boundaries.values)[number];

export const sectors = terms([
	{ value: 'education', label: 'Education', description: 'Schools and education support services.' },
	{ value: 'health', label: 'Health', description: 'Health visiting, school nursing, GPs, primary care.' },
	{ value: 'mental-health', label: 'Mental health', description: 'Child and adolescent mental health services.' },
	{ value: 'social-care', label: 'Social care', description: 'Social and health care, social work.' },
	{ value: 'police', label: 'Police', description: 'Police and youth justice.' },
	{ value: 'youth', label: 'Youth', description: 'Youth services and Connexions.' },
	{ value: 'voluntary', label: 'Voluntary', description: 'Charities and voluntary organisations.' },
	{ value: 'community', label: 'Community', description: 'Community organisations, churches, residents’ groups.' },
	{ value: 'families', label: 'Families', description: 'The recipients of services: parents, children, residents (report 3.6).' },
	{ value: 'local-authority', label: 'Local authority', description: 'The council: the centre that locality work reports to.' },
	{ value: 'housing', label: 'Housing', description: 'Housing providers.' },
	{ value: 'other', label: 'Other', description: 'Anything that fits none of the above.' }
]);
export type Sector = (typeof sectors.values)[number];

export const groupTypes = terms([
	{ value: 'steering-group', label: 'Steering group', description: 'The strategic decision-making body of a pilot and its clearing house for issues, chaired or attended by the local authority.' },
	{ value: 'network', label: 'Network', description: 'An informal group open to anyone working with children in the locality; a clearing house fed from a wide constituency.' },
	{ value: 'forum', label: 'Forum', description: 'Part steering group, part network: key stakeholders are represented and anyone interested may come.' },
	{ value: 'panel', label: 'Panel', description: 'Representatives of several agencies who discuss particular cases, assign people to them and review them.' },
	{ value: 'core-group', label: 'Core group', description: 'A smaller group that pulls together, monitors and acts on what a network or forum discusses.' },
	{ value: 'school-consultation-team', label: 'School consultation team', description: 'The people who work in or with one school, meeting to change what affects many children and passing on what they cannot solve.' },
	{ value: 'multi-agency-support-team', label: 'Multi-agency support team', description: 'A team of several agencies that takes referrals for assessment and often works with the family itself.' },
	{ value: 'working-group', label: 'Working group', description: 'A group set up to take one piece of work forward and report back.' },
	{ value: 'partnership', label: 'Partnership', description: 'A standing partnership, such as the head teachers of a group of schools.' },
	{ value: 'team', label: 'Team', description: 'A team that works together day to day.' }
]);
export type GroupType = (typeof groupTypes.values)[number];

/** Each kind of link with its reverse: the words read from the `to` end ("refers cases to" / "receives cases from"). */
export interface LinkKindTerm<T extends string> extends Term<T> {
	readonly reverse: string;
}
export const linkKinds = terms([
	{ value: 'reports-to', label: 'Reports to', reverse: 'Is reported to by', description: 'Accountability upwards, toward the centre.' },
	{ value: 'raises-issues', label: 'Raises issues with', reverse: 'Hears issues from', description: 'Feedback from the ground into a clearing house.' },
	{ value: 'refers', label: 'Refers cases to', reverse: 'Receives cases from', description: 'Cases handed on.' },
	{ value: 'commissions', label: 'Commissions', reverse: 'Is commissioned by', description: 'One body asks another to do work.' },
	{ value: 'consults', label: 'Gives advice to', reverse: 'Gets advice from', description: 'Advice and consultation given by one to the other.' },
	{ value: 'supervises', label: 'Supervises', reverse: 'Is supervised by', description: 'Supervision and support given by one to the other.' },
	{ value: 'funds', label: 'Funds', reverse: 'Is funded by', description: 'Money.' },
	{ value: 'informs', label: 'Informs', reverse: 'Is informed by', description: 'Information shared, with no duty implied.' }
]);
/** The words for a link read from one of its ends: `from` reads the label, `to` the reverse. */
export function linkVerb(kind: LinkKind, end: 'from' | 'to'): string {
	const term = linkKinds.get(kind);
	return end === 'from' ? (term?.label ?? kind) : (term?.reverse ?? kind);
}
export type LinkKind = (typeof linkKinds.values)[number];

export const focuses = terms([
	{ value: 'upstream', label: 'Upstream', description: 'Making the environment safer so fewer children have difficulties (report 3.3).' },
	{ value: 'downstream', label: 'Downstream', description: 'Organising help around children already in difficulty (report 3.3).' },
	{ value: 'both', label: 'Both', description: 'Upstream and downstream conversations in the same place.' }
]);
export type Focus = (typeof focuses.values)[number];

export const memberships = terms([
	{ value: 'representative', label: 'Representative', description: 'Members are chosen to represent their agencies.' },
	{ value: 'open', label: 'Open', description: 'Anyone working with children in the locality may come.' }
]);
export type Membership = (typeof memberships.values)[number];

/**
 * How often a group meets, with the meetings a year it stands for: a school year of 39 weeks,
 * 3 terms and 6 half-terms; `bi-monthly` is every two months. `ad-hoc` has no fixed number.
 * The description is made from the number, so the words and the sums cannot disagree.
 */
export interface FrequencyTerm<T extends string> extends Term<T> {
	readonly perYear: number | undefined;
}
const frequency = <const T extends string>(value: T, label: string, perYear: number | undefined, how: string): FrequencyTerm<T> => ({
	value,
	label,
	perYear,
	description: perYear === undefined ? how : `${perYear} time${perYear === 1 ? '' : 's'} a year (${how}).`
});
export const meetingFrequencies = terms([
	frequency('weekly', 'Weekly', 39, 'every week of a 39-week school year'),
	frequency('fortnightly', 'Fortnightly', 19, 'every other week of a 39-week school year'),
	frequency('monthly', 'Monthly', 12, 'every month'),
	frequency('half-termly', 'Half-termly', 6, 'once in each of the six half-terms'),
	frequency('bi-monthly', 'Every two months', 6, 'every other month'),
	frequency('termly', 'Termly', 3, 'once in each of the three terms'),
	frequency('annually', 'Once a year', 1, 'once a year'),
	frequency('ad-hoc', 'When needed', undefined, 'When needed, with no fixed pattern: counted as unknown.')
]);
/** Meetings a year for a frequency; undefined where it is not given or has no fixed number. */
export function meetingsPerYear(meets: MeetingFrequency | undefined): number | undefined {
	return meets === undefined ? undefined : meetingFrequencies.get(meets)?.perYear;
}
export type MeetingFrequency = (typeof meetingFrequencies.values)[number];

export const attendances = terms([
	{ value: 'regular', label: 'Regular', description: 'Attends as a rule.' },
	{ value: 'occasional', label: 'Occasional', description: 'Attends now and then, or when possible.' },
	{ value: 'absent', label: 'Absent', description: 'A member on paper who does not attend.' }
]);
export type Attendance = (typeof attendances.values)[number];

export const fundings = terms([
	{ value: 'core', label: 'Core', description: 'Funded from an agency’s core budget.' },
	{ value: 'short-term', label: 'Short-term', description: 'Project funding: the post is insecure.' }
]);
export type Funding = (typeof fundings.values)[number];

export const ratings = terms([
	{ value: 'strong', label: 'Strongly evident (√√)', description: 'Strongly evident.' },
	{ value: 'evident', label: 'Evident (√)', description: 'Evident.' },
	{ value: 'emergent', label: 'Emergent but not significant (-)', description: 'Emergent but not significant.' },
	{ value: 'absent', label: 'Not evident (0)', description: 'Not evident.' }
]);
export type Rating = (typeof ratings.values)[number];

/** The report's own symbols for the ratings, as Table 1 prints them. */
export const RATING_SYMBOLS = ['√√', '√', '-', '0'] as const;
export type RatingSymbol = (typeof RATING_SYMBOLS)[number];
export const ratingOfSymbol: Record<RatingSymbol, Rating> = { '√√': 'strong', '√': 'evident', '-': 'emergent', '0': 'absent' };

/** The features of the report's Table 1 (5.1), in the table's order. */
export const features = terms([
	{ value: 'clear-boundaries', label: 'Clear bounded localities', description: 'Report 2.1, 2.2.' },
	{ value: 'links-to-centre', label: 'Good links to the centre', description: 'Report 3.1.' },
	{ value: 'local-ownership', label: 'Local ownership', description: 'Report 3.1.' },
	{ value: 'project-management', label: 'Strong project management', description: 'Report 3.8.' },
	{ value: 'systems-minding', label: 'Systems minding', description: 'Report 3.8.' },
	{ value: 'access-for-all', label: 'Inclusive communication structures – access for all', description: 'Report 3.2.' },
	{ value: 'upstream-downstream', label: 'Inclusive – upstream / downstream conversations', description: 'Report 3.3, 3.4.' },
	{ value: 'appreciative-system', label: '‘Appreciative’ systems', description: 'Report 3.8.' },
	{ value: 'user-involvement', label: 'User involvement', description: 'Report 3.6, 3.7.' },
	{ value: 'inclusive-schools', label: 'Support for developing more inclusive schools', description: 'Report 3.3, 3.4, 3.5.' },
	{ value: 'collaborative-advantage', label: 'Achieving collaborative advantage', description: 'Report 5.1.' },
	{ value: 'collaborative-inertia', label: 'Experiencing collaborative inertia', description: 'Report 5.1.' },
	{ value: 'devolved-resources', label: 'Locally devolved resources', description: 'Report 3.11.' }
]);
export type Feature = (typeof features.values)[number];

/**
 * How much of a list the map records (report 3.1: a map made from a report, an interview or a
 * half-finished survey is full of silences). A silence is never read as an absence.
 */
export const recordings = terms([
	{ value: 'complete', label: 'Recorded in full', description: 'The map lists every one.' },
	{ value: 'partial', label: 'Partly recorded', description: 'The map lists some; there are others it does not name.' },
	{ value: 'not-recorded', label: 'Not recorded', description: 'The source does not say; the map cannot tell.' }
]);
export type Recording = (typeof recordings.values)[number];

export const tiers = [1, 2, 3, 4] as const;
export type Tier = (typeof tiers)[number];
export const tierLabels: Record<Tier, string> = { 1: 'Universal', 2: 'Additional', 3: 'Complex', 4: 'Acute' };
