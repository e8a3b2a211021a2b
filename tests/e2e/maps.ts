/**
 * What the end-to-end tests expect, read straight from maps/*.yaml with the `yaml` package
 * (not through the app's loader), so a test fails when the site and the files disagree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const MAPS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'maps');

export interface MapItem {
	readonly id: string;
	readonly name: string;
	readonly kind: 'agency' | 'role' | 'group';
}
export interface MapGroup extends MapItem {
	readonly kind: 'group';
	readonly type: string;
	readonly members: readonly string[];
	readonly chair?: string;
}

export interface Snapshot {
	readonly file: string;
	readonly id: string;
	readonly name: string;
	readonly as_of: string;
	readonly agencies: readonly MapItem[];
	readonly roles: readonly MapItem[];
	readonly groups: readonly MapGroup[];
	readonly links: number;
	/** Agencies, roles and groups: one graph node each. */
	readonly items: readonly MapItem[];
	/**
	 * The graph's edges by relation: one per post (a role tied to its agency), one per
	 * membership, one per chair who is not also a member, one per link.
	 */
	readonly edges: { readonly post: number; readonly member: number; readonly chair: number; readonly link: number };
	/** Every snapshot of this locality, oldest first. */
	readonly snapshots: readonly string[];
	readonly latest: boolean;
	/** `/localities/<id>` for the latest snapshot, `/localities/<id>/<as_of>` for an older one. */
	readonly path: string;
	readonly snapshotPath: string;
}

type Raw = Record<string, unknown>;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

function read(file: string) {
	const doc = parse(readFileSync(join(MAPS_DIR, file), 'utf8')) as Raw;
	const locality = doc.locality as Raw;
	const agencies = list(doc.agencies).map((a) => ({ id: String(a.id), name: String(a.name), kind: 'agency' as const }));
	const roles = list(doc.roles).map((r) => ({ id: String(r.id), name: String(r.name), kind: 'role' as const }));
	const groups = list(doc.groups).map((g) => ({
		id: String(g.id),
		name: String(g.name),
		kind: 'group' as const,
		type: String(g.type),
		members: list(g.members).map((m) => (typeof m === 'string' ? m : String((m as Raw).id))),
		...(g.chair ? { chair: String(g.chair) } : {})
	}));
	const links = list(doc.links).length;
	const edges = {
		post: roles.length,
		member: groups.reduce((n, g) => n + g.members.length, 0),
		chair: groups.filter((g) => g.chair && !g.members.includes(g.chair)).length,
		link: links
	};
	return {
		file,
		id: String(locality.id),
		name: String(locality.name),
		// `as_of: 2005` unquoted would be a number in YAML; the site shows it as text.
		as_of: String(locality.as_of),
		agencies,
		roles,
		groups,
		links,
		items: [...agencies, ...roles, ...groups],
		edges
	};
}

function readAll(): Snapshot[] {
	const raw = readdirSync(MAPS_DIR)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map(read);
	return raw.map((s) => {
		const snapshots = raw
			.filter((o) => o.id === s.id)
			.map((o) => o.as_of)
			.sort((a, b) => a.localeCompare(b));
		const latest = snapshots.at(-1) === s.as_of;
		const snapshotPath = `/localities/${s.id}/${s.as_of}`;
		return { ...s, snapshots, latest, snapshotPath, path: latest ? `/localities/${s.id}` : snapshotPath };
	});
}

/** Every snapshot of every locality: one per file. */
export const snapshots: readonly Snapshot[] = readAll();

/** The latest snapshot of each locality, in name order, as the index lists them. */
export const localities: readonly Snapshot[] = snapshots.filter((s) => s.latest).sort((a, b) => a.name.localeCompare(b.name));

/** Every address that draws a map: each locality's own, and each snapshot's. */
export const mapPages: readonly { path: string; snapshot: Snapshot }[] = [
	...localities.map((s) => ({ path: `/localities/${s.id}`, snapshot: s })),
	...snapshots.map((s) => ({ path: s.snapshotPath, snapshot: s }))
];

/** The snapshot with the most items: the hardest page for layouts and filters. */
export const largest: Snapshot = [...snapshots].sort((a, b) => b.items.length - a.items.length)[0];

/** An item whose name no other item of the same map shares (so a search for it is unambiguous). */
export function uniqueItem(s: Snapshot, kind: MapItem['kind']): MapItem {
	const found = s.items.find((i) => i.kind === kind && s.items.filter((o) => o.name.toLowerCase() === i.name.toLowerCase()).length === 1);
	if (!found) throw new Error(`${s.file} has no ${kind} with a unique name`);
	return found;
}
