/**
 * The audit as a readable report (`npm run map -- audit FILE`): the Vale of audit.test.ts,
 * worked by hand there, read line by line; what is not recorded in a section of its own,
 * apart from the gaps; the empty map; and a what-if.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { HEAD, VALE } from '../../../tests/unit/helpers/maps';
import { indexItems, type ItemId } from '../model/locality-model';
import { audit } from './audit';
import { auditText } from './audit-text';

const textOf = (yaml: string, removed: string[] = []) => {
	const model = modelOf(yaml);
	return auditText(audit(model, { removed: removed as ItemId[] }), indexItems(model));
};

describe('auditText', () => {
	it('reads the Vale section by section, with what to find out apart from the gaps', () => {
		// The steering group's members are not recorded: the sectors no one is recorded for
		// and the groups whose focus is not given are questions, not gaps; the panel holds the
		// steering group and the local authority, and the steering group holds the local
		// authority (an agency that may sit on it unrecorded), on the map's record only: nothing
		// is sure, so the panel (two held) comes first.
		expect(textOf(VALE).split('\n')).toEqual([
			'Audit of Vale as of 2005-07',
			'7 items, 7 ties, density 0.333, all in one connected part',
			'',
			'Hubs (3)',
			'  - Hub: Panel has 3 direct ties, and 60% of the shortest routes between two other items pass through it.',
			'    Report 3.8, 5.2: Someone must mind the system; a hub takes the strain for others.',
			'  - Hub: Head has 3 direct ties, and 43% of the shortest routes between two other items pass through it.',
			'    Report 3.8, 5.2: Someone must mind the system; a hub takes the strain for others.',
			'  - Hub: Steering group has 2 direct ties, and 33% of the shortest routes between two other items pass through it.',
			'    Report 3.8, 5.2: Someone must mind the system; a hub takes the strain for others.',
			'',
			'Single points of failure (2)',
			'  - Single point of failure: If Panel went, nothing the map records would join Local authority and Steering group to the rest of the system; but the map does not record all the seats that might.',
			'    Report 3.8, 5.2: A system that hangs on one post or group loses what it holds when that one goes: the system needs minding.',
			'  - Single point of failure: If Steering group went, nothing the map records would join Local authority to the rest of the system; but the map does not record all the seats that might.',
			'    Report 3.8, 5.2: A system that hangs on one post or group loses what it holds when that one goes: the system needs minding.',
			'',
			'Overlaps (3)',
			'  - Overlapping membership: Panel and Team share 2 of the 2 people and agencies who sit on either (100%): do both need to meet?',
			'    Report 3.2: Overlapping meetings with similar personnel confuse people and waste their time.',
			'  - Meeting load: CAMHS sits on at least 2 groups: at least 42 meetings a year.',
			'    Report 3.7, 3.9: People are overwhelmed by the demands of many separate meetings.',
			'  - Meeting load: Head sits on at least 2 groups: at least 42 meetings a year.',
			'    Report 3.7, 3.9: People are overwhelmed by the demands of many separate meetings.',
			'',
			'Gaps (1)',
			'  - Absent members: Panel meets without all its members: CAMHS (occasional).',
			'    Report 4.4, Appendix 2c: Absences leave meetings deciding without the people involved.',
			'',
			'Not recorded: what to find out (3)',
			'  - Not recorded: The map does not record who sits on Steering group. Who sits on Steering group, and how often do they come?',
			'    Report 3.1: Mapping the patterns of interagency activity is a prerequisite to action: find out what the map does not record.',
			'  - Not recorded: No one from health, social care, voluntary and families is recorded on any group, but the map does not record who sits on Steering group. Does anyone from health, social care, voluntary and families sit on a group here?',
			'    Report 3.1: Mapping the patterns of interagency activity is a prerequisite to action: find out what the map does not record.',
			'  - Not recorded: No group is recorded with an upstream focus, but the map does not record the focus of Team and Steering group. Where do people talk about making things better for all children, not only those already in difficulty (report 3.3)?',
			'    Report 3.1: Mapping the patterns of interagency activity is a prerequisite to action: find out what the map does not record.',
			'',
			'Most central items (degree, betweenness)',
			'  0.500  0.600  Panel (group)',
			'  0.500  0.433  Head (role)',
			'  0.333  0.333  Steering group (group)',
			'  0.333  0.100  CAMHS (agency)',
			'  0.333  0.067  Team (group)'
		]);
	});

	it('says “none found” under each empty section of an empty map', () => {
		const text = textOf(HEAD).split('\n');
		expect(text.slice(0, 2)).toEqual(['Audit of Test as of 2005', '0 items, 0 ties, density 0, 0 separate parts']);
		for (const title of ['Hubs (0)', 'Single points of failure (0)', 'Overlaps (0)']) expect(text[text.indexOf(title) + 1]).toBe('  none found');
		expect(text).toContain('Gaps (6)');
		expect(text).toContain('Not recorded: what to find out (1)');
		expect(text).not.toContain('Most central items (degree, betweenness)');
	});

	it('names what a what-if removed and what it cut off, by name', () => {
		// The Vale with its steering group recorded as the local authority alone; without the
		// panel, the steering group and the local authority are cut off from the main part.
		const text = textOf(VALE.replace('chair: la }', 'chair: la, members: [la] }'), ['panel']).split('\n');
		expect(text.slice(0, 3)).toEqual([
			'Audit of Vale as of 2005-07',
			'6 items, 4 ties, density 0.267, 2 separate parts',
			'What if these went: Panel. Cut off from the main part: Local authority, Steering group.'
		]);
	});
});
