/**
 * One benchmark scenario in its own process, so peak memory is that scenario's alone.
 * Prints one JSON line: read and engine ms both cold (the first run in a fresh process, as one CLI
 * call does it) and warm (median of later runs on freshly read copies, as the files after the first
 * of a batch), cells, tables, findings, peak RSS. `BENCH_CODE_CACHE=<folder>`: with the CLI's V8 code
 * cache there; `BENCH_COLD_ONLY=1`: the cold run only (the warm figures are then of one run).
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { useCodeCache } from '../src/io/code-cache';

// As `juesuan` does it: the cache is in place before the reader and the engine are loaded.
if (process.env.BENCH_CODE_CACHE) useCodeCache(process.env.BENCH_CODE_CACHE);
const { readWorkbookFile } = require('../src/io/exceljs-reader') as typeof import('../src/io/exceljs-reader');
const { checkWorkbook } = require('../src/core/check') as typeof import('../src/core/check');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(file: string): Promise<void> {
  const t = performance.now();
  let workbook = await readWorkbookFile(file);
  const readColdMs = performance.now() - t;
  const t2 = performance.now();
  let report = checkWorkbook(workbook);
  const engineColdMs = performance.now() - t2;
  // Warm: each run reads the file anew and checks that fresh model, so nothing the engine
  // remembers per cell carries over; the first runs only warm the JIT and are left out.
  const large = fs.statSync(file).size > 1_000_000;
  const coldOnly = Boolean(process.env.BENCH_COLD_ONLY);
  const warmUp = coldOnly ? 0 : large ? 3 : 20;
  const measured = coldOnly ? 1 : large ? 5 : 21;
  const reads: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < warmUp + measured; i++) {
    const t0 = performance.now();
    workbook = await readWorkbookFile(file);
    const t1 = performance.now();
    report = checkWorkbook(workbook);
    const t3 = performance.now();
    if (i >= warmUp) {
      reads.push(t1 - t0);
      times.push(t3 - t1);
    }
  }
  const readMs = median(reads);
  const engineMs = median(times);
  const readBestMs = Math.min(...reads);
  const engineBestMs = Math.min(...times);
  let cells = 0;
  for (const s of workbook.sheets) for (const r of s.rows) if (r) for (const c of r) if (c) cells++;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ readColdMs, engineColdMs, readMs, engineMs, readBestMs, engineBestMs, cells, tables: report.tables.length, findings: report.findings.length, peakRssMb })}\n`,
  );
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
