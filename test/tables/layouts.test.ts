import { parseRangeA1, rangeA1 } from '../../src/core/model/address';
import type { RecognizedTable, Recognition } from '../../src/core/tables/types';
import type { Workbook } from '../../src/core/model/workbook';
import { BEIJING_TITLES, CENTRAL_TITLES, MESSY_LAYOUT, stackedTops } from '../fixtures/builders/layouts';
import { amountAt, recognizeFixture, valuesOf } from './harness';

interface Loaded {
  workbook: Workbook;
  recognition: Recognition;
}

const IDS = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12'];

function shifted(range: string, dRow: number, dCol: number): string {
  const r = parseRangeA1(range);
  return rangeA1(r.top + dRow, r.left + dCol, r.bottom + dRow, r.right + dCol);
}

describe('recognition across layouts of seed 004', () => {
  let clean: Loaded;
  const byId = (l: Loaded, id: string): RecognizedTable => l.recognition.tables.find((t) => t.id === id)!;
  beforeAll(async () => {
    clean = await recognizeFixture('seed004-clean.xlsx');
  });

  /** Every row/column the clean sample maps holds the same value in the other layout. */
  function expectSameValues(other: Loaded, id: string, otherId = id): void {
    const want = valuesOf(clean.workbook, byId(clean, id));
    const got = valuesOf(other.workbook, byId(other, otherId));
    expect([...got.entries()].sort()).toEqual([...want.entries()].sort());
  }

  describe('seed004-messy.xlsx (offsets, Sheet1…, text and full-width numbers, merges, hidden sheet)', () => {
    let messy: Loaded;
    beforeAll(async () => {
      messy = await recognizeFixture('seed004-messy.xlsx');
    });

    it('finds every table on its generic sheet at its offset, nothing on the hidden sheet', () => {
      expect(messy.recognition.unrecognized).toEqual([]);
      expect(messy.recognition.tables.map((t) => t.id)).toEqual(IDS);
      messy.recognition.tables.forEach((t, i) => {
        const c = byId(clean, t.id);
        expect(t.sheet).toBe(`Sheet${i + 1}`);
        expect(t.range).toBe(shifted(c.range, MESSY_LAYOUT[i].top - 1, MESSY_LAYOUT[i].left - 1));
        expect(t.label).toBe(c.label);
      });
      expect(messy.workbook.sheets.find((s) => s.name === 'Sheet0')?.hidden).toBe(true);
    });

    it.each(IDS)('%s maps the same rows and columns to the same values as the clean sample', (id) => expectSameValues(messy, id));

    it('reads the merged header cells and the full-width text numbers', () => {
      expect(messy.workbook.sheets.find((s) => s.name === 'Sheet2')!.merges.length).toBeGreaterThan(1);
      // 事业收入 is merged over 小计 | 其中：教育收费: both columns see it in their header path.
      const headers = Object.fromEntries(byId(messy, 'T02').columns.map((c) => [c.key, c.header]));
      expect(headers['business']).toBe('事业收入/小计');
      expect(headers['business.edu']).toBe('事业收入/其中：教育收费');
      expect(amountAt(messy.workbook, byId(messy, 'T10'), (r) => r.key === 'stat.reception.people', 'actual')).toBe('150.00');
    });
  });

  describe('seed004-stacked.xlsx (twelve tables on one sheet)', () => {
    let stacked: Loaded;
    beforeAll(async () => {
      stacked = await recognizeFixture('seed004-stacked.xlsx');
    });

    it('splits the sheet into twelve tables, each ending before the next title', () => {
      expect(stacked.recognition.unrecognized).toEqual([]);
      expect(stacked.recognition.tables.map((t) => t.id)).toEqual(IDS);
      const tops = stackedTops();
      stacked.recognition.tables.forEach((t, i) => {
        expect(t.sheet).toBe('决算公开表');
        expect(t.range).toBe(shifted(byId(clean, t.id).range, tops[i] - 1, 1));
      });
    });

    it.each(IDS)('%s maps the same values as the clean sample', (id) => expectSameValues(stacked, id));
  });

  describe('seed004-splitcodes.xlsx (类|款|项 columns)', () => {
    let split: Loaded;
    beforeAll(async () => {
      split = await recognizeFixture('seed004-splitcodes.xlsx');
    });

    it.each(['T02', 'T03', 'T05'])('%s rebuilds full codes and maps the same values', (id) => {
      const t = byId(split, id);
      expect(t.rows.map((r) => r.code)).toEqual(byId(clean, id).rows.map((r) => r.code));
      expect(t.rows.find((r) => r.code === '2101103')?.name).toBe('公务员医疗补助');
      expectSameValues(split, id);
    });
  });

  describe('central9.xlsx (nine central titles, no 公开编号)', () => {
    let central: Loaded;
    beforeAll(async () => {
      central = await recognizeFixture('central9.xlsx');
    });

    it('identifies the nine tables by title, family central, labels are the titles', () => {
      expect(central.recognition.family).toBe('central');
      expect(central.recognition.unrecognized).toEqual([]);
      expect(central.recognition.tables.map((t) => t.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T11', 'T08', 'T09']);
      expect(central.recognition.tables.map((t) => t.label)).toEqual(CENTRAL_TITLES);
      expect(central.recognition.tables.map((t) => t.sheet)).toEqual(central.workbook.sheets.map((s) => s.name));
    });

    it.each(['T02', 'T03', 'T06'])('%s maps the same values as the clean sample', (id) => expectSameValues(central, id));

    it('收入支出决算总表: one 财政拨款收入 row, 使用非财政拨款结余, the same 类 rows', () => {
      const t = byId(central, 'T01');
      expect(amountAt(central.workbook, t, (r) => r.key === 'inc.fiscal', 'amount')).toBe('1095.72');
      expect(t.rows.find((r) => r.key === 'inc.reserve')?.name).toBe('使用非财政拨款结余');
      const classes = (x: RecognizedTable, wb: Workbook) => x.rows.filter((r) => r.key === 'exp.class').map((r) => [r.code, amountAt(wb, x, (q) => q === r, 'amount')]);
      expect(classes(t, central.workbook)).toEqual(classes(byId(clean, 'T01'), clean.workbook));
    });

    it('一般公共预算财政拨款支出决算表 maps by header text to the 本年支出 columns of 公开05', () => {
      const t = byId(central, 'T05');
      expect(t.columns.map((c) => c.key)).toEqual(['exp.total', 'exp.basic', 'exp.personnel', 'exp.public', 'exp.project']);
      const c = byId(clean, 'T05');
      for (const row of c.rows)
        for (const key of ['exp.total', 'exp.basic', 'exp.personnel', 'exp.public', 'exp.project'])
          expect(amountAt(central.workbook, t, (r) => r.code === row.code && r.level === row.level, key)).toBe(amountAt(clean.workbook, c, (r) => r === row, key));
    });

    it('the horizontal 三公 table maps to the vertical row keys', () => {
      const t = byId(central, 'T11');
      const c = byId(clean, 'T11');
      expect(t.rows.map((r) => r.key)).toEqual(['sg.total', 'sg.abroad', 'sg.car', 'sg.car.purchase', 'sg.car.run', 'sg.reception']);
      for (const row of t.rows)
        for (const key of ['budget', 'actual'])
          expect(amountAt(central.workbook, t, (r) => r === row, key)).toBe(amountAt(clean.workbook, c, (r) => r.key === row.key, key));
    });

    it('the 16-栏 and 国有资本经营 tables map every column by header text', () => {
      expect(byId(central, 'T08').columns.map((c) => c.key)).toEqual(byId(clean, 'T08').columns.map((c) => c.key));
      expect(byId(central, 'T09').columns.map((c) => c.key)).toEqual(byId(clean, 'T09').columns.map((c) => c.key));
      expect(byId(central, 'T08').empty).toBe(true);
    });
  });

  describe('beijing.xlsx (Beijing titles with the year)', () => {
    let bj: Loaded;
    beforeAll(async () => {
      bj = await recognizeFixture('beijing.xlsx');
    });

    it('recognises ten tables (the 政府性基金 基本支出 table too, empty), reports the 政府采购情况表 as not checked, reads the year from the titles', () => {
      expect(bj.recognition.family).toBe('beijing');
      expect(bj.recognition.tables.map((t) => [t.id, t.sheet])).toEqual([
        ['T01', '表1'], ['T02', '表2'], ['T03', '表3'], ['T04', '表4'], ['T05', '表5'], ['T06', '表6'], ['T08', '表7'], ['T08B', '表8'], ['T09', '表9'], ['T10', '表10'],
      ]);
      expect(bj.recognition.tables.every((t) => t.year === 2023)).toBe(true);
      expect(bj.recognition.tables.map((t) => t.title)).toEqual(BEIJING_TITLES.slice(0, 10));
      expect(byId(bj, 'T08B')).toMatchObject({ empty: true, range: 'A1:F10' });
      expect(byId(bj, 'T08B').rows.map((r) => r.key ?? r.code)).toEqual(['301', '302', 'personnel.total', 'public.total']);
      expect(bj.recognition.unrecognized).toEqual([
        expect.objectContaining({ sheet: '表11', title: BEIJING_TITLES[10], reason: expect.stringContaining('本工具暂不核对此表') }),
      ]);
    });

    it.each(['T02', 'T03', 'T06'])('%s maps the same values as the clean sample', (id) => expectSameValues(bj, id));

    it('国有资本经营预算财政拨款支出决算表 has only the 本年支出 column; 三公 across with 财政拨款 scope', () => {
      expect(byId(bj, 'T09').columns.map((c) => c.key)).toEqual(['exp']);
      const t10 = byId(bj, 'T10');
      expect(amountAt(bj.workbook, t10, (r) => r.key === 'sg.reception', 'actual')).toBe('1.47');
      expect(amountAt(bj.workbook, t10, (r) => r.key === 'sg.total', 'budget')).toBe('3.40');
    });
  });
});
