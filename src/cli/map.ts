/**
 * `npm run map -- check [files or folders...]`: checks maps like a compiler checks code.
 * Prints `file:line:col: path: message` for each error, then one summary line.
 * Exit 0 when every file is valid, 1 when any is not, 2 when the command is misused.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkCollection } from '../lib/load/check-collection';
import { formatError, type MapError } from '../lib/load/errors';
import { loadMap } from '../lib/load/load-map';
import { loadReportTable } from '../lib/load/load-report-table';
import type { LocalityModel } from '../lib/model/locality-model';

const USAGE = `Usage: npm run map -- check [--max-bytes N] [file or folder ...]

  check   Check locality maps and report tables. With no files, checks every
          .yaml file under maps/. Files in a folder named "report" are read
          as report tables; every other file as a locality map.

Options:
  --max-bytes N   refuse files larger than N bytes (default 10485760, 10 MB)
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
		const result = isReportTable(absolute) ? loadReportTable(bytes, options) : loadMap(bytes, options);
		if (result.ok) {
			if (!isReportTable(absolute)) models.push(result.value as LocalityModel);
		} else {
			invalid++;
			errors.push(...result.errors);
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

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
		console.log(USAGE);
		return command === undefined ? 2 : 0;
	}
	try {
		if (command === 'check') return check(rest);
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
