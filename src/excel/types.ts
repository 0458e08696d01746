import type { CheckReport } from '../core/check';
import type { Workbook } from '../core/model/workbook';

/** What this Excel can do; everything else degrades (see docs/addin.md). */
export interface Capabilities {
  /** Highest ExcelApi requirement set supported, e.g. '1.7' on Office 2019. */
  apiVersion: string;
  /** ExcelApi 1.10 threaded comments. */
  comments: boolean;
  /** ExcelApi 1.11 Comment.resolved. */
  resolveComments: boolean;
  /** ExcelApi 1.9 Range.getSpecialCellsOrNullObject: which rows and columns are hidden. */
  visibleCells: boolean;
  /** ExcelApi 1.13 getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.20 Excel.run({ mergeUndoGroup }). */
  undoGroup: boolean;
}

/** step is Chinese: '读取工作表', '识别决算表', '核对勾稽关系', '写入批注'. */
export type Progress = (step: string, fraction: number) => void;

export interface Dismissal {
  key: string;
  reason: string;
  at: string;
}

export interface AddinCheckResult {
  report: CheckReport;
  /** Findings the user dismissed earlier (stored in the workbook). */
  dismissed: Dismissal[];
  /** 'highlight' + 检查结果 sheet where threaded comments are unavailable. */
  marksMode: 'comments' | 'highlight';
  /** context.sync() calls the check used. */
  syncs: number;
  /** Chinese message, e.g. degraded mode explanation or sheets left unmarked. */
  notice?: string;
}

export interface AppliedFix {
  key: string;
  sheet: string;
  cell: string;
  old: unknown;
  value: unknown;
  formula?: string;
  /** A cell 全部修正 wrote along with the finding's own correction (the same amount in another table, a form's 总分). */
  along?: boolean;
}

export interface ApplyResult {
  /** One entry per cell written. */
  applied: AppliedFix[];
  /**
   * Findings whose correct value is in their cell without a write of their own: written in this batch
   * by another finding's identical fix (`by`; the fixes of one 说明 paragraph are all that paragraph
   * corrected), or already there (corrected by an earlier 修正, or by hand), or (`resolved`, 全部修正)
   * made right by another finding's correction without a write to its own cell.
   */
  covered: { key: string; by?: string; resolved?: boolean }[];
  refused: { key: string; reason: string }[];
}

export interface RevealResult {
  /** Findings whose hidden rows, columns or sheet are now shown. */
  revealed: string[];
  /** Rows, columns and sheets shown (each counts one). */
  shown: number;
  refused: { key: string; reason: string }[];
}

export interface UndoResult {
  restored: number;
  /** Rows, columns and sheets hidden again (取消隐藏 undone). */
  rehidden: number;
  conflicts: { sheet: string; cell: string; reason: string }[];
}

export interface CheckOptionsForAddin {
  profile?: string;
  onProgress?: Progress;
}

export interface AddinApi {
  capabilities(): Promise<Capabilities>;
  /** Reads the workbook, runs the core check, writes the marks. */
  check(options?: CheckOptionsForAddin): Promise<AddinCheckResult>;
  /** 定位: activates the sheet and selects the cell; a notice when the cell is in a hidden row or column. */
  select(sheet: string, cell: string): Promise<string | undefined>;
  /** The fixes written as they are (「仍然写入」), journaled in the workbook: one write per cell, the first standing. */
  applyFixes(keys: string[], mode: 'value' | 'formula'): Promise<ApplyResult>;
  /** 修正 and 全部修正: the corrections that, tried on the checked model, leave fewer problems and none new (with what they bring along). */
  applyAllFixes(keys: string[], mode: 'value' | 'formula'): Promise<ApplyResult>;
  /** 取消隐藏 for findings about hidden rows, columns or sheets, journaled like 修正. */
  reveal(keys: string[]): Promise<RevealResult>;
  /** 撤销修正 (and 取消隐藏), from the journal stored in the workbook. */
  undoFixes(): Promise<UndoResult>;
  /** 清除标注: removes only the add-in's own comments / highlights; returns how many marks were removed. */
  clearMarks(): Promise<number>;
  /** 忽略并说明, stored in the workbook. */
  dismiss(key: string, reason: string): Promise<void>;
  /** The workbook as the core model (for the narrative tab). */
  readWorkbookModel(): Promise<Workbook>;
}
