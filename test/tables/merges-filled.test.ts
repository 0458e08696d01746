/**
 * Merged cells undone as officers undo them: WPS “取消合并并填充内容” writes the merged text into
 * every cell it covered; a copy-paste of values drops the merges and leaves the text in the first.
 * Either way the workbook says the same, and the checker must give the same verdict.
 */
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';
import type { Cell, Workbook } from '../../src/core/model/workbook';
import { fixturePath } from '../fixtures/registry';

function unmerged(wb: Workbook, fill: boolean): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      const rows: (Cell | undefined)[][] = s.rows.map((r) => [...r]);
      for (const m of fill ? s.merges : []) {
        const master = rows[m.top]?.[m.left];
        if (!master) continue;
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) (rows[r] ??= [])[c] = { ...master };
      }
      return { ...s, rows, merges: [] };
    }),
  };
}

const verdict = (wb: Workbook) => {
  const r = checkWorkbook(wb);
  return { tables: r.tables.map((t) => `${t.id} ${t.label} ${t.sheet}`), findings: r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort(), scores: r.scores.length };
};

describe.each(['seed004-messy.xlsx', 'seed004-side-by-side.xlsx', 'central9.xlsx', 'beijing.xlsx', 'selfeval-000-beijing-2022.xlsx', 'selfeval-003-sichuan.xlsx'])('%s with its merges undone', (file) => {
  it.each([
    ['filled into every cell (WPS 取消合并并填充内容)', true],
    ['left in the first cell (values pasted)', false],
  ])('%s: the same tables, labels and findings', async (_, fill) => {
    const wb = await readWorkbookFile(fixturePath(file));
    expect(wb.sheets.some((s) => s.merges.length > 0)).toBe(true);
    expect(verdict(unmerged(wb, fill))).toEqual(verdict(wb));
  });
});
