/**
 * One benchmark scenario in its own process, so peak memory is that scenario's alone.
 * Prints one JSON line: read ms, engine ms (median of runs), cells, tables, findings, peak RSS.
 */
import { performance } from 'perf_hooks';
import { readWorkbookFile } from '../src/io/exceljs-reader';
import { checkWorkbook } from '../src/core/check';

async function main(file: string): Promise<void> {
  const t0 = performance.now();
  const workbook = await readWorkbookFile(file);
  const readMs = performance.now() - t0;
  let cells = 0;
  for (const s of workbook.sheets) for (const r of s.rows) if (r) for (const c of r) if (c) cells++;
  const times: number[] = [];
  let report = checkWorkbook(workbook);
  for (let i = 0; i < 5; i++) {
    const t1 = performance.now();
    report = checkWorkbook(workbook);
    times.push(performance.now() - t1);
  }
  times.sort((a, b) => a - b);
  const engineMs = times[Math.floor(times.length / 2)];
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ readMs, engineMs, cells, tables: report.tables.length, findings: report.findings.length, peakRssMb })}\n`,
  );
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
