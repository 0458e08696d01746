import { columnLetters, rangeA1 } from '../../src/core/model/address';
import { FUNCTIONAL_CLASSES } from '../../src/core/classification';
import type { RecognizedTable, Recognition } from '../../src/core/tables/types';
import type { Workbook } from '../../src/core/model/workbook';
import { seed004Tables } from '../fixtures/seed004-tables';
import { amountAt, recognizeFixture } from './harness';

/** Seed 004's tables as the clean fixture lays them out: one per sheet from A1. */
const SEED = seed004Tables();

function seedRange(i: number): string {
  const rows = SEED[i].rows;
  let right = 0;
  rows.forEach((r) => r.forEach((t, j) => t !== '' && j > right && (right = j)));
  return rangeA1(0, 0, rows.length - 1, right);
}

describe('recognizeTables on the clean seed-004 sample', () => {
  let wb: Workbook;
  let rec: Recognition;
  const t = (id: string): RecognizedTable => rec.tables.find((x) => x.id === id)!;
  beforeAll(async () => {
    ({ workbook: wb, recognition: rec } = await recognizeFixture('seed004-clean.xlsx'));
  });

  it('finds the twelve tables with id, label, sheet and range, nothing unrecognised', () => {
    expect(rec.family).toBe('yunnan');
    expect(rec.unrecognized).toEqual([]);
    expect(rec.tables.map((x) => [x.id, x.label, x.sheet, x.range])).toEqual(
      SEED.map((s, i) => [`T${s.number.slice(2, 4)}`, s.number, s.number, seedRange(i)]),
    );
    for (const x of rec.tables) {
      expect(x.unit).toBe('万元');
      expect(x.department).toBe('曲靖市信访局');
      expect(x.family).toBe('yunnan');
    }
    expect(t('T10').title).toBe('财政拨款“三公”经费、行政参公单位机关运行经费情况表');
  });

  it('reads notes and flags the two empty tables', () => {
    expect(rec.tables.filter((x) => x.empty).map((x) => x.id)).toEqual(['T08', 'T09']);
    expect(t('T08').notes).toContain('说明：我部门2023年度无政府性基金预算财政拨款收入支出，故此表为空表。');
    expect(t('T08').year).toBe(2023);
    expect(t('T01').notes).toEqual(['注：1. 本表反映部门本年度的总收支和年初、年末结转结余情况', '2. 本套报表金额单位转换时可能存在尾数误差']);
    expect(t('T12').notes).toHaveLength(2);
  });

  it('T01: two sides, fixed income rows by label with 行次, 26 类 rows coded from their names', () => {
    const t01 = t('T01');
    expect(t01.columns.map((c) => [c.key, c.panel, columnLetters(c.col), c.colNo])).toEqual([
      ['amount', 0, 'C', 1],
      ['amount', 1, 'F', 2],
    ]);
    const keyed = t01.rows.filter((r) => r.key && r.key !== 'exp.class');
    expect(keyed.map((r) => [r.key, r.lineNo])).toEqual([
      ['inc.gpb', 1], ['inc.fund', 2], ['inc.soe', 3], ['inc.superior', 4], ['inc.business', 5], ['inc.operating', 6],
      ['inc.subsidiary', 7], ['inc.other', 8], ['inc.total', 27], ['exp.total', 57], ['inc.reserve', 28], ['exp.distribution', 58],
      ['inc.opening', 29], ['exp.closing', 59], ['inc.grand', 30], ['exp.grand', 60],
    ]);
    const classes = t01.rows.filter((r) => r.key === 'exp.class');
    const yunnan = FUNCTIONAL_CLASSES.filter((c) => c.yunnanRow).sort((a, b) => a.yunnanRow! - b.yunnanRow!);
    expect(classes.map((r) => [r.code, r.level, r.lineNo, r.panel])).toEqual(yunnan.map((c, i) => [c.code, 'class', 31 + i, 1]));
    expect(amountAt(wb, t01, (r) => r.key === 'inc.total', 'amount')).toBe('1095.72');
    expect(amountAt(wb, t01, (r) => r.code === '208', 'amount')).toBe('125.08');
  });

  it('T02/T03/T05: columns by 栏次, 合计 then 类/款/项 rows with codes and names', () => {
    const t02 = t('T02');
    expect(t02.columns.map((c) => `${c.key}:${columnLetters(c.col)}${c.colNo}`)).toEqual([
      'total:D1', 'fiscal:E2', 'superior:F3', 'business:G4', 'business.edu:H5', 'operating:I6', 'subsidiary:J7', 'other:K8',
    ]);
    const codes = SEED[1].rows.map((r) => r[0]).filter((c) => /^\d{3,7}$/.test(c));
    expect(t02.rows[0]).toMatchObject({ key: 'total', level: 'total' });
    expect(t02.rows.slice(1).map((r) => r.code)).toEqual(codes);
    expect(t02.rows.find((r) => r.code === '2010308')).toMatchObject({ level: 'xiang', name: '信访事务' });
    expect(t02.rows.find((r) => r.code === '20899')?.level).toBe('kuan');
    expect(t('T03').columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'remit', 'operating', 'subsidiary']);
    const t05 = t('T05');
    expect(t05.columns.map((c) => c.colNo)).toEqual([...Array(16)].map((_, i) => i + 1));
    expect(t05.columns.find((c) => c.key === 'exp.personnel')?.col).toBe(12);
    expect(t05.rows.slice(1).map((r) => r.code)).toEqual(codes);
    expect(amountAt(wb, t05, (r) => r.code === '208', 'exp.personnel')).toBe('118.82');
    expect(amountAt(wb, t05, (r) => r.key === 'total', 'exp.public')).toBe('63.69');
  });

  it('T04: expenditure columns 合计/三类资金, unlabelled r61–r63 found by 行次', () => {
    const t04 = t('T04');
    expect(t04.columns.map((c) => `${c.key}@${c.panel}:${columnLetters(c.col)}`)).toEqual(['amount@0:C', 'total@1:F', 'gpb@1:G', 'fund@1:H', 'soe@1:I']);
    expect(t04.rows.filter((r) => r.key?.startsWith('exp.closing')).map((r) => [r.key, r.lineNo])).toEqual([
      ['exp.closing', 60], ['exp.closing.gpb', 61], ['exp.closing.fund', 62], ['exp.closing.soe', 63],
    ]);
    expect(t04.rows.filter((r) => r.key?.startsWith('inc.opening')).map((r) => r.lineNo)).toEqual([28, 29, 30, 31]);
    expect(amountAt(wb, t04, (r) => r.key === 'exp.grand', 'gpb')).toBe('1095.72');
  });

  it('T06/T07: 经济分类 panels, footer totals take the amount printed in their panel range', () => {
    const t06 = t('T06');
    expect(t06.columns.map((c) => columnLetters(c.col))).toEqual(['C', 'F', 'I']);
    expect(t06.rows.find((r) => r.code === '310')).toMatchObject({ panel: 2, level: 'class', name: '资本性支出' });
    expect(t06.rows.find((r) => r.code === '30217')).toMatchObject({ panel: 1, level: 'kuan' });
    const footers = t06.rows.filter((r) => r.key);
    expect(footers.map((r) => [r.key, columnLetters(r.cells.amount.col)])).toEqual([['personnel.total', 'C'], ['public.total', 'I']]);
    expect(amountAt(wb, t06, (r) => r.key === 'public.total', 'amount')).toBe('63.69');
    const t07 = t('T07');
    expect(t07.columns).toHaveLength(4);
    expect(t07.rows.filter((r) => r.level === 'class').map((r) => r.code).sort()).toEqual(['301', '302', '303', '307', '309', '310', '311', '312', '313', '399']);
    expect(t07.rows.find((r) => r.code === '313')?.panel).toBe(3);
    expect(amountAt(wb, t07, (r) => r.code === '30227', 'amount')).toBe('298.20');
  });

  it('T08/T09: empty tables still map their 合计 row and every column', () => {
    expect(t('T08').rows.map((r) => r.key)).toEqual(['total']);
    expect(t('T08').columns).toHaveLength(16);
    expect(t('T09').columns.map((c) => c.key)).toEqual([
      'opening.total', 'opening.carry', 'opening.surplus', 'income', 'exp', 'closing.total', 'closing.carry', 'closing.surplus',
    ]);
  });

  it('T10/T11/T12: fixed rows by label, 行次 1…n in order', () => {
    const t10 = t('T10');
    expect(t10.rows.map((r) => r.lineNo)).toEqual([...Array(24)].map((_, i) => i + 1));
    expect(t10.rows.every((r) => r.key)).toBe(true);
    expect(amountAt(wb, t10, (r) => r.key === 'stat.reception.people', 'actual')).toBe('150.00');
    expect(amountAt(wb, t10, (r) => r.key === 'opex.admin', 'actual')).toBe('63.69');
    expect(t('T11').rows.map((r) => r.key)).toEqual([
      'sg.heading', 'sg.total', 'sg.abroad', 'sg.car', 'sg.car.purchase', 'sg.car.run', 'sg.reception', 'sg.reception.domestic',
      'sg.reception.foreign_affairs', 'sg.reception.abroad',
    ]);
    const t12 = t('T12');
    expect(t12.rows.map((r) => r.key)).toEqual(['total']);
    expect(t12.columns.map((c) => c.colNo)).toEqual([...Array(19)].map((_, i) => i + 1));
    expect(amountAt(wb, t12, () => true, 'fixed.net')).toBe('71.26');
    expect(amountAt(wb, t12, () => true, 'otherfixed.original')).toBe('279.09');
  });
});
