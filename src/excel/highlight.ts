import type { Finding } from '../core/findings/finding';
import { SEVERITY_LABEL } from '../core/findings/finding';
import { qualified } from '../core/model/address';
import type { MarkRecord } from './journal';
import type { MarkTarget } from './marks';
import { MARK } from './own-sheets';
import type { UnrecognizedTable } from '../core/tables/types';

/*
 * Degraded mode for Excel without threaded comments (ExcelApi < 1.10, e.g. Office 2019): the cells get a
 * fill colour and a 检查结果 sheet lists the findings with links. The original fill of every highlighted
 * cell is journaled so 清除标注 restores it. ExcelApi 1.7 reports "no fill" as white (#FFFFFF); both are
 * restored as "no fill", which looks the same.
 */

export const HIGHLIGHT: Record<Finding['severity'], string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const NO_FILL = /^#?FFFFFF$/i;

export function targetColor(t: MarkTarget): string {
  const worst = t.findings.some((f) => f.severity === 'error') ? 'error' : t.findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return HIGHLIGHT[worst];
}

/** Queues the fill read of cells not already highlighted by an earlier run (their original is journaled). */
export function queueFillRead(context: Excel.RequestContext, targets: MarkTarget[], old: MarkRecord[]): () => MarkRecord[] {
  const known = new Map(old.map((m) => [`${m.sheet}!${m.cell}`, m]));
  const reads = targets.map((t) => {
    const prior = known.get(`${t.sheet}!${t.cell}`);
    if (prior) return { t, prior, fill: undefined as Excel.RangeFill | undefined };
    const fill = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill;
    fill.load('color');
    return { t, prior: undefined, fill };
  });
  return () =>
    reads.map(({ t, prior, fill }) =>
      prior ?? { k: 'mark', sheet: t.sheet, cell: t.cell, fill: fill && fill.color && !NO_FILL.test(fill.color) ? fill.color : null },
    );
}

/** Queues reading the current fill of cells (to leave alone a highlight the user has recoloured since). */
export function queueCurrentFills(context: Excel.RequestContext, cells: { sheet: string; cell: string }[]): () => Map<string, string | null> {
  const reads = cells.map((c) => {
    const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill;
    fill.load('color');
    return { id: `${c.sheet}!${c.cell}`, fill };
  });
  return () => new Map(reads.map((r) => [r.id, r.fill.color]));
}

/** True when the cell still shows one of the add-in's highlight colours. */
export function isOurHighlight(color: string | null | undefined): boolean {
  return Boolean(color) && Object.values(HIGHLIGHT).some((h) => h.toUpperCase() === String(color).toUpperCase());
}

export function queueRestoreFill(context: Excel.RequestContext, m: MarkRecord): void {
  const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
  if (m.fill) fill.color = m.fill;
  else fill.clear();
}

export function queueHighlight(context: Excel.RequestContext, t: MarkTarget): void {
  context.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill.color = targetColor(t);
}

/**
 * Rows of the 检查结果 sheet (formulas array: the 位置 column is a HYPERLINK into the workbook), then what was not
 * checked, with the reason: no finding there is not the same as no problem.
 */
export function resultsRows(findings: Finding[], reason: string, unchecked: UnrecognizedTable[] = []): (string | number)[][] {
  const header = ['序号', '级别', '位置', '表', '问题说明', '应为', '实为', '差额', '规则'];
  const width = header.length;
  const title = [`${MARK}检查结果：${reason}`, ...Array(width - 1).fill('')];
  const rows = findings.map((f, i) => {
    const target = qualified(f.sheet, f.cell).replace(/"/g, '""');
    const label = `${f.sheet}!${f.cell}`.replace(/"/g, '""');
    const link = f.sheet ? `=HYPERLINK("#${target}","${label}")` : '';
    return [i + 1, SEVERITY_LABEL[f.severity], link, f.table ?? '', text(f.message), text(f.expected), text(f.actual), text(f.difference), f.rule];
  });
  const notChecked = unchecked.map((u) => ['', '未检查', text(`${u.sheet}${u.range ? `!${u.range}` : ''}`), '', text(`${u.title ? `${u.title}：` : ''}${u.reason}`), '', '', '', '']);
  return [title, header, ...rows, ...notChecked];
}

/** Leading apostrophe keeps Excel from reading '=…', '-0.01' or '1,095.72' as formula or number. */
function text(s: string | undefined): string {
  if (s === undefined || s === '') return '';
  return /^[=+\-@0-9.,(]/.test(s) ? `'${s}` : s;
}
