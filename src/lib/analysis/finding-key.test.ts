import { describe, expect, it } from 'vitest';
import type { ItemId } from '../model/locality-model';
import { findingByKey, findingKey } from './finding-key';
import { findingTitles, principles, type Finding, type FindingKind } from './findings';

const finding = (kind: FindingKind, ids: string[], message = ''): Finding => ({ kind, title: findingTitles[kind], message, ids: ids as ItemId[], principle: principles[kind] });

describe('findingKey', () => {
	it('names the kind and the items', () => {
		expect(findingKey(finding('fragile', ['coordinator', 'panel', 'team']))).toBe('fragile:coordinator,panel,team');
	});
});

describe('findingByKey', () => {
	const list = [finding('hub', ['centre']), finding('fragile', ['coordinator', 'panel']), finding('fragile', ['school', 'nurse'])];

	it('finds the finding with the same kind and items', () => {
		expect(findingByKey(list, 'fragile:school,nurse')).toBe(list[2]);
	});

	it('finds the same kind about the same first item when whom it holds has changed', () => {
		expect(findingByKey(list, 'fragile:coordinator,panel,team')).toBe(list[1]);
	});

	it('finds nothing for a kind or an item the audit does not have', () => {
		expect(findingByKey(list, 'hub:school')).toBeUndefined();
		expect(findingByKey(list, 'nonsense')).toBeUndefined();
	});
});
