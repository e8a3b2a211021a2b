/**
 * The rules the schema cannot see, because they span the file: ids are unique across
 * agencies, roles and groups; every reference names an item that exists and is of the
 * right kind. Works on the raw data, so it runs even where the schema found faults and
 * all errors are reported together.
 */
import { ID_PATTERN } from '../format/schema';
import type { ItemKind } from '../model/locality-model';
import type { MapError } from './errors';
import { formatPath } from './errors';
import { didYouMean } from './suggest';
import { errorAt, positionOf, type YamlSource } from './yaml-document';

const LISTS: readonly [string, ItemKind][] = [
	['agencies', 'agency'],
	['roles', 'role'],
	['groups', 'group']
];
const ARTICLE: Record<ItemKind, string> = { agency: 'an agency', role: 'a role', group: 'a group' };

type Path = (string | number)[];

export function checkReferences(source: YamlSource): MapError[] {
	const root = asRecord(source.value);
	if (!root) return [];
	const errors: MapError[] = [];
	const declared = new Map<string, { kind: ItemKind; path: Path }>();

	// In the order they stand in the file, so "the first" is the one a reader meets first.
	const ids: { id: string; kind: ItemKind; path: Path; line: number; column: number }[] = [];
	for (const [list, kind] of LISTS) {
		entries(root[list]).forEach((item, i) => {
			const id = asRecord(item)?.id;
			if (typeof id !== 'string' || !ID_PATTERN.test(id)) return;
			const path: Path = [list, i, 'id'];
			ids.push({ id, kind, path, ...positionOf(source, path) });
		});
	}
	ids.sort((a, b) => a.line - b.line || a.column - b.column);
	for (const { id, kind, path } of ids) {
		const first = declared.get(id);
		if (first) {
			const there = positionOf(source, first.path);
			errors.push(
				errorAt(source, path, 'duplicate-id', `duplicate id "${id}": ${ARTICLE[first.kind]} at line ${there.line} (${formatPath(first.path.slice(0, 2))}) already has it; ids must be unique in a file`)
			);
		} else declared.set(id, { kind, path });
	}

	const check = (value: unknown, path: Path, allowed: readonly ItemKind[], what: string) => {
		if (typeof value !== 'string' || !ID_PATTERN.test(value)) return;
		const target = declared.get(value);
		const wanted = allowed.map((k) => ARTICLE[k]).join(' or ');
		if (!target) {
			const candidates = [...declared].filter(([, d]) => allowed.includes(d.kind)).map(([id]) => id);
			errors.push(errorAt(source, path, 'unknown-id', `unknown id "${value}": ${what} must be the id of ${wanted} in this file${didYouMean(value, candidates)}`));
		} else if (!allowed.includes(target.kind)) {
			errors.push(errorAt(source, path, 'wrong-kind', `"${value}" is ${ARTICLE[target.kind]}, but ${what} must be ${wanted}`));
		}
	};

	entries(root.roles).forEach((role, i) => check(asRecord(role)?.agency, ['roles', i, 'agency'], ['agency'], "a role's agency"));

	entries(root.groups).forEach((raw, i) => {
		const group = asRecord(raw);
		if (!group) return;
		check(group.chair, ['groups', i, 'chair'], ['role', 'agency'], 'a chair');
		if (group.members_recorded === 'not-recorded' && entries(group.members).length > 0) {
			errors.push(
				errorAt(
					source,
					['groups', i, 'members_recorded'],
					'bad-value',
					`members_recorded is "not-recorded", but ${entries(group.members).length === 1 ? '1 member is' : `${entries(group.members).length} members are`} listed: use "partial" when the list is not the whole group`
				)
			);
		}
		const seen = new Set<string>();
		entries(group.members).forEach((member, j) => {
			const record = asRecord(member);
			const id = record ? record.id : member;
			const path: Path = record ? ['groups', i, 'members', j, 'id'] : ['groups', i, 'members', j];
			check(id, path, ['role', 'agency'], 'a member');
			if (typeof id === 'string' && seen.has(id)) {
				errors.push(errorAt(source, path, 'duplicate-id', `"${id}" is listed twice among this group's members; keep one`));
			}
			if (typeof id === 'string') seen.add(id);
		});
	});

	entries(root.links).forEach((raw, i) => {
		const link = asRecord(raw);
		if (!link) return;
		check(link.from, ['links', i, 'from'], ['agency', 'role', 'group'], 'a link end');
		check(link.to, ['links', i, 'to'], ['agency', 'role', 'group'], 'a link end');
		if (typeof link.from === 'string' && link.from === link.to) {
			errors.push(errorAt(source, ['links', i, 'to'], 'bad-value', `this link goes from "${link.from}" to itself; a link joins two different items`));
		}
	});
	return errors;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function entries(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}
