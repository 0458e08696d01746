/**
 * 全部修正's trial (core/fix-trial): each correction re-checked on the model before it is written. Its
 * time grows with the reporting units, as it re-checks a unit at a time: the sample and 1–10 units.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkWorkbook } from '../src/core/check';
import { bulkFixable } from '../src/core/findings/fix-write';
import { trialFixes } from '../src/core/fix-trial';
import { readWorkbookFile } from '../src/io/exceljs-reader';
import { buildLargeWorkbook } from './large-workbook';

export interface TrialFigure {
  name: string;
  asked: number;
  accepted: number;
  resolved: number;
  ms: number;
}

async function timed(name: string, file: string): Promise<TrialFigure> {
  const workbook = await readWorkbookFile(file);
  const asked = bulkFixable(checkWorkbook(workbook).findings);
  checkWorkbook(workbook); // the pane has checked already: the trial runs on warm code
  const t = performance.now();
  const trial = trialFixes(workbook, asked);
  const ms = performance.now() - t;
  return { name, asked: asked.length, accepted: trial.accepted.length, resolved: trial.resolved.length, ms };
}

export async function measureTrials(sample: string): Promise<TrialFigure[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-trial-'));
  const out = [await timed('sample', sample)];
  for (const units of [1, 10]) {
    const file = path.join(tmp, `units-${units}.xlsx`);
    await buildLargeWorkbook(units).xlsx.writeFile(file);
    out.push(await timed(`${units} unit${units > 1 ? 's' : ''} stacked`, file));
  }
  return out;
}
