/**
 * Turns what a user gave us (bytes from a file or an upload, or text from an editor) into
 * text, refusing files over the size bound and bytes that are not UTF-8, with the line.
 */
import type { MapError } from './errors';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Decoded = { ok: true; text: string } | { ok: false; error: MapError };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const encoder = new TextEncoder();

function fail(file: string, line: number, code: MapError['code'], message: string): Decoded {
	return { ok: false, error: { file, line, column: 1, path: '', code, message } };
}

function sizeError(file: string, bytes: number, maxBytes: number): Decoded {
	const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 10 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${n} bytes`);
	return fail(file, 1, 'too-large', `the file is ${mb(bytes)}, more than the limit of ${mb(maxBytes)}; split it, or raise the limit`);
}

export function decodeSource(input: string | Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
	if (typeof input === 'string') {
		// Each UTF-16 unit is at most 3 bytes of UTF-8, so most texts need no encoding to be measured.
		if (input.length * 3 > maxBytes) {
			const bytes = encoder.encode(input).length;
			if (bytes > maxBytes) return sizeError(file, bytes, maxBytes);
		}
		return { ok: true, text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
	}
	if (input.length > maxBytes) return sizeError(file, input.length, maxBytes);
	if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
		return fail(file, 1, 'not-utf8', 'the file is saved as UTF-16; save it as UTF-8');
	}
	try {
		return { ok: true, text: strict.decode(input) };
	} catch {
		return fail(file, firstBadLine(input), 'not-utf8', 'this line is not valid UTF-8 text; save the file as UTF-8');
	}
}

/** A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one. */
function firstBadLine(bytes: Uint8Array): number {
	let start = 0;
	let line = 1;
	const lineDecoder = new TextDecoder('utf-8', { fatal: true });
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
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
