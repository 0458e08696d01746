import { displayWidth, fitToWidth, padToWidth } from '../../src/cli/text-width';
import { SAMPLE_WORKBOOK, fixturePath } from '../fixtures/registry';
import { runCli } from './cli-helpers';

describe('terminal columns of CLI tables', () => {
  it('counts Chinese characters and full-width forms as two columns', () => {
    expect(displayWidth('单位二.xlsx')).toBe(11);
    expect(displayWidth('公开01表')).toBe(8);
    expect(displayWidth('（１）ab')).toBe(8);
    expect(padToWidth('公开01表', 10)).toBe('公开01表  ');
    expect(padToWidth('一般公共预算财政拨款支出决算表', 10)).toMatch(/表 $/);
  });

  it('a progress line is cut to the terminal’s width in columns, never into half a character', () => {
    expect(fitToWidth('[##--] 1/2 单位二.xlsx', 14)).toBe('[##--] 1/2 单 ');
    expect(displayWidth(fitToWidth('[##--] 1/2 单位二.xlsx', 14))).toBe(14);
    expect(fitToWidth('ab', 4)).toBe('ab  ');
  });

  it('the batch summary’s counts start in one column whatever the file names (was: shifted by each Chinese character)', async () => {
    const run = await runCli(['check', SAMPLE_WORKBOOK, fixturePath('inj-total.xlsx')]);
    const table = run.stdout.slice(run.stdout.indexOf('汇总：'));
    const rows = table.split('\n').filter((l) => /\.xlsx\s+\d/.test(l));
    expect(rows).toHaveLength(2);
    // A Chinese file name and an ASCII one: the counts are right-aligned after the names, so equal widths = aligned.
    expect(rows.map(displayWidth)).toEqual([displayWidth(rows[1]), displayWidth(rows[0])]);
    expect(displayWidth(rows[0])).toBe(40 + 4 + 6 * 3);
  });
});
