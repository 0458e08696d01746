import type { CellRef } from '../../model/workbook';
import type { Amount } from '../../money/amount';
import { CheckContext } from '../../rules/context';
import { rowByKey, totalRow } from '../../tables/access';
import type { RecognizedTable, TableId, TableRow } from '../../tables/types';
import type { Scope } from './extract';
import { nameKey } from './text';
import { CLASS_NAMES } from './lexicon';
import { stripNumbering } from '../../classification';

/** A table cell that states an item. */
export interface TableValue {
  ref: CellRef;
  amount: Amount;
  table: RecognizedTable;
  /** '公开05表 合计行 本年支出合计' */
  label: string;
}

export type ValueColumn = 'actual' | 'budget' | 'budget.full';

function stripSuffix(name: string): string {
  return nameKey(name).replace(/支出$/, '');
}

/**
 * Which table cell states an item of the 说明. The same words mean different cells by section:
 * 基本支出 under 一般公共预算 is 公开05's, elsewhere 公开03's.
 */
export class TableResolver {
  readonly ctx: CheckContext;

  constructor(ctx: CheckContext) {
    this.ctx = ctx;
  }

  get hasTables(): boolean {
    return this.ctx.tables.length > 0;
  }

  private cell(id: TableId, row: TableRow | undefined, col: string, what: string): TableValue | undefined {
    const table = this.ctx.table(id);
    const ref = row?.cells[col];
    if (!table || !ref) return undefined;
    const rowWord = row!.level === 'total' ? '合计行' : row!.lineNo ? `第${row!.lineNo}行（${row!.name}）` : `“${row!.name}”行`;
    const printed = this.ctx.amount(ref);
    // The 说明 speaks 万元: a table printed in 元 is compared after conversion.
    const amount = table.unit === '元' ? { ...printed, value: printed.value.div(10000), decimals: (printed.decimals ?? 0) + 4 } : printed;
    return { ref, amount, table, label: `${table.label} ${rowWord} ${what}` };
  }

  private keyed(id: TableId, key: string, col: string, what: string): TableValue | undefined {
    return this.cell(id, rowByKey(this.ctx.table(id), key), col, what);
  }

  private total(id: TableId, col: string, what: string): TableValue | undefined {
    return this.cell(id, totalRow(this.ctx.table(id)), col, what);
  }

  /** Rows of 功能分类 tables named like `name` (class rows compare without the 支出 suffix). */
  rowsNamed(id: TableId, name: string): TableRow[] {
    const t = this.ctx.table(id);
    if (!t) return [];
    const k = nameKey(name);
    // A 类 is matched by its code (tables sometimes print a wrong 类 name, and 公开01/04 number them).
    const classCode = CLASS_NAMES.find((c) => stripSuffix(c.name) === stripSuffix(name))?.code;
    return t.rows.filter((r) => {
      if (r.level === 'total') return false;
      if (r.level === 'class' && classCode && r.code) return r.code === classCode;
      const printed = nameKey(stripNumbering(r.name));
      return printed === k || (r.level === 'class' && stripSuffix(printed) === stripSuffix(name));
    });
  }

  /** Every 科目 name of the classification tables (for N06 and unquoted names). */
  subjectNames(): { name: string; ref?: CellRef; table: RecognizedTable; level?: string }[] {
    const out: { name: string; ref?: CellRef; table: RecognizedTable; level?: string }[] = [];
    for (const id of ['T05', 'T03', 'T02'] as TableId[]) {
      const t = this.ctx.table(id);
      if (!t) continue;
      for (const r of t.rows) if (r.level && r.level !== 'total' && r.name) out.push({ name: r.name, ref: r.nameCell, table: t, level: r.level });
    }
    return out;
  }

  resolve(item: string, scope: Scope, column: ValueColumn = 'actual', sentence = ''): TableValue[] {
    const gpb = scope === 'gpb' || /一般公共预算/.test(sentence);
    if (item.startsWith('class:') || item.startsWith('name:')) {
      const name = item.slice(item.indexOf(':') + 1);
      const order: [TableId, string][] = gpb ? [['T05', 'exp.total'], ['T04', 'gpb']] : [['T03', 'total'], ['T01', 'amount'], ['T05', 'exp.total']];
      for (const [id, col] of order) {
        const rows = this.rowsNamed(id, name);
        const hits = rows.map((r) => this.cell(id, r, col, id === 'T05' ? '本年支出合计' : '支出')).filter((v): v is TableValue => !!v);
        if (hits.length) return hits;
      }
      return [];
    }
    const one = (v: TableValue | undefined) => (v ? [v] : []);
    const sgTable: TableId = /一般公共预算/.test(sentence) && this.ctx.table('T11') ? 'T11' : 'T10';
    const sgCol = column === 'actual' ? 'actual' : column;
    const sgWhat = column === 'actual' ? '决算数' : column === 'budget' ? '预算数' : '全年预算数';
    switch (item) {
      case 'grand':
        return one(this.keyed('T01', 'inc.grand', 'amount', '收入总计'));
      case 'inc.total':
        return one(this.keyed('T01', 'inc.total', 'amount', '本年收入合计'));
      case 'exp.total':
        return one(this.keyed('T01', 'exp.total', 'amount', '本年支出合计'));
      case 'inc.gpb':
      case 'inc.fund':
      case 'inc.soe':
      case 'inc.superior':
      case 'inc.business':
      case 'inc.operating':
      case 'inc.subsidiary':
      case 'inc.other':
      case 'inc.reserve':
      case 'inc.opening':
        if (scope === 'fiscal' && ['inc.gpb', 'inc.fund', 'inc.soe', 'inc.opening'].includes(item)) return one(this.keyed('T04', item, 'amount', '决算数'));
        return one(this.keyed('T01', item, 'amount', '金额'));
      case 'inc.fiscal':
        return one(this.keyed('T01', 'inc.fiscal', 'amount', '财政拨款收入') ?? this.total('T02', 'fiscal', '财政拨款收入'));
      case 'exp.closing':
        if (scope === 'fiscal') return one(this.keyed('T04', 'exp.closing', 'total', '年末财政拨款结转和结余'));
        return one(this.keyed('T01', 'exp.closing', 'amount', '年末结转和结余'));
      case 'exp.distribution':
        return one(this.keyed('T01', 'exp.distribution', 'amount', '结余分配'));
      case 'fiscal.grand':
        return one(this.keyed('T04', 'inc.grand', 'amount', '总计'));
      case 'gpb.exp':
        return one(this.total('T05', 'exp.total', '本年支出合计') ?? this.keyed('T04', 'exp.total', 'gpb', '一般公共预算财政拨款'));
      case 'gpb.basic':
        return one(this.total('T05', 'exp.basic', '基本支出'));
      case 'exp.basic':
        return one(gpb ? this.total('T05', 'exp.basic', '基本支出') : this.total('T03', 'basic', '基本支出'));
      case 'exp.project':
        return one(gpb ? this.total('T05', 'exp.project', '项目支出') : this.total('T03', 'project', '项目支出'));
      case 'exp.remit':
        return one(this.total('T03', 'remit', '上缴上级支出'));
      case 'exp.operating':
        return one(this.total('T03', 'operating', '经营支出'));
      case 'exp.subsidiary':
        return one(this.total('T03', 'subsidiary', '对附属单位补助支出'));
      case 'personnel':
        return one(this.total('T05', 'exp.personnel', '人员经费') ?? this.keyed('T06', 'personnel.total', 'amount', '人员经费合计'));
      case 'public':
        return one(this.total('T05', 'exp.public', '公用经费') ?? this.keyed('T06', 'public.total', 'amount', '公用经费合计'));
      case 'fund.exp':
        return one(this.total('T08', 'exp.total', '本年支出合计') ?? this.keyed('T04', 'exp.total', 'fund', '政府性基金预算财政拨款'));
      case 'soe.exp':
        return one(this.total('T09', 'exp', '本年支出') ?? this.keyed('T04', 'exp.total', 'soe', '国有资本经营预算财政拨款'));
      case 'opex':
        return one(this.keyed('T10', 'opex.total', 'actual', '决算统计数'));
      case 'assets.total':
        return one(this.keyed('T12', 'total', 'assets.total', '资产总额'));
      case 'sg.total':
      case 'sg.abroad':
      case 'sg.car':
      case 'sg.car.purchase':
      case 'sg.car.run':
      case 'sg.reception':
      case 'sg.reception.domestic':
      case 'sg.reception.abroad':
        return one(this.keyed(sgTable, item, sgCol, sgWhat));
      case 'sg.reception.fa':
        return one(this.keyed(sgTable, 'sg.reception.foreign_affairs', sgCol, sgWhat));
      default:
        return [];
    }
  }
}
