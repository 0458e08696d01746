import { normalized as normalizeLabel } from '../../classification/normalized';
import { parseCell } from '../../numbers/parse';
import type { RowSpec } from '../schema';
import type { TableColumn, TableRow } from '../types';
import type { Block } from './band';
import { memoByText } from '../../memo';
import { type LabelFit, labelFitter } from './spec-match';
import { compactCode } from './code-text';

export interface EconPanel {
  codeCol: number;
  nameCol: number;
  amountCol: number;
}

/** Panels from the header row that repeats 科目编码 | 科目名称 | 金额. */
export function findEconPanels(b: Block, bandTop: number, bandBottom: number): EconPanel[] {
  for (let r = bandTop; r <= bandBottom; r++) {
    const texts = b.view.rowTexts(r, b.left, b.right).map(([c, t]) => [c, normalizeLabel(t)] as const);
    const codes = texts.filter(([, t]) => /^(科目编码|科目代码|编码|经济分类科目编码)$/.test(t)).map(([c]) => c);
    if (!codes.length) continue;
    return codes.map((codeCol, i) => {
      const end = i + 1 < codes.length ? codes[i + 1] - 1 : b.right;
      const inPanel = texts.filter(([c]) => c > codeCol && c <= end);
      const nameCol = inPanel.find(([, t]) => /名称/.test(t))?.[0] ?? codeCol + 1;
      const amountCol = inPanel.find(([c, t]) => c > nameCol && /(金额|决算数|合计|本年数)$/.test(t))?.[0] ?? nameCol + 1;
      return { codeCol, nameCol, amountCol };
    });
  }
  return [];
}

export function econColumns(panels: EconPanel[], paths: Map<number, string>): TableColumn[] {
  return panels.map((p, i) => ({ key: 'amount', header: paths.get(p.amountCol) ?? '金额', col: p.amountCol, panel: i }));
}

const ECON_CODE = /^3\d{2}(\d{2})?$/;

/** The 经济分类 code a cell prints ('301', '30101'), or undefined; remembered, codes recur in every unit. */
const econCodeOf = memoByText((text: string): string | undefined => {
  const code = compactCode(text);
  return ECON_CODE.test(code) ? code : undefined;
});

/**
 * Footer labels (人员经费合计 …) on one row, left to right. Footer labels are words: a cell holding a
 * number or a boolean cannot be one, so only text cells are normalised and tested.
 */
function footerLabels(b: Block, r: number, footerFit: (text: string) => LabelFit): { c: number; t: string; spec: RowSpec }[] {
  const out: { c: number; t: string; spec: RowSpec }[] = [];
  const line = b.view.sheet.rows[r];
  if (!line) return out;
  const end = Math.min(b.right, line.length - 1);
  for (let c = Math.max(0, b.left); c <= end; c++) {
    const v = line[c]?.value;
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (t === '') continue;
    const spec = footerFit(t).fits[0];
    if (spec) out.push({ c, t, spec });
  }
  return out;
}

/** The panel holds only a name on this line: no code, no amount (the rest of a wrapped name). */
function isWrappedName(b: Block, r: number, p: EconPanel): boolean {
  return b.view.text(r, p.nameCol) !== '' && b.view.text(r, p.amountCol) === '';
}

/** 经济分类 rows of every panel, and footer rows (人员经费合计 / 公用经费合计) with their amount cell. */
export function econRows(b: Block, dataStart: number, dataEnd: number, panels: EconPanel[], footers: RowSpec[]): TableRow[] {
  const rows: TableRow[] = [];
  const sheet = b.view.name;
  const footerFit = labelFitter(footers);
  // Each panel's row on the line above: a long name wrapped onto the next line belongs to it.
  const previous: (TableRow | undefined)[] = [];
  for (let r = dataStart; r <= dataEnd; r++) {
    if (b.skipRows?.has(r)) continue;
    for (let i = 0; i < panels.length; i++) {
      const p = panels[i];
      const code = econCodeOf(b.view.text(r, p.codeCol));
      const above = previous[i];
      previous[i] = undefined;
      if (code === undefined) {
        const rest = b.view.text(r, p.nameCol);
        // The rest of the name above, unless a footer (人员经费合计) is written in the name column.
        if (above?.row === r - 1 && isWrappedName(b, r, p) && !footerFit(rest).fits.length) above.name += rest;
        continue;
      }
      rows.push((previous[i] = {
        row: r,
        code,
        level: code.length === 3 ? 'class' : 'kuan',
        name: b.view.text(r, p.nameCol),
        nameCell: { sheet, row: r, col: p.nameCol },
        panel: i,
        cells: { amount: { sheet, row: r, col: p.amountCol } },
      }));
    }
    if (!footers.length) continue;
    const labels = footerLabels(b, r, footerFit);
    labels.forEach((l, k) => {
      const end = k + 1 < labels.length ? labels[k + 1].c : b.right + 1;
      const amounts = panels.map((p) => p.amountCol).filter((c) => c > l.c && c < end);
      const filled = amounts.filter((c) => parseCell(b.view.cell(r, c)).kind === 'number');
      const col = filled[0] ?? amounts[amounts.length - 1];
      if (col === undefined) return;
      rows.push({
        row: r,
        key: l.spec!.key,
        name: l.t,
        nameCell: { sheet, row: r, col: l.c },
        panel: panels.findIndex((p) => p.amountCol === col),
        cells: { amount: { sheet, row: r, col } },
      });
    });
  }
  return rows;
}
