import type { ItemId } from '../format/schema';

/**
 * A kebab-case id made from a name, unique among `taken`: "Social & Health Care" gives
 * `social-health-care`, then `social-health-care-2`, `-3`... Accents are dropped
 * ("Café" gives `cafe`); a name with no letters or digits gives `item`.
 */
export function newId(name: string, taken: Iterable<string>): ItemId {
	const base =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'item';
	const used = new Set(taken);
	if (!used.has(base)) return base as ItemId;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}` as ItemId;
}
