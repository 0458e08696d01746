import { COL, liaoning } from './liaoning';
import { NINETY, formRows, run } from './form';

describe('S-REASON 未得满分须说明偏差原因', () => {
  test('full marks need no reason', () => {
    expect(run('S-REASON', formRows()).findings).toEqual([]);
  });
  test('missing marks with an empty or “无” reason is a warning at the reason cell', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 25;
    rows[1][8] = 25;
    rows[1][9] = '无';
    const r = run('S-REASON', formRows({ indicators: rows }));
    expect(r.findings.map((f) => f.cell)).toEqual(['K9', 'K10']);
    expect(r.findings[0].severity).toBe('warning');
  });
  test('a written reason passes', () => {
    const rows = NINETY.map((x) => [...x]);
    rows[0][8] = 25;
    rows[0][9] = '疫情影响，活动减少';
    expect(run('S-REASON', formRows({ indicators: rows })).findings).toEqual([]);
  });
  test('Liaoning: the indicator is named by its 指标内容, not the “指标1” that numbers the row (as S-CAP names it)', async () => {
    const r = await liaoning([
      { match: '财政拨款收入预决算差异率', col: COL.reason, value: '' },
      { match: '及时办理群众来信', col: COL.score, value: 12 },
    ]);
    const reason = r.findings.find((x) => x.rule === 'S-REASON')!;
    const cap = r.findings.find((x) => x.rule === 'S-CAP')!;
    expect(reason.message).toContain('指标“财政拨款收入预决算差异率”得分 1 低于分值 5');
    expect(cap.message).toContain('指标“及时办理群众来信”得分 12 超过分值 10');
  });
});
