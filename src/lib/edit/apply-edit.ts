/**
 * One form edit, applied to the text of a map: a transaction on the YAML document. The text
 * is read with the loader's own reader (same bounds: a file the loader refuses as YAML is
 * refused here too, never edited), the edit is checked against the map's ids, and only the
 * text the edit touches changes (yaml-text.ts says why): comments, order, blank lines and
 * the style of every other entry stay exactly as the user wrote them. Schema and reference
 * errors elsewhere in the map do not stop an edit: a half-made map is still edited by form.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';
import { Agency, Group, ID_PATTERN, Link, Locality, Role } from '../format/schema';
import { formatError } from '../load/errors';
import { readYaml, type ReadOptions } from '../load/yaml-document';
import type { EditResult, LinkEnds, MapEdit, MemberInput } from './map-edit';
import { addListKey, appendItem, applyPatches, newTopLevelList, removeItems, removeKey, replaceItem, setKey, type TextPatch } from './yaml-text';
import type { z } from 'zod';

type ItemKind = 'agency' | 'role' | 'group';
const LISTS = { agency: 'agencies', role: 'roles', group: 'groups' } as const;
/** The top-level keys in the order a new one is placed among them. */
const TOP_ORDER = ['locality', 'agencies', 'roles', 'groups', 'links'] as const;
type TopList = 'agencies' | 'roles' | 'groups' | 'links';

interface Entry {
	readonly kind: ItemKind;
	readonly index: number;
	readonly node: YAMLMap;
}

/** Thrown inside an edit to refuse it; caught and returned as `{ ok: false }`. */
class Refusal extends Error {}
const refuse = (message: string): never => {
	throw new Refusal(message);
};

export function applyEdit(text: string, edit: MapEdit, options: ReadOptions = {}): EditResult {
	const read = readYaml(text, options);
	if (!read.ok) {
		const [first] = read.errors;
		const more = read.errors.length > 1 ? ` (and ${read.errors.length - 1} more)` : '';
		return { ok: false, message: `The map cannot be changed by form until its YAML is fixed: ${formatError(first)}${more}` };
	}
	try {
		const editor = new Editor(text, read.source.doc);
		const removed = editor.apply(edit);
		const out = applyPatches(text, editor.patches);
		// A safety net, never expected to fire: the edit must leave text the reader accepts.
		const check = readYaml(out, options);
		if (!check.ok) return { ok: false, message: `This change could not be written safely (${check.errors[0].message}); please edit the YAML by hand and report it.` };
		return { ok: true, text: out, removed };
	} catch (e) {
		if (e instanceof Refusal) return { ok: false, message: e.message };
		throw e;
	}
}

const KIND_WORDS: Record<ItemKind, string> = { agency: 'an agency', role: 'a post (role)', group: 'a group' };

class Editor {
	readonly patches: TextPatch[] = [];
	private readonly root: YAMLMap;
	private readonly ids = new Map<string, Entry>();

	constructor(
		private readonly text: string,
		doc: Document.Parsed
	) {
		this.root = doc.contents as YAMLMap;
		for (const kind of ['agency', 'role', 'group'] as const) {
			this.list(LISTS[kind])?.items.forEach((node, index) => {
				const id = isMap(node) ? node.get('id') : undefined;
				if (typeof id === 'string' && !this.ids.has(id)) this.ids.set(id, { kind, index, node: node as YAMLMap });
			});
		}
	}

	apply(edit: MapEdit): string[] {
		switch (edit.action) {
			case 'add-agency': {
				const { action: _, ...fields } = edit;
				this.checkNewId(edit.id);
				return this.addEntry('agencies', valid(Agency, fields, 'agency'));
			}
			case 'add-role': {
				const { action: _, ...fields } = edit;
				this.checkNewId(edit.id);
				this.expect(edit.agency, ['agency'], 'the agency of a post');
				return this.addEntry('roles', valid(Role, fields, 'post'));
			}
			case 'add-group': {
				const { action: _, members, ...fields } = edit;
				this.checkNewId(edit.id);
				if (edit.chair !== undefined) this.expect(edit.chair, ['role', 'agency'], 'a chair');
				const seen = new Set<string>();
				for (const m of members ?? []) {
					this.expect(m.id, ['role', 'agency'], 'a member');
					if (seen.has(m.id)) refuse(`"${m.id}" is listed twice among the members; list each member once`);
					seen.add(m.id);
				}
				if (edit.members_recorded === 'not-recorded') this.checkRecorded(edit.id, members?.length ?? 0);
				const entry = { ...valid(Group, fields, 'group'), ...(members ? { members: members.map(memberValue) } : {}) };
				return this.addEntry('groups', entry);
			}
			case 'update-agency':
				return this.update('agency', edit.id, edit.changes, Agency, ['name', 'sector']);
			case 'update-role':
				if (edit.changes.agency !== undefined) this.expect(edit.changes.agency, ['agency'], 'the agency of a post');
				return this.update('role', edit.id, edit.changes, Role, ['name', 'agency']);
			case 'update-group':
				if (edit.changes.chair !== undefined) this.expect(edit.changes.chair, ['role', 'agency'], 'a chair');
				if (edit.changes.members_recorded === 'not-recorded') {
					const members = this.entry(edit.id, 'group').node.get('members', true);
					this.checkRecorded(edit.id, isSeq(members) ? members.items.length : 0);
				}
				return this.update('group', edit.id, edit.changes, Group, ['name', 'type']);
			case 'remove-agency': {
				const entry = this.entry(edit.id, 'agency');
				const posts = [...this.ids.entries()].filter(([, e]) => e.kind === 'role' && e.node.get('agency') === edit.id).map(([id]) => `"${id}"`);
				if (posts.length > 0) {
					refuse(`"${edit.id}" cannot be removed while posts belong to it: ${posts.join(', ')}. Remove those posts or move them to another agency first`);
				}
				return this.removeEntry(entry, edit.id);
			}
			case 'remove-role':
				return this.removeEntry(this.entry(edit.id, 'role'), edit.id);
			case 'remove-group':
				return this.removeEntry(this.entry(edit.id, 'group'), edit.id);
			case 'add-member': {
				const group = this.entry(edit.group, 'group');
				this.expect(edit.id, ['role', 'agency'], 'a member');
				if (this.memberIndex(group, edit.id) !== -1) refuse(`"${edit.id}" is already a member of "${edit.group}"`);
				const value = memberValue(edit);
				// "Not recorded" with a member listed is an error: one member known is a partial record.
				if (group.node.get('members_recorded') === 'not-recorded') this.patches.push(...setKey(this.text, group.node, 'members_recorded', 'partial'));
				const members = group.node.get('members', true);
				if (isSeq(members)) this.patches.push(...appendItem(this.text, members, value));
				else if (members === undefined) this.patches.push(...addListKey(this.text, group.node, 'members', [value]));
				else this.patches.push(...setKey(this.text, group.node, 'members', [value]));
				return [];
			}
			case 'set-attendance': {
				const { group, seq, index } = this.member(edit.group, edit.id);
				const item = seq.items[index] as YamlNode;
				if (isMap(item) && item.items.some((p) => isScalar(p.key) && p.key.value !== 'id' && p.key.value !== 'attendance')) {
					// A member with notes keeps them: only its attendance changes.
					this.patches.push(...(edit.attendance === 'regular' ? removeKey(this.text, item, 'attendance') : setKey(this.text, item, 'attendance', edit.attendance)));
				} else {
					this.patches.push(...replaceItem(this.text, seq, index, memberValue(edit)));
				}
				void group;
				return [];
			}
			case 'remove-member': {
				const { seq, index } = this.member(edit.group, edit.id);
				this.patches.push(...this.removeFrom(this.entry(edit.group, 'group').node, 'members', seq, [index]));
				return [];
			}
			case 'add-link': {
				const { action: _, ...fields } = edit;
				this.expect(edit.from, ['agency', 'role', 'group'], 'the start of a link');
				this.expect(edit.to, ['agency', 'role', 'group'], 'the end of a link');
				if (edit.from === edit.to) refuse(`a link must join two different items; both ends are "${edit.from}"`);
				return this.addEntry('links', valid(Link, fields, 'link'));
			}
			case 'update-link': {
				const { node } = this.link(edit.index, edit.was);
				if (!isMap(node)) return refuse(`link number ${edit.index + 1} is not written as from, to and kind; change it in the YAML`);
				const { from, to } = edit.changes;
				if (from !== undefined) this.expect(from, ['agency', 'role', 'group'], 'the start of a link');
				if (to !== undefined) this.expect(to, ['agency', 'role', 'group'], 'the end of a link');
				const ends = [from ?? node.get('from'), to ?? node.get('to')];
				if (ends[0] === ends[1]) refuse(`a link must join two different items; both ends are "${String(ends[0])}"`);
				this.changeFields(node, edit.changes, Link, ['from', 'to', 'kind'], 'link');
				return [];
			}
			case 'remove-link': {
				const { links } = this.link(edit.index, edit.was);
				this.patches.push(...this.removeFrom(this.root, 'links', links, [edit.index]));
				return [];
			}
			case 'set-locality': {
				const locality = this.root.get('locality', true);
				if (!isMap(locality)) return refuse('the map has no `locality:` mapping to change; add one in the YAML first');
				this.changeFields(locality, edit.changes, Locality, ['name', 'as_of'], 'locality');
				return [];
			}
			default:
				// The worker may be sent anything: an edit of no known kind changes nothing.
				return refuse(`there is no such change as “${String((edit as { action?: unknown }).action)}”`);
		}
	}

	private list(key: TopList): YAMLSeq | undefined {
		const node = this.root.get(key, true);
		return isSeq(node) ? node : undefined;
	}

	/** The link at `index`, refused when there is none or, given `was`, when it is not the link the form saw. */
	private link(index: number, was: LinkEnds | undefined): { links: YAMLSeq; node: YamlNode } {
		const links = this.list('links');
		if (!links || !Number.isInteger(index) || index < 0 || index >= links.items.length) {
			return refuse(`there is no link number ${index + 1}: the map has ${links?.items.length ?? 0} links`);
		}
		const node = links.items[index] as YamlNode;
		if (was && !(isMap(node) && node.get('from') === was.from && node.get('to') === was.to && node.get('kind') === was.kind)) {
			refuse(`the links have changed since the form read them: link number ${index + 1} is no longer "${was.from}" ${was.kind} "${was.to}". Choose the link again`);
		}
		return { links, node };
	}

	/** The loader's rule, checked before writing: a group that lists members cannot say its members are not recorded. */
	private checkRecorded(id: string, members: number) {
		if (members > 0) {
			refuse(`"${id}" lists ${members === 1 ? '1 member' : `${members} members`}, so its members cannot be marked as not recorded: use "partial" when the list is not the whole group`);
		}
	}

	private checkNewId(id: string) {
		if (!ID_PATTERN.test(id)) refuse(`"${id}" is not a valid id: use lower-case letters and digits joined by single hyphens, such as "social-care"`);
		const taken = this.ids.get(id);
		if (taken) refuse(`the id "${id}" is already taken by ${KIND_WORDS[taken.kind]} (${LISTS[taken.kind]}[${taken.index}]); choose another`);
	}

	/** Refuses an id that is not in the map, or is in it as the wrong kind of item. */
	private expect(id: string, kinds: readonly ItemKind[], what: string): Entry {
		const entry = this.ids.get(id);
		const expected = kinds.map((k) => KIND_WORDS[k]).join(' or ');
		if (!entry) return refuse(`unknown id "${id}": ${what} must be the id of ${expected} in this map`);
		if (!kinds.includes(entry.kind)) refuse(`"${id}" is ${KIND_WORDS[entry.kind]}, but ${what} must be ${expected}`);
		return entry;
	}

	private entry(id: string, kind: ItemKind): Entry {
		return this.expect(id, [kind], `the item to change`);
	}

	private memberIndex(group: Entry, id: string): number {
		const members = group.node.get('members', true);
		if (!isSeq(members)) return -1;
		return members.items.findIndex((m) => memberId(m as YamlNode) === id);
	}

	private member(groupId: string, id: string) {
		const group = this.entry(groupId, 'group');
		const index = this.memberIndex(group, id);
		if (index === -1) refuse(`"${id}" is not a member of "${groupId}"`);
		return { group, seq: group.node.get('members', true) as unknown as YAMLSeq, index };
	}

	/** Appends an entry to a top-level list, starting the list (in the order of TOP_ORDER) if the map has none. */
	private addEntry(key: TopList, entry: Record<string, unknown>): string[] {
		const seq = this.list(key);
		if (seq) {
			this.patches.push(...appendItem(this.text, seq, entry));
			return [];
		}
		const existing = this.root.items.find((p) => isScalar(p.key) && p.key.value === key);
		if (existing) {
			// `groups:` with nothing after it, or some other value: written anew as a list.
			this.patches.push(...setKey(this.text, this.root, key, [entry]));
			return [];
		}
		const later = TOP_ORDER.slice(TOP_ORDER.indexOf(key) + 1);
		const next = this.root.items.find((p) => isScalar(p.key) && (later as readonly unknown[]).includes(p.key.value));
		const at = next ? this.startWithComments((next.key as YamlNode).range![0]) : this.text.length;
		this.patches.push(newTopLevelList(this.text, at, key, [entry]));
		return [];
	}

	/** The start of the comment lines directly above `pos`'s line, which belong to what follows them. */
	private startWithComments(pos: number): number {
		let start = this.text.lastIndexOf('\n', pos - 1) + 1;
		while (start > 0) {
			const prev = this.text.lastIndexOf('\n', start - 2) + 1;
			if (!/^\s*#/.test(this.text.slice(prev, start))) break;
			start = prev;
		}
		return start;
	}

	private update(kind: ItemKind, id: string, changes: Record<string, unknown>, schema: z.ZodObject, required: readonly string[]): string[] {
		const entry = this.entry(id, kind);
		this.changeFields(entry.node, changes, schema, required, kind === 'role' ? 'post' : kind);
		return [];
	}

	private changeFields(node: YAMLMap, changes: Record<string, unknown>, schema: z.ZodObject, required: readonly string[], what: string) {
		if ('id' in changes) refuse(`an id cannot be changed by form: other items refer to it`);
		const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
		for (const [key, value] of Object.entries(changes)) {
			if (value === undefined && required.includes(key)) refuse(`the ${what}'s ${key} cannot be removed: every ${what} has one`);
		}
		const parsed = schema.partial().safeParse(set);
		if (!parsed.success) refuse(describeIssue(parsed.error.issues[0], what));
		// New keys are written in the schema's order, whatever order the form gave them in.
		const keys = Object.keys(schema.shape).filter((key) => key in changes);
		for (const key of keys) {
			const value = changes[key];
			this.patches.push(...(value === undefined ? removeKey(this.text, node, key) : setKey(this.text, node, key, value)));
		}
	}

	/**
	 * Removes items from a list. A block list left empty would read as nothing (`members:`
	 * with no value is not a list): a top-level list goes with its key, a group's members
	 * become `[]`, which still says "no members", unlike no key at all.
	 */
	private removeFrom(parent: YAMLMap, key: string, seq: YAMLSeq, indices: readonly number[]): TextPatch[] {
		if (seq.flow || indices.length < seq.items.length) return removeItems(this.text, seq, indices);
		return parent === this.root ? removeKey(this.text, parent, key) : setKey(this.text, parent, key, []);
	}

	/** Removes an item with its seats on groups, the groups it chairs and its links, and says where each was. */
	private removeEntry(entry: Entry, id: string): string[] {
		const removed: string[] = [];
		this.patches.push(...this.removeFrom(this.root, LISTS[entry.kind], this.list(LISTS[entry.kind])!, [entry.index]));
		this.list('groups')?.items.forEach((g, gi) => {
			if (!isMap(g) || (entry.kind === 'group' && gi === entry.index)) return;
			if (g.get('chair') === id) {
				this.patches.push(...removeKey(this.text, g, 'chair'));
				removed.push(`groups[${gi}].chair`);
			}
			const members = g.get('members', true);
			if (!isSeq(members)) return;
			const gone = members.items.flatMap((m, mi) => (memberId(m as YamlNode) === id ? [mi] : []));
			if (gone.length === 0) return;
			this.patches.push(...this.removeFrom(g, 'members', members, gone));
			for (const mi of gone) removed.push(`groups[${gi}].members[${mi}]`);
		});
		const links = this.list('links');
		if (links) {
			const gone = links.items.flatMap((l, li) => (isMap(l) && (l.get('from') === id || l.get('to') === id) ? [li] : []));
			if (gone.length > 0) this.patches.push(...this.removeFrom(this.root, 'links', links, gone));
			for (const li of gone) removed.push(`links[${li}]`);
		}
		return removed;
	}
}

function memberId(node: YamlNode): unknown {
	if (isScalar(node)) return node.value;
	if (isMap(node)) return node.get('id');
	return undefined;
}

/** A member as written: a plain id when it attends regularly, `{ id, attendance }` otherwise. */
function memberValue(m: MemberInput): string | { id: string; attendance: string } {
	return m.attendance === undefined || m.attendance === 'regular' ? m.id : { id: m.id, attendance: m.attendance };
}

/** The entry's fields in the schema's order, checked by it; refused in plain words if they do not fit. */
function valid(schema: z.ZodObject, fields: Record<string, unknown>, what: string): Record<string, unknown> {
	const parsed = schema.safeParse(fields);
	if (!parsed.success) refuse(describeIssue(parsed.error.issues[0], what));
	const ordered: Record<string, unknown> = {};
	for (const key of Object.keys(schema.shape)) if (fields[key] !== undefined) ordered[key] = fields[key];
	return ordered;
}

function describeIssue(issue: z.core.$ZodIssue, what: string): string {
	const key = issue.path.map(String).join('.');
	return `the ${what}'s ${key || 'fields'} ${key ? 'is' : 'are'} not right: ${issue.message}`;
}
