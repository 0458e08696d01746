/**
 * A between-table difference that is exactly a factor of 10,000 (元 vs 万元), 1,000 or 10 comes
 * from a 金额单位 gone wrong, not from an amount: the finding stays an error and says so, once
 * per table.
 */
import Decimal from 'decimal.js';
import { sheetFromValues, type CellValue, type Workbook } from '../../../src/core/model/workbook';
import { checkWorkbook } from '../../../src/core/check';
import { unitFactor } from '../../../src/core/rules/cross/unit-hint';
import { seed004Tables } from '../../fixtures/seed004-tables';

type Rows = string[][];

const AMOUNT = /^-?[\d,]+\.\d+$/;
const toNumber = (s: string) => new Decimal(s.replace(/,/g, ''));

/** Seed 004 with 公开01表 edited by `edit`; amounts written as numbers. */
function workbook(edit: (rows: Rows) => Rows): Workbook {
  const toCell = (s: string): CellValue => (s === '' ? null : AMOUNT.test(s) ? toNumber(s).toNumber() : s);
  return { sheets: seed004Tables().map((t) => sheetFromValues(t.number, (t.number === '公开01表' ? edit(t.rows) : t.rows).map((r) => r.map(toCell)))) };
}

/** 公开01表 in 元: every amount × 10,000. */
const inYuan = (rows: Rows): Rows => rows.map((r) => r.map((c) => (AMOUNT.test(c) ? toNumber(c).times(10_000).toFixed(2) : c)));
const withoutUnitLine = (rows: Rows): Rows => rows.map((r) => (r.some((c) => c.includes('金额单位')) ? [] : r));

const HINT = /恰好相差/;

describe('a between-table difference explained by a 金额单位', () => {
  it('unitFactor: 10,000, 1,000 and 10 at the printed cents; nothing else', () => {
    expect(unitFactor(new Decimal('10957200.00'), new Decimal('1095.72'))).toBe(10_000);
    expect(unitFactor(new Decimal('1095.72'), new Decimal('10957213.45'))).toBe(10_000);
    expect(unitFactor(new Decimal('1095720.00'), new Decimal('1095.72'))).toBe(1_000);
    expect(unitFactor(new Decimal('433.10'), new Decimal('43.31'))).toBe(10);
    expect(unitFactor(new Decimal('2191.44'), new Decimal('1095.72'))).toBeUndefined();
    expect(unitFactor(new Decimal('1096.72'), new Decimal('1095.72'))).toBeUndefined();
    expect(unitFactor(new Decimal('0'), new Decimal('0'))).toBeUndefined();
  });

  it('公开01表 in 元 with no 单位 line: the first finding names it, still an error, once', () => {
    const findings = checkWorkbook(workbook((rows) => withoutUnitLine(inYuan(rows)))).findings;
    const hinted = findings.filter((f) => HINT.test(f.message));
    expect(hinted).toHaveLength(1);
    expect(hinted[0]).toMatchObject({ rule: 'X01', severity: 'error' });
    expect(hinted[0].message).toContain('差 +10,956,104.28）——两边恰好相差 10,000 倍：公开01表未注明金额单位（按“万元”读取）');
    // Every other cross-table difference with 公开01表 is there too, unworded.
    expect(findings.filter((f) => /^X0[1-4]$/.test(f.rule)).length).toBeGreaterThan(3);
  });

  it('公开01表 in 元 under “金额单位：万元”: each pair of tables is named once', () => {
    const hinted = checkWorkbook(workbook(inYuan)).findings.filter((f) => HINT.test(f.message));
    expect(hinted.length).toBeGreaterThan(0);
    const pairs = hinted.map((f) => /倍：(.+)的金额单位可能有一处有误/.exec(f.message)?.[1]);
    expect(pairs).toContain('公开01表（万元）与公开02表（万元）');
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(hinted.every((f) => f.severity === 'error' || f.severity === 'warning')).toBe(true);
  });

  it('an ordinary difference gets no such words', () => {
    const raised = (rows: Rows): Rows => rows.map((r) => (r[0] === '本年收入合计' ? r.map((c, j) => (j === 2 ? '1,096.72' : c)) : r));
    const findings = checkWorkbook(workbook(raised)).findings;
    expect(findings.some((f) => f.rule === 'X01' && f.severity === 'error')).toBe(true);
    expect(findings.filter((f) => HINT.test(f.message))).toEqual([]);
  });
});
