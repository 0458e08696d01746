import type { Sheet, Workbook } from '../../model/workbook';
import type { ScoreForm } from '../types';
import { forgetTexts } from './headers';
import { recognizeDeptForms } from './dept';
import { recognizeProjectForms } from './project';

/** Every self-evaluation form in the workbook, sheet by sheet, top to bottom. */
export function recognizeScoreForms(workbook: Workbook): ScoreForm[] {
  const out: ScoreForm[] = [];
  for (const sheet of workbook.sheets) {
    if (!mentionsSelfEvaluation(sheet)) continue;
    forgetTexts(sheet); // the add-in re-checks the same workbook object after writing fixes
    out.push(...recognizeDeptForms(sheet));
    out.push(...recognizeProjectForms(sheet));
  }
  return out;
}

/** Every self-evaluation form prints one of these words; sheets of 公开表 skip the form search. */
const FORM_WORDS = /自评|得分|分值|权重/;

/** Answers for texts seen before: 公开表 sheets of a batch workbook repeat the same texts per unit. */
const formWordTexts = new Map<string, boolean>();

function hasFormWord(text: string): boolean {
  let hit = formWordTexts.get(text);
  if (hit === undefined) {
    hit = FORM_WORDS.test(text);
    if (formWordTexts.size >= 50_000) formWordTexts.clear();
    formWordTexts.set(text, hit);
  }
  return hit;
}

function mentionsSelfEvaluation(sheet: Sheet): boolean {
  for (const row of sheet.rows) {
    if (!row) continue;
    for (const cell of row) if (cell && typeof cell.value === 'string' && hasFormWord(cell.value)) return true;
  }
  return false;
}
