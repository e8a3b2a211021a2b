import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, writeXml } from './xml';

const HOSTILE = ['<script>alert(1)</script>', 'A & B', '"quoted" and \'single\'', 'ends ]]> here', 'line\nbreak\tand\rreturn', '&amp; already'];

describe('the XML writer', () => {
	it('escapes every markup character in text and attributes', () => {
		expect(escapeText('<a> & ]]>')).toBe('&lt;a&gt; &amp; ]]&gt;');
		expect(escapeAttribute('"x"\n<y>')).toBe('&quot;x&quot;&#10;&lt;y&gt;');
	});

	it('writes hostile names so that a parser reads back exactly them, as attributes and as text', () => {
		const xml = writeXml({ name: 'root', children: HOSTILE.map((text) => ({ name: 'item', attributes: { value: text }, children: text })) });
		const items = [...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('item')];
		expect(items.map((i) => i.getAttribute('value'))).toEqual(HOSTILE);
		expect(items.map((i) => i.textContent)).toEqual(HOSTILE);
		expect(xml).not.toContain('<script>');
		expect(xml).not.toContain(']]>');
	});

	it('replaces characters XML cannot hold at all', () => {
		expect(escapeText('a\u0000b\u001bc')).toBe('a\ufffdb\ufffdc');
	});

	it('refuses a name that is not an XML name: names are the code’s, never a file’s', () => {
		expect(() => writeXml({ name: 'a b' })).toThrow(/not an XML name/);
		expect(() => writeXml({ name: 'a', attributes: { 'x"': 'y' } })).toThrow(/not an XML name/);
	});
});
