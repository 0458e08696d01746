import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellText, type CellRef } from '../../model/workbook';
import type { RecognizedTable, Unit } from '../../tables/types';
import type { CheckContext } from '../context';
import type { Rule } from '../types';

/** The cell printing “金额单位：…” of a table (the first few rows of its range), else its corner. */
function unitCell(ctx: CheckContext, t: RecognizedTable): CellRef {
  const sheet = ctx.sheet(t.sheet);
  for (let r = t.top; sheet && r <= Math.min(t.bottom, t.top + 8); r++) {
    const line = sheet.rows[r] ?? [];
    for (let c = 0; c < line.length; c++) if (/单位[:：]?\s*(万元|元)/.test(cellText(line[c]))) return { sheet: t.sheet, row: r, col: c };
  }
  return { sheet: t.sheet, row: t.top, col: t.left };
}

export const UNIT_MIX: Rule = {
  id: 'UNIT-MIX',
  title: '各表金额单位不一致',
  description:
    '同一套决算公开表应使用同一金额单位；有的表为“元”、有的为“万元”时提示。表间核对已按各表单位换算后进行。',
  scope: 'input',
  tables: [],
  source: 'REFERENCE §1.6',
  check(ctx) {
    const count = new Map<Unit, number>();
    for (const t of ctx.tables) count.set(t.unit, (count.get(t.unit) ?? 0) + 1);
    if (count.size < 2) return [];
    // The unit most tables use is taken as the set's unit (万元 on a tie: the published standard).
    const main: Unit = (count.get('元') ?? 0) > (count.get('万元') ?? 0) ? '元' : '万元';
    // In table order (公开01表 first), whatever order the sheets stand in.
    const others = ctx.tables.filter((t) => t.unit === main).sort((a, b) => a.id.localeCompare(b.id)).map((t) => t.label);
    return ctx.tables
      .filter((t) => t.unit !== main)
      .map((t): Finding => {
        const at = unitCell(ctx, t);
        const cell = a1(at.row, at.col);
        return {
          rule: UNIT_MIX.id,
          severity: 'warning',
          sheet: at.sheet,
          cell,
          related: [],
          expected: main,
          actual: t.unit,
          message: `${t.label} 金额单位为“${t.unit}”，而${others.slice(0, 3).join('、')}${others.length > 3 ? '等' : ''}为“${main}”：同一套报表应统一单位（表间核对已按单位换算）。`,
          table: t.id,
          key: findingKey(UNIT_MIX.id, at.sheet, cell, t.unit),
        };
      });
  },
};
