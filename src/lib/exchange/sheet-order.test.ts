import { describe, expect, it } from 'vitest';
import { isCsvName, orderSheets } from './sheet-order';

const elements = { name: 'a.csv', text: '\ufeffID,Label,Type\r\nx,X,agency\r\n' };
const connections = { name: 'b.csv', text: '"From","To","Type"\n' };

describe('which sheet is which', () => {
	it('tells the sheets apart by their columns, in either order', () => {
		expect(orderSheets(elements, connections)).toEqual({ elements, connections });
		expect(orderSheets(connections, elements)).toEqual({ elements, connections });
	});

	it('falls back on the names, and else keeps the order given', () => {
		const x = { name: 'links.csv', text: 'a,b\n' };
		const y = { name: 'items.csv', text: 'a,b\n' };
		expect(orderSheets(x, y)).toEqual({ elements: y, connections: x });
		expect(orderSheets(y, { ...x, name: 'other.csv' })).toEqual({ elements: y, connections: { ...x, name: 'other.csv' } });
	});

	it('knows a CSV file by its name', () => {
		expect([isCsvName('a.CSV'), isCsvName('a.csv.yaml'), isCsvName('map.yaml')]).toEqual([true, false, false]);
	});
});
