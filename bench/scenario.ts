/**
 * One benchmark scenario in its own process, so peak memory is that scenario's alone.
 * Prints one JSON line: read and engine ms both cold (the first run in a fresh process, as one CLI
 * call does it) and warm (median of later runs), cells, tables, findings, peak RSS.
 */
import { performance } from 'perf_hooks';
import { readWorkbookFile } from '../src/io/exceljs-reader';
import { checkWorkbook } from '../src/core/check';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(file: string): Promise<void> {
  const t = performance.now();
  let workbook = await readWorkbookFile(file);
  const readColdMs = performance.now() - t;
  const t2 = performance.now();
  checkWorkbook(workbook);
  const engineColdMs = performance.now() - t2;
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    workbook = await readWorkbookFile(file);
    reads.push(performance.now() - t0);
  }
  const readMs = median(reads);
  let cells = 0;
  for (const s of workbook.sheets) for (const r of s.rows) if (r) for (const c of r) if (c) cells++;
  const times: number[] = [];
  let report = checkWorkbook(workbook);
  for (let i = 0; i < 5; i++) {
    const t1 = performance.now();
    report = checkWorkbook(workbook);
    times.push(performance.now() - t1);
  }
  const engineMs = median(times);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ readColdMs, engineColdMs, readMs, engineMs, cells, tables: report.tables.length, findings: report.findings.length, peakRssMb })}\n`,
  );
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
