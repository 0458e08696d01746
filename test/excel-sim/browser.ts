/**
 * Browser build of the Excel simulator, served in place of office.js by the end-to-end test.
 *
 * Usage (H6 / test/e2e):
 *   1. Build it:  `await buildSimulatorBundle(outDir)` from test/excel-sim/build-browser.ts
 *      → writes `${outDir}/excel-sim.js` (one self-contained script, no imports at run time).
 *   2. In the page, before this script runs, set the workbook (JSON of the core Workbook model, e.g.
 *      from readWorkbookFile in Node):
 *        window.__JUESUAN_SIM__ = { workbook, fileName: '某单位决算.xlsx', excelApi: '1.20' };
 *      (`excelApi` '1.7' simulates Office 2019: no comments, highlight mode.) With Playwright:
 *        await page.addInitScript((boot) => { window.__JUESUAN_SIM__ = boot; }, boot);
 *        await page.route('**\/office.js', (r) => r.fulfill({ path: `${outDir}/excel-sim.js` }));
 *   3. The script installs window.Office and window.Excel and exposes the simulator as
 *      window.__sim (read comments, cells, syncCount back with page.evaluate), plus
 *      window.JuesuanExcelSim = { ExcelSimulator, OFFICE_VERSIONS, install(workbook, options) } to start
 *      another workbook without reloading.
 */
import type { Workbook } from '../../src/core/model/workbook';
import { ExcelSimulator, OFFICE_VERSIONS, type SimulatorOptions } from './simulator';

interface Boot extends SimulatorOptions {
  workbook: Workbook;
}

const w = window as unknown as Record<string, unknown>;

function install(workbook: Workbook, options: SimulatorOptions = {}): ExcelSimulator {
  const sim = new ExcelSimulator(workbook, options);
  sim.install(w);
  w.__sim = sim;
  return sim;
}

w.JuesuanExcelSim = { ExcelSimulator, OFFICE_VERSIONS, install };

const boot = w.__JUESUAN_SIM__ as Boot | undefined;
if (boot?.workbook) {
  const { workbook, ...options } = boot;
  install(workbook, options);
}
