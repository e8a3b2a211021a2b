/**
 * `npm run map -- check [files or folders...]`: checks maps like a compiler checks code.
 * Prints `file:line:col: path: message` for each error, then one summary line.
 * Exit 0 when every file is valid, 1 when any is not, 2 when the command is misused.
 * `npm run map -- audit FILE [--json]`: the audit of one map; an invalid file gives the
 * same errors and exit code as `check`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkCollection } from '../lib/load/check-collection';
import { formatError, type MapError } from '../lib/load/errors';
import { loadMap } from '../lib/load/load-map';
import { loadReportTable } from '../lib/load/load-report-table';
import { audit } from '../lib/analysis/audit';
import { auditText } from '../lib/analysis/audit-text';
import { indexItems, type ItemId, type LocalityModel } from '../lib/model/locality-model';

const USAGE = `Usage: npm run map -- check [--max-bytes N] [file or folder ...]
       npm run map -- audit FILE [--json] [--threshold J] [--remove ID[,ID...]]

  check   Check locality maps and report tables. With no files, checks every
          .yaml file under maps/. Files in a folder named "report" are read
          as report tables; every other file as a locality map.
  audit   Audit one map: hubs, overlapping meetings, gaps and single points
          of failure, in plain words, or as one JSON object with --json.

Options:
  --max-bytes N   refuse files larger than N bytes (default 10485760, 10 MB)
  --json          audit: print exactly one JSON object on stdout
  --threshold J   audit: least share of members two groups must have in
                  common to count as overlapping, 0 to 1 (default 0.5)
  --remove IDS    audit: first take these items out (what if they went?)
  -h, --help      show this help`;

class UsageError extends Error {}

/** npm runs scripts from the project folder; paths the user typed are relative to where they were. */
const userCwd = process.env.INIT_CWD ?? process.cwd();
const projectRoot = resolve(import.meta.dirname, '..', '..');

function yamlFilesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return yamlFilesUnder(path);
			return /\.ya?ml$/i.test(entry.name) ? [path] : [];
		});
}

function expand(args: readonly string[]): { shown: string; absolute: string }[] {
	if (args.length === 0) {
		const maps = join(projectRoot, 'maps');
		return yamlFilesUnder(maps).map((absolute) => ({ shown: relative(userCwd, absolute) || absolute, absolute }));
	}
	return args.flatMap((arg) => {
		const absolute = resolve(userCwd, arg);
		let stats;
		try {
			stats = statSync(absolute);
		} catch {
			throw new UsageError(`${arg}: no such file or folder`);
		}
		if (stats.isDirectory()) return yamlFilesUnder(absolute).map((file) => ({ shown: join(arg, relative(absolute, file)), absolute: file }));
		return [{ shown: arg, absolute }];
	});
}

function isReportTable(path: string): boolean {
	return path.split(/[\\/]/).slice(-2, -1)[0] === 'report';
}

function check(args: string[]): number {
	let maxBytes: number | undefined;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--max-bytes') {
			const value = Number(args[++i]);
			if (!Number.isInteger(value) || value <= 0) throw new UsageError('--max-bytes takes a whole number of bytes, e.g. --max-bytes 20000000');
			maxBytes = value;
		} else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
		else files.push(arg);
	}
	const targets = expand(files);
	if (targets.length === 0) throw new UsageError('no .yaml files to check');

	const errors: MapError[] = [];
	const models: LocalityModel[] = [];
	let invalid = 0;
	for (const { shown, absolute } of targets) {
		const bytes = readFileSync(absolute);
		const options = { file: shown, maxBytes };
		// A report table is only checked; a map also joins the collection for the rules across files.
		const result = isReportTable(absolute) ? loadReportTable(bytes, options) : loadMap(bytes, options);
		if (!result.ok) {
			invalid++;
			errors.push(...result.errors);
		} else if ('locality' in result.value) {
			models.push(result.value);
		}
	}
	// Naming and snapshot rules hold for the project's own collection, not for a file checked alone.
	if (files.length === 0) {
		const collection = checkCollection(models);
		invalid += new Set(collection.map((e) => e.file)).size;
		errors.push(...collection);
	}
	for (const error of errors) console.log(formatError(error));
	const n = targets.length;
	const files_ = `${n} file${n === 1 ? '' : 's'}`;
	if (errors.length === 0) console.log(`${files_} checked: all valid`);
	else console.log(`${files_} checked: ${invalid} with errors, ${errors.length} error${errors.length === 1 ? '' : 's'} in all`);
	return errors.length === 0 ? 0 : 1;
}

function auditCommand(args: string[]): number {
	let json = false;
	let threshold: number | undefined;
	let removed: ItemId[] = [];
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--json') json = true;
		else if (arg === '--threshold') {
			threshold = Number(args[++i]);
			if (!(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold takes a number from 0 to 1, e.g. --threshold 0.6');
		} else if (arg === '--remove') {
			const value = args[++i];
			if (!value) throw new UsageError('--remove takes item ids separated by commas, e.g. --remove pilot-coordinator');
			removed = value.split(',').map((id) => id.trim() as ItemId);
		} else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
		else files.push(arg);
	}
	if (files.length !== 1) throw new UsageError('audit takes exactly one map file');
	const [{ shown, absolute }] = expand(files);
	const result = loadMap(readFileSync(absolute), { file: shown });
	if (!result.ok) {
		for (const error of result.errors) console.log(formatError(error));
		console.log(`1 file checked: 1 with errors, ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in all`);
		return 1;
	}
	const index = indexItems(result.value);
	const unknown = removed.filter((id) => !index.has(id));
	if (unknown.length > 0) throw new UsageError(`--remove: ${shown} has no item ${unknown.map((id) => `"${id}"`).join(', ')}`);
	const report = audit(result.value, { overlapThreshold: threshold, removed });
	console.log(json ? JSON.stringify(report, null, 2) : auditText(report, index));
	return 0;
}

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
		console.log(USAGE);
		return command === undefined ? 2 : 0;
	}
	try {
		if (command === 'check') return check(rest);
		if (command === 'audit') return auditCommand(rest);
		throw new UsageError(`unknown command "${command}"`);
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`map: ${error.message}\n\n${USAGE}`);
			return 2;
		}
		throw error;
	}
}

process.exitCode = main(process.argv.slice(2));
