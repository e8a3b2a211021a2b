import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { itemDetails } from './item-details';
import { indexItems, systemsMinding, type ItemId, type LocalityModel } from './locality-model';
import { searchItems } from './search-items';

const MAP = `locality: { id: vale, name: Vale, as_of: 2005-07 }
agencies:
  - { id: schools, name: Schools, sector: education, count: 19 }
  - { id: constructor, name: Health Visiting, sector: health }
roles:
  - { id: hsclw, name: Home School Community Link Worker, agency: schools, funding: short-term, systems_minder: true }
groups:
  - { id: forum, name: ISS forum, type: panel, meets: bi-monthly, chair: hsclw, purpose: Cases at tier 3/4, members: [hsclw, { id: constructor, attendance: absent }] }
links:
  - { from: constructor, to: forum, kind: refers }
`;

const model = (): LocalityModel => modelOf(MAP);
const id = (s: string) => s as ItemId;

describe('itemDetails', () => {
	it('gathers a group’s facts and members in plain words', () => {
		const m = model();
		const d = itemDetails(m, indexItems(m), id('forum'))!;
		expect(d.subtitle).toBe('Group · Panel');
		expect(d.facts).toEqual([
			{ label: 'Type', value: 'Panel' },
			{ label: 'Purpose', value: 'Cases at tier 3/4' },
			{ label: 'Meets', value: 'Every two months' },
			{ label: 'Chair', value: 'Home School Community Link Worker' }
		]);
		expect(d.members).toEqual([
			{ id: 'hsclw', name: 'Home School Community Link Worker', note: 'chair' },
			{ id: 'constructor', name: 'Health Visiting', note: 'attends rarely or never (absent)' }
		]);
		expect(d.linksIn).toEqual([{ kind: 'refers', end: 'to', verb: 'Receives cases from', other: { id: 'constructor', name: 'Health Visiting' } }]);
		expect(d.silence).toBeUndefined();
	});

	it('says where a role sits, its funding and that it minds the system', () => {
		const m = model();
		const d = itemDetails(m, indexItems(m), id('hsclw'))!;
		expect(d.subtitle).toBe('Role · Schools');
		expect(d.facts).toContainEqual({ label: 'Funding', value: 'Short-term (insecure)' });
		expect(d.facts).toContainEqual({ label: 'Systems minder', value: 'yes: minds the communication system (report 3.8)' });
		expect(d.memberOf).toEqual([{ id: 'forum', name: 'ISS forum', note: 'chair' }]);
	});

	it('reads each link from the item’s own end, in the vocabulary’s words', () => {
		const m = model();
		const d = itemDetails(m, indexItems(m), id('constructor'))!;
		expect(d.linksOut).toEqual([{ kind: 'refers', end: 'from', verb: 'Refers cases to', other: { id: 'forum', name: 'ISS forum' } }]);
		expect(d.linksIn).toEqual([]);
	});

	it('seats a chair who is not listed as a member, on both sides', () => {
		const m = modelOf(MAP.replace('members: [hsclw, { id: constructor, attendance: absent }]', 'members: [{ id: constructor, attendance: absent }]'));
		const index = indexItems(m);
		expect(itemDetails(m, index, id('forum'))!.members).toEqual([
			{ id: 'constructor', name: 'Health Visiting', note: 'attends rarely or never (absent)' },
			{ id: 'hsclw', name: 'Home School Community Link Worker', note: 'chair' }
		]);
		expect(itemDetails(m, index, id('hsclw'))!.memberOf).toEqual([{ id: 'forum', name: 'ISS forum', note: 'chair' }]);
	});

	it('says in plain words where the map does not record who sits where', () => {
		const silent = modelOf(`locality: { id: vale, name: Vale, as_of: 2005-07 }
agencies:
  - { id: schools, name: Schools, sector: education, groups_recorded: partial }
roles:
  - { id: head, name: Head, agency: schools, groups_recorded: not-recorded }
groups:
  - { id: panel, name: Panel, type: panel }
  - { id: list, name: Mailing list, type: network, members_recorded: partial, members: [schools] }
`);
		const index = indexItems(silent);
		const panel = itemDetails(silent, index, id('panel'))!;
		expect(panel.members).toEqual([]);
		expect(panel.silence).toBe('The map does not record who sits on this group.');
		expect(itemDetails(silent, index, id('list'))!.silence).toBe('The map names only some of those who sit on this group.');
		expect(itemDetails(silent, index, id('head'))!.silence).toBe('The map does not record which groups this post sits on.');
		const schools = itemDetails(silent, index, id('schools'))!;
		expect(schools.memberOf).toEqual([{ id: 'list', name: 'Mailing list' }]);
		expect(schools.silence).toBe('The map names only some of the groups this agency sits on.');
	});

	it('treats an id such as constructor as an ordinary id', () => {
		const m = model();
		const d = itemDetails(m, indexItems(m), id('constructor'))!;
		expect(d.title).toBe('Health Visiting');
		expect(d.linksOut.map((l) => l.other.id)).toEqual(['forum']);
		expect(itemDetails(m, indexItems(m), id('toString'))).toBeUndefined();
	});
});

describe('searchItems', () => {
	it('ranks names starting with the query first and needs every word', () => {
		const m = model();
		const index = indexItems(m);
		expect(searchItems(m, index, 'iss').map((i) => i.id)).toEqual(['forum']);
		expect(searchItems(m, index, 'link worker').map((i) => i.id)).toEqual(['hsclw']);
		expect(searchItems(m, index, 'health').map((i) => i.id)).toEqual(['constructor']);
		expect(searchItems(m, index, 'education').map((i) => i.id)).toEqual(['schools', 'hsclw']);
		expect(searchItems(m, index, '  ')).toEqual([]);
		expect(searchItems(m, index, 'nothing like this')).toEqual([]);
	});
});

describe('systemsMinding', () => {
	const roles = (marks: string[]) =>
		modelOf(`locality: { id: t, name: T, as_of: "2005" }
agencies:
  - { id: a, name: A, sector: other }
${marks.length ? `roles:\n${marks.map((m, i) => `  - { id: r${i}, name: R${i}, agency: a${m === '' ? '' : `, systems_minder: ${m}`} }`).join('\n')}\n` : ''}`);
	it('names the posts marked as minding the system', () => {
		expect(systemsMinding(roles(['true', 'false', ''])).minders.map((r) => r.id)).toEqual(['r0']);
		expect(systemsMinding(roles(['true', 'false', ''])).known).toBe(true);
	});
	it('knows there is no one only when every post says not; one post silent, or no posts, is not recorded', () => {
		expect(systemsMinding(roles(['false', 'false']))).toMatchObject({ minders: [], known: true });
		expect(systemsMinding(roles(['false', '']))).toMatchObject({ minders: [], known: false });
		expect(systemsMinding(roles([]))).toMatchObject({ minders: [], known: false });
	});
});
