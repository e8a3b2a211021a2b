/**
 * The editor's forms as plain data: what each form's fields hold for an item of the map (its
 * "form values": text as typed, '' for "not said"), the item's data they stand for (as an
 * edit wants it), what an update changes, and how a form follows the map when the text is
 * read again without losing what the user has typed.
 *
 * What an update changes: only the fields whose value differs from the item's, an emptied
 * field as `undefined` (which removes the key from the file), so an unchanged field never
 * touches the text.
 */
import type { LinkEnds } from '../edit/map-edit';
import { AS_OF_PATTERN, calendarProblem } from '../format/patterns';
import type {
	Boundary,
	Focus,
	Funding,
	GroupType,
	LinkKind,
	LocalityKind,
	MeetingFrequency,
	Membership,
	Recording,
	Sector,
	Tier
} from '../format/vocabulary';
import type { Agency, Group, Link, LocalityModel, Role } from '../model/locality-model';

/** A value a field holds, or the data it stands for: text, a number, a yes or no, or a list of tiers. */
export type FieldValue = string | number | boolean | readonly number[] | undefined;
export type FieldValues = Readonly<Record<string, FieldValue>>;

/** An empty or blank text field, or an empty list, means "not said"; text is trimmed and a list of tiers sorted. */
export function fieldValue(value: FieldValue): FieldValue {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (Array.isArray(value)) return value.length === 0 ? undefined : [...value].sort((a, b) => a - b);
	return value;
}

/** Whether two fields say the same, as `fieldValue` reads them. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
	const [x, y] = [fieldValue(a), fieldValue(b)];
	if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
	return x === y;
}

export function fieldChanges(before: FieldValues, after: FieldValues, keys: readonly string[]): Record<string, FieldValue> {
	const changes: Record<string, FieldValue> = {};
	for (const key of keys) {
		if (!sameValue(before[key], after[key])) changes[key] = fieldValue(after[key]);
	}
	return changes;
}

/** Keeps only the fields that say something, for an add edit. */
export function presentFields(values: FieldValues): Record<string, Exclude<FieldValue, undefined>> {
	const out: Record<string, Exclude<FieldValue, undefined>> = {};
	for (const [key, value] of Object.entries(values)) {
		const v = fieldValue(value);
		if (v !== undefined) out[key] = v;
	}
	return out;
}

/**
 * A form following its item when the map is read again. `base` is what the form last loaded
 * from the map, `current` what its fields hold now, `saved` what the map holds now. A field
 * the user has not touched (it still says what was loaded) takes the map's new value; a field
 * the user has changed keeps what they typed, even when the map changed it too. So a re-read
 * caused by typing in the YAML, or by another form, never loses anything half-typed.
 * `changed` lists the fields whose value the form should set.
 */
export function followSaved<T extends FieldValues>(base: T, current: T, saved: T): { values: T; changed: (keyof T & string)[] } {
	const values = { ...current };
	const changed: (keyof T & string)[] = [];
	for (const key of Object.keys(saved) as (keyof T & string)[]) {
		if (sameValue(base[key], saved[key]) || !sameValue(base[key], current[key])) continue;
		values[key] = saved[key];
		changed.push(key);
	}
	return { values, changed };
}

/** A count as typed: blank for "not said", or a number more than 0 (posts may be fractional: 0.8). */
export function parseCount(text: string): { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: undefined };
	const value = Number(trimmed.replace(/,/g, '.'));
	if (!/^\d*[.,]?\d+$/.test(trimmed) || !Number.isFinite(value) || value <= 0) {
		return { ok: false, message: `The number “${trimmed}” is not a count: write a number more than 0, such as 3 or 0.5, or leave it empty.` };
	}
	return { ok: true, value };
}

/** Why a date as typed is not one the format accepts, in words; null when it is. */
export function asOfProblem(text: string): string | null {
	const trimmed = text.trim();
	if (trimmed === '') return 'Give the date the map describes: a year (2005), a month (2005-07) or a day (2005-07-14).';
	if (!AS_OF_PATTERN.test(trimmed)) return `“${trimmed}” is not a date the map can hold: write a year (2005), a month (2005-07) or a day (2005-07-14).`;
	return calendarProblem(trimmed);
}

const countText = (count: number | undefined) => (count === undefined ? '' : String(count));
const countData = (text: string) => {
	const parsed = parseCount(text);
	return parsed.ok ? parsed.value : undefined;
};
/** A yes-or-no that may also be unsaid: the audit reads a silence differently from a "no". */
export type YesNo = '' | 'yes' | 'no';
const yesNoText = (value: boolean | undefined): YesNo => (value === undefined ? '' : value ? 'yes' : 'no');
const yesNoData = (value: YesNo) => (value === '' ? undefined : value === 'yes');
/** `groups_recorded` says `complete` by leaving the key out: the default. */
const groupsRecordedData = (value: Recording) => (value === 'complete' ? undefined : value);

export interface LocalityFormValues {
	name: string;
	kind: LocalityKind | '';
	as_of: string;
	boundary: Boundary | '';
	summary: string;
	[key: string]: FieldValue;
}
export const LOCALITY_KEYS = ['name', 'kind', 'as_of', 'boundary', 'summary'] as const;

export function localityFormValues(locality: LocalityModel['locality']): LocalityFormValues {
	return { name: locality.name, kind: locality.kind ?? '', as_of: String(locality.as_of), boundary: locality.boundary ?? '', summary: locality.summary ?? '' };
}

export interface AgencyFormValues {
	name: string;
	sector: Sector;
	tiers: Tier[];
	count: string;
	external: boolean;
	groups_recorded: Recording;
	notes: string;
	source: string;
	[key: string]: FieldValue;
}
export const AGENCY_KEYS = ['name', 'sector', 'tiers', 'count', 'external', 'groups_recorded', 'notes', 'source'] as const;

export function agencyFormValues(agency: Agency | undefined): AgencyFormValues {
	return {
		name: agency?.name ?? '',
		sector: agency?.sector ?? 'other',
		tiers: [...(agency?.tiers ?? [])],
		count: countText(agency?.count),
		external: agency?.external === true,
		groups_recorded: agency?.groups_recorded ?? 'complete',
		notes: agency?.notes ?? '',
		source: agency?.source ?? ''
	};
}

/** An agency's fields as the file holds them: `external: false` and `groups_recorded: complete` are the defaults, left out. */
export function agencyData(values: AgencyFormValues): FieldValues {
	return { ...values, count: countData(values.count), external: values.external || undefined, groups_recorded: groupsRecordedData(values.groups_recorded) };
}

export interface RoleFormValues {
	name: string;
	agency: string;
	count: string;
	funding: Funding | '';
	systems_minder: YesNo;
	tiers: Tier[];
	groups_recorded: Recording;
	notes: string;
	source: string;
	[key: string]: FieldValue;
}
export const ROLE_KEYS = ['name', 'agency', 'count', 'funding', 'systems_minder', 'tiers', 'groups_recorded', 'notes', 'source'] as const;

/** A post's fields; a new post is employed by `agency` until the user chooses another. */
export function roleFormValues(role: Role | undefined, agency = ''): RoleFormValues {
	return {
		name: role?.name ?? '',
		agency: role?.agency ?? agency,
		count: countText(role?.count),
		funding: role?.funding ?? '',
		systems_minder: yesNoText(role?.systems_minder),
		tiers: [...(role?.tiers ?? [])],
		groups_recorded: role?.groups_recorded ?? 'complete',
		notes: role?.notes ?? '',
		source: role?.source ?? ''
	};
}

export function roleData(values: RoleFormValues): FieldValues {
	return { ...values, count: countData(values.count), systems_minder: yesNoData(values.systems_minder), groups_recorded: groupsRecordedData(values.groups_recorded) };
}

/** An agency's or a post's fields in one record, for the one form that edits both: the other kind's fields stay blank. */
export type ItemFormValues = AgencyFormValues & RoleFormValues;

export function itemFormValues(item: Agency | Role | undefined, agency = ''): ItemFormValues {
	const blank = { ...agencyFormValues(undefined), ...roleFormValues(undefined, agency) };
	if (!item) return blank;
	return { ...blank, ...(item.kind === 'agency' ? agencyFormValues(item) : roleFormValues(item)) };
}

/** The data of an agency's or a post's fields: only the keys that kind of item has. */
export function itemData(kind: 'agency' | 'role', values: ItemFormValues): FieldValues {
	const data = kind === 'agency' ? agencyData(values) : roleData(values);
	const keys: readonly string[] = kind === 'agency' ? AGENCY_KEYS : ROLE_KEYS;
	return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/** Why an agency's or a post's fields cannot be written, in words, with the field at fault; null when they can. */
export function itemProblem(kind: 'agency' | 'role', values: ItemFormValues): { readonly field: 'name' | 'count' | 'agency'; readonly message: string } | null {
	const word = kind === 'agency' ? 'agency' : 'post';
	if (!values.name.trim()) return { field: 'name', message: `Give the ${word} a name.` };
	if (kind === 'role' && !values.agency) return { field: 'agency', message: 'Choose the agency that employs the post.' };
	const count = parseCount(values.count);
	if (!count.ok) return { field: 'count', message: count.message };
	return null;
}

export interface GroupFormValues {
	name: string;
	type: GroupType;
	purpose: string;
	meets: MeetingFrequency | '';
	chair: string;
	focus: Focus | '';
	tiers: Tier[];
	membership: Membership | '';
	external: boolean;
	/** '' while the group says nothing, and the format's default applies (`recordedDefault`). */
	members_recorded: Recording | '';
	absences: string;
	notes: string;
	source: string;
	[key: string]: FieldValue;
}
export const GROUP_KEYS = ['name', 'type', 'purpose', 'meets', 'chair', 'focus', 'tiers', 'membership', 'external', 'members_recorded', 'absences', 'notes', 'source'] as const;
/** The group fields a form may keep out of sight until asked for: they are rarely known. */
export const GROUP_MORE_KEYS = ['focus', 'tiers', 'membership', 'external', 'absences', 'notes', 'source'] as const;

/** How fully a group's members are recorded when the file does not say (docs/format.md): in full once any are listed. */
export const recordedDefault = (members: number): Recording => (members > 0 ? 'complete' : 'not-recorded');

export function groupFormValues(group: Group | undefined): GroupFormValues {
	const recorded = group?.members_recorded;
	return {
		name: group?.name ?? '',
		type: group?.type ?? 'forum',
		purpose: group?.purpose ?? '',
		meets: group?.meets ?? '',
		chair: group?.chair ?? '',
		focus: group?.focus ?? '',
		tiers: [...(group?.tiers ?? [])],
		membership: group?.membership ?? '',
		external: group?.external === true,
		members_recorded: recorded === undefined || recorded === recordedDefault(group!.members.length) ? '' : recorded,
		absences: group?.absences ?? '',
		notes: group?.notes ?? '',
		source: group?.source ?? ''
	};
}

export function groupData(values: GroupFormValues): FieldValues {
	return { ...values, external: values.external || undefined };
}

/** Why a group's fields cannot be written, in words; null when they can. */
export function groupProblem(values: GroupFormValues, members: number): string | null {
	if (!values.name.trim()) return 'Give the group a name.';
	if (values.members_recorded === 'not-recorded' && members > 0) {
		return 'The group lists members, so its members cannot be “Not recorded”: choose “Partly recorded” when the list is not the whole group.';
	}
	return null;
}

export interface LinkFormValues {
	from: string;
	to: string;
	kind: LinkKind;
	notes: string;
	source: string;
	[key: string]: FieldValue;
}
export const LINK_KEYS = ['from', 'to', 'kind', 'notes', 'source'] as const;

export function linkFormValues(link: Link | undefined): LinkFormValues {
	return { from: link?.from ?? '', to: link?.to ?? '', kind: link?.kind ?? 'reports-to', notes: link?.notes ?? '', source: link?.source ?? '' };
}

export const sameLink = (a: LinkEnds, b: LinkEnds) => a.from === b.from && a.to === b.to && a.kind === b.kind;

/**
 * Where a link the form was showing stands after the map is read again: at `index` if it is
 * still there, else the nearest place holding the same link (from, to and kind), else -1.
 * Links have no ids, so a link typed in above the chosen one moves it down the list.
 */
export function relocateLink(links: readonly LinkEnds[], index: number, seen: LinkEnds): number {
	if (links[index] && sameLink(links[index], seen)) return index;
	let best = -1;
	links.forEach((link, i) => {
		if (sameLink(link, seen) && (best === -1 || Math.abs(i - index) < Math.abs(best - index))) best = i;
	});
	return best;
}
