/**
 * The report's glossary of group types (Appendix ONE), each with the groups of that type
 * in every map, so a reader can go from the word to the meetings it names.
 */
import { groupTypes, type GroupType } from '../format/vocabulary';
import type { LocalityModel } from '../model/locality-model';
import { byAsOf } from './catalogue';

export interface GlossaryGroup {
	readonly locality: string;
	readonly localityName: string;
	readonly as_of: string;
	readonly id: string;
	readonly name: string;
}

export interface GlossaryEntry {
	readonly type: GroupType;
	readonly label: string;
	readonly description: string;
	readonly groups: readonly GlossaryGroup[];
}

export function glossary(models: readonly LocalityModel[]): GlossaryEntry[] {
	const ordered = [...models].sort((a, b) => a.locality.name.localeCompare(b.locality.name) || byAsOf(a.locality, b.locality));
	return groupTypes.list.map((term) => ({
		type: term.value,
		label: term.label,
		description: term.description,
		groups: ordered.flatMap((m) =>
			m.groups
				.filter((g) => g.type === term.value)
				.map((g) => ({ locality: m.locality.id, localityName: m.locality.name, as_of: m.locality.as_of, id: g.id, name: g.name }))
		)
	}));
}
