/**
 * What the pane says after 修正 on a 说明 paragraph with three slips (seed004-with-narrative in the
 * Excel simulator): one cell written and two findings corrected with it — not “2 处未修正”, as it
 * said when those two were refused.
 */
import { appliedText } from '../../src/taskpane/model/applied-text';
import { open } from '../excel/helpers';

test('修正 of a paragraph’s slips: one cell written, the others counted as corrected with it, then as already correct', async () => {
  const s = await open('seed004-with-narrative.xlsx');
  const r = await s.api.check();
  const inA9 = r.report.findings.filter((f) => f.table === '决算说明' && f.cell === 'A9' && f.fix);
  expect(inA9).toHaveLength(3);

  const first = await s.api.applyFixes([inA9[0].key], 'value');
  expect(appliedText(first, 'value')).toBe('已写入正确数值：1 个单元格。可用「撤销修正」恢复原值；请重新检查以更新批注。');
  const rest = await s.api.applyFixes([inA9[1].key, inA9[2].key], 'value');
  expect(rest.refused).toEqual([]);
  expect(appliedText(rest, 'value')).toBe('2 条问题的单元格已是正确内容，无需再写。请重新检查以更新批注。');

  await s.api.undoFixes();
  const all = await s.api.applyFixes(inA9.map((f) => f.key), 'value');
  expect(appliedText(all, 'value')).toBe('已写入正确数值：1 个单元格；另有 2 条问题的更正已随同一单元格一并写入。可用「撤销修正」恢复原值；请重新检查以更新批注。');
  s.uninstall();
});

test('nothing written and nothing covered: no success message', () => {
  expect(appliedText({ applied: [], covered: [] }, 'value')).toBeUndefined();
});
