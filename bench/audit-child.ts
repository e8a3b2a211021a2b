/**
 * One map read and audited in a process of its own, for the benchmark's peak memory: prints
 * `{ loadMs, auditMs, maxRssMB }` as JSON. Run by bench/run.ts, not by hand.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { audit } from '../src/lib/analysis/audit';
import { loadMap } from '../src/lib/load/load-map';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const started = performance.now();
const loaded = loadMap(text, { file });
const loadMs = performance.now() - started;
if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.errors[0].message}`);
const auditStarted = performance.now();
audit(loaded.value);
const auditMs = performance.now() - auditStarted;
console.log(JSON.stringify({ loadMs, auditMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
