import { XEMPTY } from '../../../src/core/rules/cross/x-empty';
import { ModelBuilder, at } from './model';

const STATEMENT = '说明：我部门2023年度无政府性基金预算财政拨款收入支出，故此表为空表。';
const SOE_STATEMENT = '说明：我部门2023年度无国有资本经营预算财政拨款收入支出，故此表为空表。';

function build(opts: { fund?: number; t08Value?: number; t08Notes?: string[]; below?: string[]; withT08?: boolean }) {
  const b = new ModelBuilder();
  const t04 = b.add({
    id: 'T04',
    columns: ['amount', 'total', 'gpb', 'fund', 'soe'],
    rows: [
      { name: '二、政府性基金预算财政拨款', key: 'inc.fund', lineNo: 2, v: { amount: opts.fund ?? null } },
      { name: '本年支出合计', key: 'exp.total', lineNo: 59, v: { total: 100 + (opts.fund ?? 0), gpb: 100, fund: opts.fund ?? null } },
    ],
  });
  const t08 =
    opts.withT08 === false
      ? undefined
      : b.add({
          id: 'T08',
          columns: ['income.total', 'exp.total'],
          rows: [{ name: '合计', level: 'total', v: { 'exp.total': opts.t08Value ?? null } }],
          notes: opts.t08Notes ?? ['注：本表反映部门本年度政府性基金预算财政拨款的收支和年初、年末结转结余情况。', STATEMENT],
          below: opts.below,
        });
  b.add({ id: 'T09', columns: ['income', 'exp'], rows: [{ name: '合计', level: 'total' }], notes: [SOE_STATEMENT] });
  return { b, t04, t08 };
}

describe('X-EMPTY 空表及说明', () => {
  it('an empty 公开08/09表 with its statement and no such money in 公开04表 is fine', () => {
    expect(XEMPTY.check(build({}).b.context())).toEqual([]);
  });

  it('the statement may sit below the recognised notes', () => {
    expect(XEMPTY.check(build({ t08Notes: [], below: ['', STATEMENT] }).b.context())).toEqual([]);
  });

  it('an empty table without the statement is an error at its 合计 line', () => {
    const { b, t08 } = build({ t08Notes: ['注：本表反映部门本年度政府性基金预算财政拨款的收支和年初、年末结转结余情况。'] });
    const found = XEMPTY.check(b.context());
    expect(found).toEqual([expect.objectContaining({ rule: 'X-EMPTY', severity: 'error', sheet: '公开08表', cell: 'A2', table: 'T08' })]);
    expect(found[0].message).toContain('空表说明');
    expect(t08!.rows[0].nameCell).toEqual({ sheet: '公开08表', row: 1, col: 0 });
  });

  it('政府性基金 money in 公开04表 with an empty 公开08表 is an error', () => {
    const found = XEMPTY.check(build({ fund: 5 }).b.context());
    expect(found).toEqual([expect.objectContaining({ severity: 'error', sheet: '公开08表', cell: 'A2' })]);
    expect(found[0].related.map((r) => r.sheet)).toEqual(['公开04表', '公开04表']);
  });

  it('numbers in 公开08表 while 公开04表 has no 政府性基金 money is an error at the number', () => {
    const { b, t08 } = build({ t08Value: 3 });
    expect(XEMPTY.check(b.context())).toEqual([expect.objectContaining({ severity: 'error', cell: at(t08!, 'total', 'exp.total') })]);
  });

  it('a missing 公开08表 is a warning at 公开04表 政府性基金 column', () => {
    const { b, t04 } = build({ withT08: false });
    expect(XEMPTY.check(b.context())).toEqual([expect.objectContaining({ severity: 'warning', sheet: '公开04表', cell: at(t04, 'exp.total', 'fund') })]);
  });

  it('on a stacked sheet the next table’s statement does not count for this one', () => {
    const { b, t08 } = build({ t08Notes: [] });
    // Put 公开09表 right under 公开08表 on the same sheet, statement included.
    const t09 = b.tables.find((t) => t.id === 'T09')!;
    const sheet08 = b.sheets.find((s) => s.name === t08!.sheet)!;
    const offset = t08!.bottom + 2;
    sheet08.rows[offset] = [{ value: '国有资本经营预算财政拨款收入支出决算表' }];
    sheet08.rows[offset + 1] = [{ value: SOE_STATEMENT }];
    Object.assign(t09, { sheet: t08!.sheet, top: offset, bottom: offset + 1 });
    expect(XEMPTY.check(b.context())).toEqual([expect.objectContaining({ rule: 'X-EMPTY', sheet: '公开08表', severity: 'error' })]);
  });
});
