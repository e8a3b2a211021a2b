import { describe, expect, it } from 'vitest';
import { reportMap } from '../../../tests/unit/helpers/maps';
import { audit } from '../analysis/audit';
import { indexItems, type ItemId } from '../model/locality-model';
import { seatsHeldBy } from '../model/seats';
import { highlight } from './highlight';
import { nextInDirection, tabOrder, walkAnnouncement, type Placed } from './walk';

const at = (id: string, x: number, y: number): Placed => ({ id: id as ItemId, x, y });
const HERE = at('here', 0, 0);
const AROUND = [at('east', 100, 10), at('far-east', 300, 0), at('south', 0, 80), at('north-west', -60, -70), at('west', -200, 5)];

describe('walking the graph by keyboard', () => {
	it('an arrow reaches the nearest neighbour that way', () => {
		expect(nextInDirection(HERE, AROUND, 'right')).toBe('east');
		expect(nextInDirection(HERE, AROUND, 'down')).toBe('south');
		expect(nextInDirection(HERE, AROUND, 'left')).toBe('north-west');
		expect(nextInDirection(HERE, AROUND, 'up')).toBe('north-west');
	});

	it('prefers a neighbour straight ahead to a nearer one off to the side', () => {
		expect(nextInDirection(HERE, [at('ahead', 120, 0), at('aside', 70, 90)], 'right')).toBe('ahead');
	});

	it('reaches nothing where no neighbour lies that way', () => {
		expect(nextInDirection(HERE, [at('east', 100, 0)], 'left')).toBeUndefined();
		expect(nextInDirection(HERE, [], 'up')).toBeUndefined();
	});

	it('Tab goes round the neighbours clockwise from straight up', () => {
		expect(tabOrder(HERE, AROUND)).toEqual(['far-east', 'east', 'south', 'west', 'north-west']);
	});
});

describe('what the walk says on reaching an item', () => {
	const model = reportMap('city-2005-07');
	const index = indexItems(model);
	const fragile = highlight(model, audit(model), 'fragile');

	it('names the post, its agency, the groups it sits on and its ties', () => {
		const post = model.roles.find((r) => seatsHeldBy(model, r.id).length > 0)!;
		const said = walkAnnouncement(model, index, post.id, 3, highlight(model, audit(model), 'none'));
		expect(said).toMatch(new RegExp(`^${post.name.replace(/[()]/g, '\\$&')}, post in `));
		expect(said).toMatch(/Sits on (one group|\d+ groups): /);
		expect(said).toContain('3 ties.');
		expect(said).not.toContain('In this highlight');
	});

	it('says what the chosen highlight marks it as, in the key’s words', () => {
		const [point] = audit(model).fragile;
		expect(walkAnnouncement(model, index, point.id, 5, fragile)).toMatch(/In this highlight: a single point of failure(\.| and )/);
	});

	it('names a group by its type', () => {
		const group = model.groups[0];
		expect(walkAnnouncement(model, index, group.id, 1, fragile)).toMatch(/, group \(.+\)\. One tie\./);
	});
});
