/**
 * Finds items by what a person types: every word must appear in the name, id, type or
 * sector. Names that start with the query come first, then whole-word matches, then the rest.
 */
import { groupTypes, sectors } from '../format/vocabulary';
import { agencyOf, allItems, type Item, type ItemId, type LocalityModel } from './locality-model';

export function searchItems(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, query: string, most = 8): Item[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const q = words.join(' ');
	const scored: { item: Item; score: number; order: number }[] = [];
	allItems(model).forEach((item, order) => {
		const name = item.name.toLowerCase();
		const sector = agencyOf(item, index)?.sector;
		const haystack = [name, item.id, item.kind === 'group' ? groupTypes.label(item.type).toLowerCase() : '', sector ? sectors.label(sector).toLowerCase() : ''].join(' ');
		if (!words.every((w) => haystack.includes(w))) return;
		const score = name === q || item.id === q ? 0 : name.startsWith(q) ? 1 : new RegExp(`\\b${escape(q)}`).test(name) ? 2 : 3;
		scored.push({ item, score, order });
	});
	scored.sort((a, b) => a.score - b.score || a.order - b.order);
	return scored.slice(0, most).map((s) => s.item);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
