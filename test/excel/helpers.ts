import { readWorkbookFile } from '../../src/io/exceljs-reader';
import type { Workbook } from '../../src/core/model/workbook';
import { type AddinApi, createAddinApi } from '../../src/excel';
import { ExcelSimulator, type SimulatorOptions } from '../excel-sim';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';

const cache = new Map<string, Promise<Workbook>>();

/** Reads a fixture once per test file (the simulator copies it, so tests cannot leak into each other). */
export function fixture(file: string): Promise<Workbook> {
  const p = file === 'SAMPLE' ? SAMPLE_WORKBOOK : fixturePath(file);
  if (!cache.has(p)) cache.set(p, readWorkbookFile(p));
  return cache.get(p)!;
}

export interface Session {
  sim: ExcelSimulator;
  api: AddinApi;
  /** Simulates closing Excel and opening the saved file: new simulator, new add-in instance. */
  reopen(options?: SimulatorOptions): Session;
  uninstall(): void;
}

export function session(sim: ExcelSimulator): Session {
  const uninstall = sim.install();
  const api = createAddinApi();
  return {
    sim,
    api,
    uninstall,
    reopen(options) {
      uninstall();
      return session(ExcelSimulator.reopen(sim.save(), options));
    },
  };
}

export async function open(file: string, options?: SimulatorOptions): Promise<Session> {
  return session(new ExcelSimulator(await fixture(file), options));
}

/** Cell of the simulated workbook as Office.js reports it. */
export function cell(sim: ExcelSimulator, sheet: string, address: string) {
  const s = sim.state.sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.cells.get(`${Number(m[2]) - 1},${col}`);
}

export function commentsOn(sim: ExcelSimulator, sheet: string) {
  const id = sim.state.sheets.find((x) => x.name === sheet)?.id;
  return sim.state.comments.filter((c) => c.sheetId === id);
}
