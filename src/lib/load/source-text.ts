/**
 * Turns what a user gave us (bytes from a file or an upload, or text from an editor) into
 * text the YAML reader can place errors in: refuses files over the size bound, files saved
 * as UTF-16 or UTF-32, bytes that are not UTF-8, and characters YAML does not allow (NUL
 * and other control characters, half a UTF-16 surrogate pair, a byte-order mark after the
 * start), each at its line and column; and writes every line break as YAML reads it.
 *
 * Linear in the size of the input: one decoding and two scans.
 */
import { wholeFileError, type ErrorCode, type MapError } from './errors';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Decoded = { ok: true; text: string } | { ok: false; error: MapError };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const encoder = new TextEncoder();

/**
 * Everything YAML 1.2 does not count as printable (its `c-printable`): control characters
 * other than tab and line breaks, DEL, the C1 controls but NEL, lone surrogates, U+FFFE and
 * U+FFFF. With the `u` flag a lone surrogate is a code point of its own, so it matches.
 */
const NOT_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function fail(file: string, line: number, column: number, code: ErrorCode, message: string): Decoded {
	return { ok: false, error: { file, line, column, path: '', code, message } };
}

/** A size in words, as the size bound is given: bytes, KB, MB or GB. */
export function formatBytes(n: number): string {
	if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
	if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (n >= 10 * 1024) return `${Math.ceil(n / 1024)} KB`;
	return `${n} byte${n === 1 ? '' : 's'}`;
}

/** Why a file over the bound is refused; `bytes` where its size is known. */
export function sizeMessage(bytes: number | undefined, maxBytes: number): string {
	const what = bytes === undefined ? 'is' : `is ${formatBytes(bytes)},`;
	return `the file ${what} more than the limit of ${formatBytes(maxBytes)}; split it into smaller maps`;
}

/** The error for a file over the bound, known from its size alone, before any of it is read. */
export function tooLargeError(file: string, bytes: number, maxBytes = DEFAULT_MAX_BYTES): MapError {
	return wholeFileError(file, 'too-large', sizeMessage(bytes, maxBytes));
}

function sizeError(file: string, bytes: number, maxBytes: number): Decoded {
	return { ok: false, error: tooLargeError(file, bytes, maxBytes) };
}

export function decodeSource(input: string | Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
	let text: string;
	if (typeof input === 'string') {
		// Each UTF-16 unit is at most 3 bytes of UTF-8, so most texts need no encoding to be measured.
		if (input.length * 3 > maxBytes) {
			const bytes = encoder.encode(input).length;
			if (bytes > maxBytes) return sizeError(file, bytes, maxBytes);
		}
		text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	} else {
		if (input.length > maxBytes) return sizeError(file, input.length, maxBytes);
		const wide = wideEncoding(input);
		if (wide) return fail(file, 1, 1, 'not-utf8', `the file is saved as ${wide}; save it as UTF-8`);
		try {
			text = strict.decode(input);
		} catch {
			return fail(file, firstBadLine(input), 1, 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8');
		}
	}
	// YAML reads a carriage return alone as a line break (old Mac files), but the parser and
	// its line counter only know \n and \r\n. One character for one keeps every offset.
	text = text.replace(/\r(?!\n)/g, '\n');
	const bad = text.search(NOT_PRINTABLE);
	if (bad >= 0) {
		const { line, column } = lineAndColumn(text, bad);
		return fail(file, line, column, 'control-character', notPrintable(text, bad));
	}
	// A byte-order mark belongs only at the very start (removed above); anywhere else it is
	// an invisible character that makes `locality` a different key.
	const mark = text.indexOf('\ufeff');
	if (mark >= 0) {
		const { line, column } = lineAndColumn(text, mark);
		return fail(file, line, column, 'control-character', 'this line holds a byte-order mark (U+FEFF), an invisible character that belongs only at the very start of a file; remove it');
	}
	return { ok: true, text };
}

function notPrintable(text: string, at: number): string {
	const unit = text.charCodeAt(at);
	const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
	if (unit === 0) return 'this line holds a NUL character (byte 0), which text never holds: is this a text file? Save the map as UTF-8 text';
	if (unit >= 0xd800 && unit <= 0xdfff) return `this line holds half of a character (a lone UTF-16 surrogate, ${code}); retype the text around it`;
	return `this line holds the invisible character ${code}, which YAML does not allow in a file; remove it`;
}

/** 1-based line and column (in UTF-16 units, as the YAML line counter gives them) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

/**
 * UTF-16 or UTF-32, told by a byte-order mark or, without one, by where the zero bytes fall
 * in the first few kilobytes: text in those encodings has a zero byte beside most
 * characters a map is written in, while UTF-8 text has none.
 */
function wideEncoding(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | null {
	const [b0, b1, b2, b3] = bytes;
	if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) return 'UTF-32';
	if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16';
	const sample = Math.min(bytes.length, 4096) & ~3;
	if (sample < 4) return null;
	const zeros = [0, 0, 0, 0];
	for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros[i & 3]++;
	const quarter = sample / 4;
	const high = (n: number) => n >= quarter * 0.6;
	const low = (n: number) => n <= quarter * 0.1;
	// UTF-32: three zero bytes in every four; UTF-16: a zero in every other byte.
	if ((low(zeros[0]) && high(zeros[1]) && high(zeros[2]) && high(zeros[3])) || (high(zeros[0]) && high(zeros[1]) && high(zeros[2]) && low(zeros[3]))) return 'UTF-32';
	if ((high(zeros[1]) && high(zeros[3]) && low(zeros[0]) && low(zeros[2])) || (high(zeros[0]) && high(zeros[2]) && low(zeros[1]) && low(zeros[3]))) return 'UTF-16';
	return null;
}

/** A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one. */
function firstBadLine(bytes: Uint8Array): number {
	let start = 0;
	let line = 1;
	const lineDecoder = new TextDecoder('utf-8', { fatal: true });
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
			try {
				lineDecoder.decode(bytes.subarray(start, i));
			} catch {
				return line;
			}
			start = i + 1;
			line++;
		}
	}
	return 1;
}
