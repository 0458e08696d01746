import { functionalClassByName } from '../../classification';
import type { RowSpec } from '../schema';
import type { TableColumn, TableRow } from '../types';
import type { Block } from './band';
import { memoByText } from '../../memo';
import { labelFitter } from './spec-match';
import { INVISIBLE, halfWidthDigits } from '../../numbers/normalize';

export interface FixedPanel {
  panel?: number;
  labelCol: number;
  lineNoCol?: number;
  columns: TableColumn[];
  specs: RowSpec[];
  /** Unmatched labels on this panel are 功能分类 类 rows (公开01/04 expenditure side). */
  classRows?: boolean;
}

/** A printed 行次 ('12', ' 3 ', '１２') → its number; remembered, the same few texts recur. */
const lineNoOf = memoByText((text: string): number | undefined => {
  const t = halfWidthDigits(text).replace(INVISIBLE, '');
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
});

function lineNoAt(b: Block, r: number, col?: number): number | undefined {
  if (col === undefined) return undefined;
  const v = b.view.cell(r, col)?.value;
  // Small non-negative integers stored as numbers read as themselves (as their text would).
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 999) return v;
  return lineNoOf(b.view.text(r, col));
}

/**
 * Fixed rows by label (numbering prefixes ignored; variants in the patterns), in order, a spec
 * used once; rows the template leaves unlabelled (公开04 r61–r63) are found by 行次.
 */
export function fixedRows(b: Block, dataStart: number, dataEnd: number, p: FixedPanel, byLineNo: boolean): TableRow[] {
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  const specs = p.specs.filter((s) => s.panel === p.panel);
  const sheet = b.view.name;
  const labelFit = labelFitter(p.specs);
  const usable = (s: RowSpec) => s.panel === p.panel && !seen.has(s.key) && (!s.after || seen.has(s.after));
  for (let r = dataStart; r <= dataEnd; r++) {
    if (b.skipRows?.has(r)) continue;
    const raw = b.view.mergedText(r, p.labelCol);
    const { label, fits } = labelFit(raw);
    const lineNo = lineNoAt(b, r, p.lineNoCol);
    const cells: TableRow['cells'] = {};
    for (let i = 0; i < p.columns.length; i++) cells[p.columns[i].key] = { sheet, row: r, col: p.columns[i].col };
    const nameCell = { sheet, row: r, col: p.labelCol };
    let spec: RowSpec | undefined;
    if (label) {
      spec = fits.find(usable);
    } else if (byLineNo && lineNo !== undefined) {
      spec = specs.find((s) => s.blankByLineNo && s.lineNo === lineNo && !seen.has(s.key) && (!s.after || seen.has(s.after)));
    }
    if (spec) {
      seen.add(spec.key);
      rows.push({ row: r, key: spec.key, lineNo, name: raw, nameCell, panel: p.panel, cells });
      continue;
    }
    if (!label) continue;
    if (p.classRows) {
      const cls = functionalClassByName(raw);
      rows.push({ row: r, key: 'exp.class', code: cls?.code, level: 'class', lineNo, name: raw, nameCell, panel: p.panel, cells });
      continue;
    }
    rows.push({ row: r, lineNo, name: raw, nameCell, panel: p.panel, cells });
  }
  return rows;
}
