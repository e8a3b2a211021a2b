/**
 * A finding's name in the address (`?finding=`), so a link opens the map with the same finding
 * chosen: its kind and the items it concerns, which stay the same as long as the audit does.
 */
import type { Finding } from './findings';

export function findingKey(finding: Finding): string {
	return `${finding.kind}:${finding.ids.join(',')}`;
}

/**
 * The finding a key names: the same kind about the same items, else the same kind about the
 * same first item (a what-if can change whom a finding holds, not whom it is about).
 */
export function findingByKey(list: readonly Finding[], key: string): Finding | undefined {
	const [kind, ids = ''] = key.split(':', 2);
	const first = ids.split(',')[0];
	return list.find((f) => findingKey(f) === key) ?? list.find((f) => f.kind === kind && f.ids[0] === first);
}
