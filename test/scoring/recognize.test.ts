/** Recognition by header text: offsets, column order, full-width numbers, other sheets' tables. */
import { sheetFromValues } from '../../src/core/model/workbook';
import { recognizeScoreForms, scoreWorkbook } from '../../src/core/scoring';
import { formRows } from './rules/form';

test('a form placed anywhere on the sheet, with a blank column inserted, is read by its headers', () => {
  const rows = formRows().map((r) => [r[0], '', ...r.slice(1)]);
  const sheet = sheetFromValues('偏移', rows, { row: 6, col: 3 });
  const [form] = recognizeScoreForms({ sheets: [sheet] });
  expect(form).toMatchObject({ kind: 'project', name: '测试项目', layout: 'national' });
  const r = scoreWorkbook({ sheets: [sheet] });
  expect(r.scores[0].cells).toMatchObject({ execRate: 'K10', execScore: 'L10', total: 'N19', grade: 'O19' });
  expect(r.findings).toEqual([]);
});

test('得分 before 分值 in the indicator table is still matched by header text', () => {
  const rows = formRows();
  const swap = (r: unknown[]) => {
    const c = [...r];
    [c[8], c[9]] = [c[9], c[8]];
    return c;
  };
  const swapped = rows.map((r, i) => (i >= 7 ? swap(r) : r)) as typeof rows;
  swapped[8][8] = 35; // now the 得分 column: 35 > 分值 30
  const r = scoreWorkbook({ sheets: [sheetFromValues('换列', swapped)] }, { rules: ['S-CAP'] });
  expect(r.findings).toHaveLength(1);
  expect(r.findings[0]).toMatchObject({ cell: 'I9', actual: '35' });
});

test('full-width digits typed with a Chinese IME are read as numbers', () => {
  const rows = formRows({ total: ['１００．００', '１００．００', '８０．００', '１０', '８０％', '８．００'] });
  const r = scoreWorkbook({ sheets: [sheetFromValues('全角', rows)] });
  expect(r.scores[0].execRate).toEqual({ reported: 80, recomputed: 80 });
  expect(r.scores[0].execScore).toEqual({ reported: 8, recomputed: 8 });
});

test('sheets without a self-evaluation form give nothing (a 公开01表 layout)', () => {
  const sheet = sheetFromValues('公开01表', [
    ['收入支出决算表'],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
    ['一、一般公共预算财政拨款收入', '1', '1,095.72', '一、一般公共服务支出', '32', '1,000.00'],
  ]);
  expect(recognizeScoreForms({ sheets: [sheet] })).toEqual([]);
  expect(scoreWorkbook({ sheets: [sheet] })).toMatchObject({ scores: [], findings: [], profile: { name: '国家', reason: '未找到绩效自评表' } });
});
