/**
 * The locality map format (shared/FORMAT.md) as one zod schema. The TypeScript types are
 * inferred from it and the JSON Schema in static/schema/ is generated from it, so the
 * three cannot drift apart. Structure only: references between items are checked by
 * the loader, which knows where each item stands in the file.
 */
import { z } from 'zod';
import {
	attendances,
	boundaries,
	features,
	focuses,
	fundings,
	groupTypes,
	linkKinds,
	localityKinds,
	meetingFrequencies,
	memberships,
	ratings,
	recordings,
	sectors,
	tiers,
	type Feature
} from './vocabulary';

import { AS_OF_PATTERN, ID_PATTERN, calendarProblem } from './patterns';

export { AS_OF_PATTERN, ID_PATTERN };

export const Id = z
	.string()
	.regex(ID_PATTERN)
	.brand<'ItemId'>()
	.meta({ description: 'A kebab-case id, unique within the file.', examples: ['social-care'] });
export type ItemId = z.infer<typeof Id>;

/**
 * A year alone (`as_of: 2005`) is read by YAML as a number; it means the same as "2005".
 * A full date must be a day of the calendar: the pattern cannot tell 2005-02-31 from 2005-01-31.
 */
const AsOf = z
	.union([z.string().regex(AS_OF_PATTERN).refine((date) => calendarProblem(date) === null, 'not a day of the calendar'), z.int().min(1000).max(9999)])
	.transform((v) => String(v))
	.meta({
		description:
			'The date the map describes: YYYY, YYYY-MM or YYYY-MM-DD. Two files with the same id and different as_of are two snapshots of one locality.',
		examples: ['2005-07']
	});

const text = (description: string, example: string) => z.string().meta({ description, examples: [example] });
const notes = text('Free text for readers.', 'Meets in the primary school hall.').optional();
const source = text('Where the fact comes from: a section, appendix or figure.', 'Appendix 2b').optional();
const tierList = z
	.array(z.literal(tiers))
	.meta({ description: 'Levels of need served: 1 universal, 2 additional, 3 complex, 4 acute.', examples: [[3, 4]] })
	.optional();
const count = (description: string) => z.number().positive().meta({ description, examples: [3] }).optional();
const groupsRecorded = z
	.enum(recordings.values)
	.meta({
		description:
			'How fully the map records the groups this item sits on: complete (the default: every group it sits on lists it), partial (it sits on others the map does not name) or not-recorded (the source does not say). The audit never reads a silence as an absence.',
		examples: ['not-recorded']
	})
	.optional();
const external = z
	.boolean()
	.meta({ description: 'True for a body outside the locality boundary (a county body, a neighbouring county).' })
	.optional();

export const Locality = z
	.strictObject({
		id: Id.meta({ description: 'Kebab-case id: the same in every snapshot of one locality.', examples: ['bicester'] }),
		name: text('The locality’s name.', 'Bicester'),
		kind: z.enum(localityKinds.values).meta({ description: 'pilot, network (informal) or locality.' }).optional(),
		as_of: AsOf,
		boundary: z.enum(boundaries.values).meta({ description: 'How clearly the locality is bounded (report 2.1).' }).optional(),
		summary: text('A few sentences for readers.', 'Nineteen schools in one bounded town.').optional(),
		sources: z.array(z.string()).meta({ description: 'Where the facts come from.', examples: [['Appendix 2b']] }).optional(),
		expected_sectors: z
			.array(z.enum(sectors.values))
			.meta({ description: 'Sectors the audit expects to find in some group; overrides the default set.' })
			.optional(),
		notes,
		source
	})
	.meta({ description: 'Which locality this is, and when.' });

export const Agency = z
	.strictObject({
		id: Id,
		name: text('The agency’s name.', 'Social and Health Care'),
		sector: z.enum(sectors.values).meta({ description: 'The sector the agency belongs to.' }),
		tiers: tierList,
		count: count('Establishments, e.g. 19 schools.'),
		external,
		groups_recorded: groupsRecorded,
		notes,
		source
	})
	.meta({ description: 'An organisation or service.' });

export const Role = z
	.strictObject({
		id: Id,
		name: text('The post’s name: a post, never a named person.', 'Home School Community Link Worker'),
		agency: Id.meta({ description: 'The id of the agency that employs the post.', examples: ['schools'] }),
		count: count('How many posts; may be fractional (0.8 of a post).'),
		funding: z.enum(fundings.values).meta({ description: 'core, or short-term project funding (insecure).' }).optional(),
		systems_minder: z.boolean().meta({ description: 'True when the post holds the ‘systems minder’ role (report 3.8).' }).optional(),
		tiers: tierList,
		groups_recorded: groupsRecorded,
		notes,
		source
	})
	.meta({ description: 'A post.' });

export const MemberObject = z
	.strictObject({
		id: Id.meta({ description: 'A role or agency id.' }),
		attendance: z.enum(attendances.values).meta({ description: 'regular (default), occasional or absent.' }).optional(),
		notes
	})
	.meta({ description: 'A member with how often it attends.' });
export const Member = z.union([Id, MemberObject]).meta({ description: 'A role or agency id, or {id, attendance}.' });

export const Group = z
	.strictObject({
		id: Id,
		name: text('The group’s name.', 'ISS forum'),
		type: z.enum(groupTypes.values).meta({ description: 'The kind of group, from the report’s glossary (Appendix ONE).' }),
		purpose: text('What the group is for.', 'Multi-agency discussion of referred cases at tier 3/4').optional(),
		focus: z.enum(focuses.values).meta({ description: 'upstream, downstream or both (report 3.3).' }).optional(),
		tiers: tierList,
		membership: z.enum(memberships.values).meta({ description: 'representative, or open to all.' }).optional(),
		meets: z.enum(meetingFrequencies.values).meta({ description: 'How often it meets.' }).optional(),
		chair: Id.meta({ description: 'The role or agency that chairs it.' }).optional(),
		external,
		members: z.array(Member).meta({ description: 'Role or agency ids.' }).optional(),
		members_recorded: z
			.enum(recordings.values)
			.meta({
				description:
					'How fully `members` lists who sits on the group: complete (the default when `members` is given), partial (there are others the map does not name) or not-recorded (the default when `members` is absent: the source does not say who sits here).',
				examples: ['partial']
			})
			.optional(),
		absences: text(
			'Absences the source records without naming the absent members.',
			'Significant absences from some agencies (Appendix 2c)'
		).optional(),
		notes,
		source
	})
	.meta({ description: 'A recurring meeting or team.' });

export const Link = z
	.strictObject({
		from: Id.meta({ description: 'The id of an agency, role or group.' }),
		to: Id.meta({ description: 'The id of an agency, role or group.' }),
		kind: z.enum(linkKinds.values).meta({ description: 'What flows from `from` to `to`.' }),
		notes,
		source
	})
	.meta({ description: 'A directed flow between two items.' });

const FeatureRating = z
	.strictObject({
		rating: z.enum(ratings.values).meta({ description: 'strong (√√), evident (√), emergent (-) or absent (0).' }),
		evidence: text('What the rating rests on.', '19 schools, one bounded town').optional()
	})
	.optional();
const assessmentShape = {} as Record<Feature, typeof FeatureRating>;
for (const feature of features.values) assessmentShape[feature] = FeatureRating;

export const Assessment = z
	.strictObject(assessmentShape)
	.meta({ description: 'The features of the report’s Table 1, rated as in its key.' });

export const LocalityMap = z
	.strictObject({
		locality: Locality,
		agencies: z.array(Agency).optional(),
		roles: z.array(Role).optional(),
		groups: z.array(Group).optional(),
		links: z.array(Link).optional(),
		assessment: Assessment.optional()
	})
	.meta({ title: 'Locality map', description: 'The communication system of one locality at one point in time.' });

export type LocalityMapData = z.infer<typeof LocalityMap>;
export type AgencyData = z.infer<typeof Agency>;
export type RoleData = z.infer<typeof Role>;
export type GroupData = z.infer<typeof Group>;
export type LinkData = z.infer<typeof Link>;
export type MemberData = z.infer<typeof Member>;
export type LocalityData = z.infer<typeof Locality>;
