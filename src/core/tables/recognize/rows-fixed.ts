import { functionalClassByName } from '../../classification';
import type { RowSpec } from '../schema';
import { rowLabelKey } from '../labels';
import type { TableColumn, TableRow } from '../types';
import type { Block } from './band';

export interface FixedPanel {
  panel?: number;
  labelCol: number;
  lineNoCol?: number;
  columns: TableColumn[];
  specs: RowSpec[];
  /** Unmatched labels on this panel are 功能分类 类 rows (公开01/04 expenditure side). */
  classRows?: boolean;
}

function lineNoAt(b: Block, r: number, col?: number): number | undefined {
  if (col === undefined) return undefined;
  const t = b.view.text(r, col).replace(/\s+/g, '');
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
}

/**
 * Fixed rows by label (numbering prefixes ignored; variants in the patterns), in order, a spec
 * used once; rows the template leaves unlabelled (公开04 r61–r63) are found by 行次.
 */
export function fixedRows(b: Block, dataStart: number, dataEnd: number, p: FixedPanel, byLineNo: boolean): TableRow[] {
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  const specs = p.specs.filter((s) => s.panel === p.panel);
  for (let r = dataStart; r <= dataEnd; r++) {
    const raw = b.view.mergedText(r, p.labelCol);
    const label = rowLabelKey(raw);
    const lineNo = lineNoAt(b, r, p.lineNoCol);
    const cells: TableRow['cells'] = {};
    for (const col of p.columns) cells[col.key] = { sheet: b.view.name, row: r, col: col.col };
    const nameCell = { sheet: b.view.name, row: r, col: p.labelCol };
    let spec: RowSpec | undefined;
    if (label) {
      spec = specs.find((s) => !seen.has(s.key) && (!s.after || seen.has(s.after)) && s.label.test(label));
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
