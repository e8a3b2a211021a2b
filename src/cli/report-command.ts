/**
 * `map report FILE [--out PATH] [--json] [--threshold J] [--max-bytes N]`: the printable audit
 * report of one map, as Markdown (the page's "Download as Markdown" gives the same text), or
 * its data as one JSON object. With `--out`, written to that file instead of stdout. An
 * invalid file gives the same errors and exit status as `check` and `audit`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit } from '../lib/analysis/audit';
import { auditReport } from '../lib/views/audit-report';
import { auditReportMarkdown } from '../lib/views/audit-report-markdown';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseMaxBytes, parseThreshold, THRESHOLD_HINT } from './arguments';
import { AUDIT_FAILED, loadOrSay } from './audit-command';
import { fileError, formatLine } from './check-report';
import { escapeLine, escapeTexts, jsonText } from './escape';
import type { Io } from './io';
import { errorCode } from './read-map-file';
import { UsageError } from './usage';

export const OUT_HINT = '--out takes the path of the file to write, e.g. --out banbury-report.md';

const SPEC = {
	flags: ['--json'],
	values: new Map([
		['--out', OUT_HINT],
		['--threshold', THRESHOLD_HINT],
		['--max-bytes', MAX_BYTES_HINT]
	])
};

export function reportCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const json = parsed.flags.has('--json');
	const threshold = parseThreshold(lastValue(parsed, '--threshold'));
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	const out = lastValue(parsed, '--out');
	if (out === '') throw new UsageError(OUT_HINT);
	if (parsed.paths.length !== 1) throw new UsageError('report takes exactly one map file');
	const [file] = parsed.paths;

	const loaded = loadOrSay(file, io, maxBytes);
	if (!loaded.ok) return loaded.status;
	let text: string;
	try {
		// Names and notes are the map's own text: control characters escaped, so no line can break or reach the terminal.
		const model = escapeTexts(loaded.model);
		const report = auditReport(model, audit(model, { overlapThreshold: threshold }));
		text = json ? `${jsonText(report)}\n` : auditReportMarkdown(report);
	} catch {
		io.out(formatLine(fileError(file, 'internal-error', AUDIT_FAILED)));
		return 2;
	}
	if (out === undefined) {
		io.out(text.replace(/\n$/, ''));
		return 0;
	}
	try {
		writeFileSync(resolve(io.cwd, out), text);
	} catch (error) {
		io.err(`map: could not write ${escapeLine(JSON.stringify(out))}: ${writeProblem(errorCode(error))}`);
		return 2;
	}
	return 0;
}

function writeProblem(code: string | undefined): string {
	if (code === 'ENOENT') return 'no such folder';
	if (code === 'EISDIR') return 'it is a folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return 'the file could not be written';
}
