/**
 * Browser stand-in for office.js in the end-to-end test: installs H5's Excel simulator holding the
 * workbook the test passed in (window.__JUESUAN_E2E__), and exposes it as window.__sim so the test
 * can read comments and cells back.
 */
import type { Workbook } from '../../src/core/model/workbook';
import { ExcelSimulator, SimError } from '../excel-sim';

interface Boot {
  workbook: Workbook;
  fileName: string;
  /** Highest ExcelApi the simulated Excel supports (default Microsoft 365); '1.8' is Office 2019. */
  excelApi?: string;
}

interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (r: { status: string }) => void): void;
}

/** Office.context.document.settings over a map; saved copies show what a reopened file would hold. */
function documentSettings(saved: Map<string, string>): SettingsStore {
  const live = new Map<string, unknown>([...saved].map(([k, v]) => [k, JSON.parse(v)]));
  return {
    get: (name) => (live.has(name) ? JSON.parse(JSON.stringify(live.get(name))) : null),
    set: (name, value) => void live.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name) => void live.delete(name),
    saveAsync(callback) {
      saved.clear();
      for (const [k, v] of live) saved.set(k, JSON.stringify(v));
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
}

const w = window as unknown as Record<string, unknown> & { __JUESUAN_E2E__: Boot };
const boot = w.__JUESUAN_E2E__;
const sim = new ExcelSimulator(boot.workbook, { fileName: boot.fileName, excelApi: boot.excelApi });
sim.install(w);
const office = w.Office as { context: { document?: { settings: SettingsStore; url?: string } } };
const savedSettings = new Map<string, string>();
if (!office.context.document) office.context.document = { settings: documentSettings(savedSettings), url: boot.fileName };
w.__sim = sim;
// Lets the test inject Office-shaped failures (sim.failOn) from page.evaluate.
w.__SimError = SimError;
w.__savedSettings = savedSettings;
