import type { Workbook } from '../../model/workbook';
import type { ScoreForm } from '../types';
import { forgetTexts } from './headers';
import { recognizeDeptForms } from './dept';
import { recognizeProjectForms } from './project';

/** Every self-evaluation form in the workbook, sheet by sheet, top to bottom. */
export function recognizeScoreForms(workbook: Workbook): ScoreForm[] {
  const out: ScoreForm[] = [];
  for (const sheet of workbook.sheets) {
    forgetTexts(sheet); // the add-in re-checks the same workbook object after writing fixes
    out.push(...recognizeDeptForms(sheet));
    out.push(...recognizeProjectForms(sheet));
  }
  return out;
}
