import { performance } from 'perf_hooks';
import { readWorkbookFile } from '../src/io/exceljs-reader';
import { createAddinApi } from '../src/excel';
import { ExcelSimulator } from '../test/excel-sim';
import { SAMPLE_WORKBOOK } from '../test/fixtures/registry';

/**
 * Office.js round trips of a full check (read, recognise, check, write comments) of the bundled sample,
 * measured in the Excel simulator (Microsoft 365 requirement sets). Target: ≤ 3 syncs.
 */
export async function measureSyncs(): Promise<{ syncs: number; cells: number; ms: number }> {
  const workbook = await readWorkbookFile(SAMPLE_WORKBOOK);
  const sim = new ExcelSimulator(workbook);
  const uninstall = sim.install();
  try {
    const api = createAddinApi();
    const start = performance.now();
    const result = await api.check();
    const ms = performance.now() - start;
    const cells = sim.state.sheets.reduce((n, s) => n + s.cells.size, 0);
    if (result.syncs !== sim.syncCount) throw new Error(`gateway counted ${result.syncs} syncs, simulator ${sim.syncCount}`);
    return { syncs: sim.syncCount, cells, ms };
  } finally {
    uninstall();
  }
}

if (require.main === module) {
  measureSyncs().then(
    (r) => console.log(`full check of the sample: ${r.syncs} context.sync() calls, ${r.cells} cells, ${r.ms.toFixed(0)} ms (simulator)`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
