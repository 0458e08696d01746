import type ExcelJS from 'exceljs';
import type { CheckOptions, CheckReport } from '../core/check';
import { type CellWrite, type FixMode, bulkFixable, writeOf } from '../core/findings/fix-write';
import type { Finding, Fix } from '../core/findings/finding';
import { trialFixes } from '../core/fix-trial';
import { parseA1 } from '../core/model/address';
import type { Workbook } from '../core/model/workbook';
import { unshareFormulaGroup } from './shared-formulas';

/** What `check --fix` wrote into the copy, and what it left. */
export interface CopyFixes {
  mode: FixMode;
  /** Cells written, in order: what each held and holds now; `along`: written with another finding's correction. */
  written: { key: string; rule: string; sheet: string; cell: string; was: string; now: string; along?: boolean }[];
  /** Findings another correction made right without a write of their own. */
  resolved: { key: string }[];
  /** Findings not corrected, with the reason. */
  skipped: { key: string; reason: string }[];
}

/** What --fix did, and the copy checked again. */
export type FixedCopy = CopyFixes & { after: CheckReport['summary'] };

/** The workbook the report was made from, to try the corrections on, and how it was checked. */
export interface FixRequest {
  mode: FixMode;
  workbook: Workbook;
  options: CheckOptions;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'object') {
    const o = value as { formula?: string; richText?: { text: string }[]; text?: string };
    if (o.formula) return `=${o.formula}`;
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text) return o.text;
  }
  return String(value);
}

/** ExcelJS reads a sheet's protection (`<sheetProtection sheet="1">`) but does not declare it. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const on = (ws as unknown as { sheetProtection?: { sheet?: unknown } | null }).sheetProtection?.sheet;
  return on === true || on === 1 || on === '1' || on === 'true';
}

function describeWrite(w: CellWrite): string {
  return w.formula ?? shown(w.value);
}

/**
 * 全部修正 on a copy, as the task pane does it in Excel: the errors' and warnings' corrections tried on
 * the model first (core/fix-trial), only those written that leave fewer problems and none new, with what
 * they bring along; none on a protected sheet. A formula is written with its value as the cached
 * result, so the copy shows it before Excel recalculates.
 */
export function fixCopy(copy: ExcelJS.Workbook, findings: Finding[], request: FixRequest): CopyFixes {
  const unwritable = (fix: Fix) => {
    const ws = copy.getWorksheet(fix.sheet);
    if (!ws) return `找不到工作表“${fix.sheet}”，未修改。`;
    return isProtected(ws) ? `工作表“${fix.sheet}”受保护，${fix.cell} 未修改。` : undefined;
  };
  const trial = trialFixes(request.workbook, bulkFixable(findings), request.options, unwritable);
  const out: CopyFixes = {
    mode: request.mode,
    written: [],
    resolved: trial.resolved.map((f) => ({ key: f.key })),
    skipped: trial.rejected.map((r) => ({ key: r.finding.key, reason: r.reason })),
  };
  const byCell = new Map<string, CopyFixes['written'][number]>();
  for (const { finding, fixes } of trial.accepted) {
    fixes.forEach((fix, i) => {
      const write = writeOf(fix, request.mode);
      const { row, col } = parseA1(fix.cell);
      const ws = copy.getWorksheet(fix.sheet)!;
      const target = ws.getCell(row + 1, col + 1);
      const id = `${fix.sheet}!${fix.cell}`;
      const earlier = byCell.get(id);
      // A clone of a shared formula holds only its master's address; ExcelJS translates its own formula.
      const was = earlier ? earlier.was : target.formula ? `=${target.formula}` : shown(target.value);
      unshareFormulaGroup(ws, target);
      target.value = write.formula ? { formula: write.formula.slice(1), result: fix.value } : (write.value as ExcelJS.CellValue);
      if (write.numFmt) target.numFmt = write.numFmt;
      // A cell a later correction writes again: one line, its first content and its last.
      const line = { key: finding.key, rule: finding.rule, sheet: fix.sheet, cell: fix.cell, was, now: describeWrite(write), ...(i > 0 ? { along: true } : {}) };
      if (earlier) Object.assign(earlier, line);
      else {
        byCell.set(id, line);
        out.written.push(line);
      }
    });
  }
  return out;
}
