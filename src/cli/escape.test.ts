import { describe, expect, it } from 'vitest';
import { escapeLine, escapeTexts, jsonText } from './escape';

/** Every character that must never reach the output raw. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('escapeLine', () => {
	it('writes newlines, returns and tabs as \\n, \\r and \\t', () => {
		expect(escapeLine('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
	});

	it('writes other controls as \\xHH: C0, DEL and C1', () => {
		expect(escapeLine('\u0000\u0007\u001b[31mred\u001b[0m\u007f\u0085\u009b')).toBe('\\x00\\x07\\x1b[31mred\\x1b[0m\\x7f\\x85\\x9b');
	});

	it('writes the Unicode line separators and the bidirectional controls as \\uHHHH', () => {
		expect(escapeLine('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
		expect(escapeLine('\u202eevil\u202c \u2066x\u2069 \u200f\u061c')).toBe('\\u202eevil\\u202c \\u2066x\\u2069 \\u200f\\u061c');
	});

	it('writes a lone surrogate as \\uHHHH and leaves a pair alone', () => {
		expect(escapeLine('a\ud800b\udc00c')).toBe('a\\ud800b\\udc00c');
		expect(escapeLine('😀 ok')).toBe('😀 ok');
	});

	it('leaves every other character as it is, the backslash included', () => {
		const text = 'Süd-Oxfordshire: Ærø, 北京, مرحبا, C:\\maps\\x.yaml, "quoted", \\n';
		expect(escapeLine(text)).toBe(text);
	});

	it('no character of the Basic Multilingual Plane comes out unsafe or as a second line', () => {
		for (let code = 0; code <= 0xffff; code++) {
			const out = escapeLine(`x${String.fromCharCode(code)}y`);
			if (UNSAFE.test(out) || out.split('\n').length !== 1) throw new Error(`U+${code.toString(16)} came out as ${JSON.stringify(out)}`);
		}
	});

	it('escaping twice changes nothing more', () => {
		const once = escapeLine('a\nb\u001bc\u2028');
		expect(escapeLine(once)).toBe(once);
	});
});

describe('jsonText', () => {
	const hostile = { 'key\nwith newline': 'a\u001b[2Jb', name: 'x\u2028y\u0085z\u007f\u202e', list: ['\ud800'], n: 1 };

	it('writes what JSON leaves raw as \\uHHHH, and what JSON escapes as JSON does', () => {
		expect(jsonText({ name: '\u2028\u0085\u007f\u202e\n\u001b' }, 0)).toBe('{"name":"\\u2028\\u0085\\u007f\\u202e\\n\\u001b"}');
	});

	it('parses back to the same value', () => {
		expect(JSON.parse(jsonText(hostile))).toEqual(hostile);
	});

	it('has no unsafe character but the newlines of its own layout', () => {
		expect(UNSAFE.test(jsonText(hostile).replaceAll('\n', ''))).toBe(false);
		expect(jsonText(hostile).split('\n')).toHaveLength(8);
	});
});

describe('escapeTexts', () => {
	it('escapes every string, at any depth, and keeps the shape and the numbers', () => {
		expect(escapeTexts({ id: 'schools', name: 'A\nB', list: [{ note: '\u001b[31m', count: 3, ok: true }], none: null })).toEqual({
			id: 'schools',
			name: 'A\\nB',
			list: [{ note: '\\x1b[31m', count: 3, ok: true }],
			none: null
		});
	});
});
