import { type Sheet, type Workbook, hiddenSheetNames } from '../../model/workbook';
import type { ScoreForm } from '../types';
import { nothingFilled } from '../filled';
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
  return withoutHiddenCopies(out, hiddenSheetNames(workbook)).filter((f) => !isBlankTemplate(f));
}

/**
 * A blank template kept beside the filled forms: no project or 部门 name and nothing filled in.
 * Nothing to score; its line would be empty.
 */
function isBlankTemplate(form: ScoreForm): boolean {
  return !(form.kind === 'project' ? form.nameRef : form.name.trim()) && nothingFilled(form);
}

/**
 * A form on a hidden sheet that repeats a visible one (same kind, same project or 部门 name, printed) is a
 * backup or an older draft: it does not print, and scored too it would list the project twice.
 */
function withoutHiddenCopies(forms: ScoreForm[], hiddenSheets: ReadonlySet<string>): ScoreForm[] {
  if (!hiddenSheets.size) return forms;
  const key = (f: ScoreForm) => `${f.kind}|${f.name.trim()}`;
  const shown = new Set(forms.filter((f) => !hiddenSheets.has(f.sheet) && f.name.trim()).map(key));
  return forms.filter((f) => !hiddenSheets.has(f.sheet) || !shown.has(key(f)));
}

/** Every self-evaluation form prints one of these words; sheets of 公开表 skip the form search. */
const FORM_WORDS = /自评|得分|分值|权重/;

/** Spaces typed to spread a word over its cell ('得  分', '自 评 表'): looked for only in cells that have some. */
const SPACE = /\s/;
const SPACES = /\s+/g;

/** The characters those words start with: one character-class scan rules out most cells. */
const FORM_WORD_START = /[自得分权]/;

function mentionsSelfEvaluation(sheet: Sheet): boolean {
  // Indexed loops: every cell of every sheet passes here, mostly before the JIT has optimised it.
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (typeof v === 'string' && FORM_WORD_START.test(v) && (FORM_WORDS.test(v) || (SPACE.test(v) && FORM_WORDS.test(v.replace(SPACES, ''))))) return true;
    }
  }
  return false;
}
