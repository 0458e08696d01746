import { headerKey } from '../labels';
import type { TableSchema } from '../schema';
import type { Block } from './band';
import { mapColumns } from './columns';
import type { FixedPanel } from './rows-fixed';

const LABEL_HEADER = /^(项目|科目|科目名称|收入项目|支出项目|项目\(.*\)|(支出)?功能分类科目(名称)?)$/;

/** Label/行次/amount columns of a fixed-row table; two panels for 收入 | 支出 tables. */
export function findFixedPanels(
  b: Block,
  schema: TableSchema,
  bandTop: number,
  bandBottom: number,
  paths: Map<number, string>,
  numbers: Map<number, number> | undefined,
  allowed: string[] | undefined,
): FixedPanel[] {
  const labelCols: number[] = [];
  const lineNoCols: number[] = [];
  for (let c = b.left; c <= b.right; c++) {
    let isLabel = false;
    let isLineNo = false;
    for (let r = bandTop; r <= bandBottom; r++) {
      const t = headerKey(b.view.text(r, c));
      if (LABEL_HEADER.test(t)) isLabel = true;
      if (t === '行次') isLineNo = true;
    }
    if (isLabel) labelCols.push(c);
    if (isLineNo) lineNoCols.push(c);
  }
  if (!labelCols.length) labelCols.push(b.left);
  const sides = schema.kind === 'two-sided' ? 2 : 1;
  // Two 行次 columns but one 项目 header: the 支出 labels sit just left of the second 行次.
  if (sides === 2 && labelCols.length === 1 && lineNoCols.length === 2 && lineNoCols[1] - 1 > labelCols[0]) labelCols.push(lineNoCols[1] - 1);
  const panels: FixedPanel[] = [];
  for (let p = 0; p < sides; p++) {
    const from = labelCols[p];
    if (from === undefined) break;
    const to = p + 1 < sides && labelCols[p + 1] !== undefined ? labelCols[p + 1] - 1 : b.right;
    const candidates: number[] = [];
    for (let c = from + 1; c <= to; c++) if (!lineNoCols.includes(c)) candidates.push(c);
    const panel = sides === 2 ? p : undefined;
    const specs = schema.columns.filter((s) => s.panel === panel);
    panels.push({
      panel,
      labelCol: from,
      lineNoCol: lineNoCols.find((c) => c > from && c <= to),
      columns: mapColumns({ specs, candidates, paths, numbers, allowed, panel }),
      specs: schema.rows ?? [],
      classRows: schema.classPanel === p && sides === 2,
    });
  }
  return panels;
}
