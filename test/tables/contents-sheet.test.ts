import { checkWorkbook } from '../../src/core/check';
import { type CellValue, type Workbook, sheetFromValues } from '../../src/core/model/workbook';
import { listedStarts } from '../../src/core/tables/recognize/contents';
import type { TableStart } from '../../src/core/tables/recognize/locate';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

const TITLES = [
  '收入支出决算表', '收入决算表', '支出决算表', '财政拨款收入支出决算表', '一般公共预算财政拨款收入支出决算表', '一般公共预算财政拨款基本支出决算表',
  '一般公共预算财政拨款项目支出决算表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表', '财政拨款“三公”经费支出决算表',
];
const no = (i: number) => `公开${String(i + 1).padStart(2, '0')}表`;

/** How packages print their 目录: one line per table, number and title in one cell or several, with page numbers or blank lines. */
const CONTENTS: [string, CellValue[][]][] = [
  ['number and title in one cell', [['目录'], ['第一部分 部门概况'], ['第二部分 2023年度部门决算表'], ...TITLES.map((t, i) => [`${no(i)} ${t}`])]],
  ['number | title | page', [['目  录'], ...TITLES.map((t, i) => [no(i), t, i + 3])]],
  ['title (number), a blank line between', TITLES.flatMap((t, i) => [[`${i + 1}.${t}（${no(i)}）`], []])],
];

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

const verdict = (wb: Workbook) => {
  const r = checkWorkbook(wb);
  return { tables: r.tables.map((t) => `${t.id}@${t.sheet}!${t.range}`), unrecognized: r.unrecognized, findings: r.findings.map((f) => f.key) };
};

describe('a 目录 sheet listing the tables', () => {
  // Before, the first two gave one “找到表名…但下面没有表格内容” entry per listed title.
  it.each(CONTENTS)('%s: adds no table and no “not recognised” entry, before or after the tables', (_name, rows) => {
    const clean = verdict(sample);
    expect(clean.findings.length).toBeGreaterThan(0);
    for (const at of [0, sample.sheets.length]) {
      const wb = structuredClone(sample);
      wb.sheets.splice(at, 0, sheetFromValues('目录', rows));
      expect(verdict(wb)).toEqual(clean);
    }
  });
});

describe('listedStarts', () => {
  const start = (top: number, titleCol = 0): TableStart => ({ top, titleRow: top, titleCol, title: 'x' });

  it('three titles within three rows of each other in one column are a list', () => {
    const starts = [start(2), start(3), start(6), start(40)];
    expect([...listedStarts(starts)].map((s) => s.top)).toEqual([2, 3, 6]);
  });

  it('tables side by side on one row, two titles close together, and stacked tables are not', () => {
    expect(listedStarts([start(0, 0), start(0, 8), start(0, 16)]).size).toBe(0);
    expect(listedStarts([start(0), start(2)]).size).toBe(0);
    expect(listedStarts([start(0), start(30), start(60), start(64)]).size).toBe(0);
  });
});
