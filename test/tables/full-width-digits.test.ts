/**
 * Digits typed with a Chinese IME in full-width ('１２', '３０', '９５．５０％') read as their ASCII
 * twins everywhere: 行次 and 栏次, 绩效自评 scores and values, and the numbers quoted in messages.
 * (Full-width 科目编码 are in officer-edits.test.ts, full-width amounts in the property tests.)
 */
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';
import type { Cell, Workbook } from '../../src/core/model/workbook';
import { fixturePath } from '../fixtures/registry';

const fullWidth = (s: string) => s.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** The workbook with every cell `retype` gives a new text for retyped in place. */
function retyped(wb: Workbook, retype: (c: Cell) => string | undefined): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((c) => {
        const text = c && retype(c);
        return text === undefined ? c : { value: text };
      })),
    })),
  };
}

const verdict = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.message} | ${f.actual ?? ''}`).sort();

describe('digits typed in full-width', () => {
  it('行次, 栏次 and 3-digit 类 codes typed so: the same findings, worded with the same 行次 (seed 004’s prior year)', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
    const clean = verdict(wb);
    expect(clean.some((f) => /第\d+行/.test(f))).toBe(true);
    const small = (c: Cell) => (typeof c.value === 'string' && /^\d{1,3}$/.test(c.value.trim()) ? fullWidth(c.value) : undefined);
    expect(verdict(retyped(wb, small))).toEqual(clean);
  });

  it.each(['selfeval-001-beijing-2020.xlsx', 'selfeval-003-sichuan.xlsx'])(
    '绩效自评 %s with its numbers typed so: the same findings, quoting the numbers in ASCII digits',
    async (file) => {
      const wb = await readWorkbookFile(fixturePath(file));
      const clean = verdict(wb);
      expect(clean.length).toBeGreaterThan(5);
      const asTyped = (c: Cell) =>
        c.formula || (c.numFmt ?? '').includes('%')
          ? undefined
          : typeof c.value === 'number'
            ? fullWidth(String(c.value))
            : typeof c.value === 'string' && /^[\d.,%]+$/.test(c.value)
              ? fullWidth(c.value)
              : undefined;
      expect(verdict(retyped(wb, asTyped))).toEqual(clean);
    },
  );
});

describe('绩效自评 indicator texts with full-width digits (“完成０．１７７５万元支出”)', () => {
  it('seed 000’s forms so typed: the same findings at the same cells (S-EXEC-AMOUNT was lost)', async () => {
    const wb = await readWorkbookFile(fixturePath('selfeval-000-beijing-2022.xlsx'));
    const where = (w: Workbook) => checkWorkbook(w).findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
    const typed = retyped(wb, (c) => (typeof c.value === 'string' && /\d/.test(c.value) ? fullWidth(c.value) : undefined));
    expect(where(wb)).toContainEqual(expect.stringContaining('S-EXEC-AMOUNT'));
    expect(where(typed)).toEqual(where(wb));
  });
});
