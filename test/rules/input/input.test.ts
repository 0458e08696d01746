import { NUM_PARSE } from '../../../src/core/rules/input/num-parse';
import { UNIT_MIX } from '../../../src/core/rules/input/unit-mix';
import { T06_2 } from '../../../src/core/rules/table/t06-2';
import { setCell } from '../../../src/core/model/workbook';
import { ModelBuilder, at } from '../cross/model';

describe('NUM-PARSE 无法识别的数字', () => {
  it('reports 7.99O, 1.2.3 and #REF! at their cells as errors; good numbers, text numbers and “—” pass', () => {
    const b = new ModelBuilder();
    const t = b.add({
      id: 'T06',
      columns: ['amount'],
      rows: [
        { name: '工会经费', code: '30228', level: 'kuan', v: { amount: '7.99O' } },
        { name: '福利费', code: '30229', level: 'kuan', v: { amount: '1.2.3' } },
        { name: '差旅费', code: '30211', level: 'kuan', v: { amount: '１，０９５．７２' } },
        { name: '会议费', code: '30215', level: 'kuan', v: { amount: '—' } },
        { name: '培训费', code: '30216', level: 'kuan', v: { amount: 1.9 } },
        { name: '办公费', code: '30201', level: 'kuan' },
      ],
    });
    setCell(b.sheets[0], t.rows[5].cells.amount.row, 1, { value: null, error: '#REF!', formula: 'A1+#REF!' });
    const found = NUM_PARSE.check(b.context());
    expect(found.map((f) => [f.cell, f.severity, f.actual])).toEqual([
      [at(t, '30228', 'amount'), 'error', '7.99O'],
      [at(t, '30229', 'amount'), 'error', '1.2.3'],
      [at(t, '30201', 'amount'), 'error', '#REF!'],
    ]);
    expect(found[0].message).toContain('“7.99O”无法识别为数字');
    expect(found[2].message).toContain('#REF!');
  });

  it('reports a formula saved without its result, and reads a formula with a result as its value', () => {
    const b = new ModelBuilder();
    const t = b.add({
      id: 'T06',
      columns: ['amount'],
      rows: [
        { name: '办公费', code: '30201', level: 'kuan' },
        { name: '印刷费', code: '30202', level: 'kuan' },
      ],
    });
    setCell(b.sheets[0], t.rows[0].cells.amount.row, 1, { value: null, formula: 'SUM(B3:B9)' });
    setCell(b.sheets[0], t.rows[1].cells.amount.row, 1, { value: 12.5, formula: 'B3*2' });
    const found = NUM_PARSE.check(b.context());
    expect(found.map((f) => [f.cell, f.severity, f.actual])).toEqual([[at(t, '30201', 'amount'), 'error', '=SUM(B3:B9)']]);
    expect(found[0].message).toContain('公式 =SUM(B3:B9) 没有保存计算结果');
  });
});

/** A 类 of 20 over 款 whose amounts are the texts given (reported or not): what NUM-PARSE and T06-2 say. */
function unreadableUnder(texts: string[]) {
  const b = new ModelBuilder();
  const kuan = texts.map((amount, i) => ({ name: `款${i + 1}`, code: `3020${i + 1}`, level: 'kuan' as const, v: { amount } }));
  const t = b.add({ id: 'T06', columns: ['amount'], rows: [{ name: '商品和服务支出', code: '302', level: 'class', v: { amount: 20 } }, ...kuan] });
  const ctx = b.context();
  const found = NUM_PARSE.check(ctx);
  return {
    reported: found.map((f) => [f.cell, f.severity, f.actual]),
    expected: (reported: string[]) => reported.map((text) => [at(t, `3020${texts.indexOf(text) + 1}`, 'amount'), 'error', text]),
    messages: found.map((f) => f.message),
    // 302 = Σ 款 would be 20 ≠ 0 if the unreadable texts were read as 0: it is not judged.
    classJudged: T06_2.check(ctx).filter((f) => f.cell === at(t, '302', 'amount')),
  };
}

describe('NUM-PARSE: text in an amount cell that is not a number', () => {
  it.each([
    ['words around digits', ['约1,095.72', '12.00（调整后）', '3辆'], ['约1,095.72', '12.00（调整后）', '3辆'], '是文字而不是数字'],
    ['amounts in Chinese numerals', ['一千元', '壹仟贰佰元整', '负三万', '无', '万元', '详见第一部分'], ['一千元', '壹仟贰佰元整', '负三万'], '是用汉字写的金额'],
  ])('%s are reported instead of read as 0, and sums through them are not judged; words without numbers stay silent', (_what, texts, reported, says) => {
    const r = unreadableUnder(texts);
    expect(r.reported).toEqual(r.expected(reported));
    for (const m of r.messages) expect(m).toContain(says);
    expect(r.classJudged).toEqual([]);
  });
});

describe('UNIT-MIX 金额单位不一致', () => {
  it('warns at the 金额单位 cell of the table in the minority unit', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [] });
    b.add({ id: 'T02', unit: '元', columns: ['total'], rows: [] });
    b.add({ id: 'T03', columns: ['total'], rows: [] });
    expect(UNIT_MIX.check(b.context())).toEqual([
      expect.objectContaining({ rule: 'UNIT-MIX', severity: 'warning', sheet: '公开02表', cell: 'A1', expected: '万元', actual: '元' }),
    ]);
  });
  it('is silent when all tables agree', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [] });
    b.add({ id: 'T02', columns: ['total'], rows: [] });
    expect(UNIT_MIX.check(b.context())).toEqual([]);
  });
  it('names the other tables in table order, whatever order their sheets stand in', () => {
    const b = new ModelBuilder();
    for (const id of ['T05', 'T03', 'T01', 'T04'] as const) b.add({ id, columns: ['total'], rows: [] });
    b.add({ id: 'T02', unit: '元', columns: ['total'], rows: [] });
    expect(UNIT_MIX.check(b.context())[0].message).toContain('而公开01表、公开03表、公开04表等为“万元”');
  });
});

describe('NUM-PARSE quotes the text without the spaces and line break around it', () => {
  it('“7.99O” typed with a line break after it', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T06', columns: ['amount'], rows: [{ name: '工会经费', code: '30228', level: 'kuan', v: { amount: ' 7.99O\n' } }] });
    const [found] = NUM_PARSE.check(b.context());
    expect(found.actual).toBe('7.99O');
    expect(found.message).toContain('“7.99O”无法识别为数字');
  });
});
