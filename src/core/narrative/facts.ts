import Decimal from 'decimal.js';
import type { CellRef, Workbook } from '../model/workbook';
import { CheckContext } from '../rules/context';
import { rowByKey, totalRow } from '../tables/access';
import { latestYear } from '../reporting-units';
import type { Recognition, RecognizedTable, TableFamily, TableId, TableRow } from '../tables/types';
import { economicName, functionalName, stripNumbering, PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../classification';

/**
 * Every number the 说明 can say, read from the recognised tables once: sections pick from here
 * and never read cells themselves. A value is absent when its table or row is absent.
 */

export interface Value {
  value: Decimal;
  ref?: CellRef;
}

export interface LabeledValue extends Value {
  key: string;
  label: string;
}

export interface SubjectValue extends Value {
  code: string;
  name: string;
  /** For 项: its 类 and 款 names. */
  className?: string;
  kuanName?: string;
}

export interface SangongItem {
  key: string;
  label: string;
  budget?: Value;
  budgetFull?: Value;
  actual?: Value;
}

export interface NarrativeFacts {
  family?: TableFamily;
  department?: string;
  year?: number;
  tables: TableId[];
  /** '公开01表 收入支出决算表', … in table order, for the list of attached tables. */
  tableNames: string[];
  income?: { total?: Value; grand?: Value; reserve?: Value; /** 使用专用结余 (2022+) or 使用非财政拨款结余, as printed. */ reserveLabel: string; opening?: Value; sources: LabeledValue[] };
  expense?: { total?: Value; grand?: Value; distribution?: Value; closing?: Value; parts: LabeledValue[] };
  fiscal?: { grand?: Value; incomeTotal?: Value; gpb?: Value; fund?: Value; soe?: Value; opening?: Value; expTotal?: Value; expGpb?: Value; expFund?: Value; expSoe?: Value; closing?: Value };
  gpb?: { total: Value; basic?: Value; project?: Value; personnel?: Value; public?: Value; classes: SubjectValue[]; kuan: SubjectValue[]; xiang: SubjectValue[] };
  basic?: { personnelItems: SubjectValue[]; publicItems: SubjectValue[]; personnelTotal?: Value; publicTotal?: Value };
  sangong?: { table: 'T10' | 'T11'; items: Record<string, SangongItem>; stats: Record<string, Value>; gpbTotal?: Value };
  opex?: { total?: Value; admin?: Value; civil?: Value };
  fund?: { present: boolean; empty: boolean; total?: Value; basic?: Value; project?: Value };
  soe?: { present: boolean; empty: boolean; total?: Value };
  assets?: Record<string, Value>;
}

export const INCOME_SOURCES: [string, string][] = [
  ['inc.gpb', '一般公共预算财政拨款收入'],
  ['inc.fund', '政府性基金预算财政拨款收入'],
  ['inc.soe', '国有资本经营预算财政拨款收入'],
  ['inc.fiscal', '财政拨款收入'],
  ['inc.superior', '上级补助收入'],
  ['inc.business', '事业收入'],
  ['inc.operating', '经营收入'],
  ['inc.subsidiary', '附属单位上缴收入'],
  ['inc.other', '其他收入'],
];

export const EXPENSE_PARTS: [string, string][] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['remit', '上缴上级支出'],
  ['operating', '经营支出'],
  ['subsidiary', '对附属单位补助支出'],
];

export const SANGONG_ITEMS: [string, string][] = [
  ['sg.total', '“三公”经费'],
  ['sg.abroad', '因公出国（境）费'],
  ['sg.car', '公务用车购置及运行维护费'],
  ['sg.car.purchase', '公务用车购置费'],
  ['sg.car.run', '公务用车运行维护费'],
  ['sg.reception', '公务接待费'],
  ['sg.reception.domestic', '国内接待费'],
  ['sg.reception.foreign_affairs', '外事接待费'],
  ['sg.reception.abroad', '国（境）外接待费'],
];

export const SANGONG_STATS = [
  'stat.abroad.groups',
  'stat.abroad.people',
  'stat.car.purchased',
  'stat.car.owned',
  'stat.reception.batches',
  'stat.reception.fa_batches',
  'stat.reception.people',
  'stat.reception.fa_people',
  'stat.abroad_reception.batches',
  'stat.abroad_reception.people',
];

class Reader {
  constructor(private readonly ctx: CheckContext) {}

  table(id: TableId): RecognizedTable | undefined {
    return this.ctx.table(id);
  }

  /** A cell's amount in 万元 (tables printed in 元 are converted). */
  at(row: TableRow | undefined, col: string, table: RecognizedTable | undefined): Value | undefined {
    const ref = row?.cells[col];
    if (!ref) return undefined;
    const v = this.ctx.amount(ref).value;
    return { value: table?.unit === '元' ? v.div(10000) : v, ref };
  }

  keyed(id: TableId, key: string, col: string): Value | undefined {
    const t = this.table(id);
    return this.at(rowByKey(t, key), col, t);
  }

  total(id: TableId, col: string): Value | undefined {
    const t = this.table(id);
    return this.at(totalRow(t), col, t);
  }
}

/** A 类 is named by the classification (tables sometimes print a wrong 类 name); 款/项 as printed. */
function subjectName(row: TableRow): string {
  const printed = stripNumbering(row.name);
  if (row.level === 'class' && row.code) return functionalName(row.code) ?? printed;
  return printed;
}

function nonZero(v: Value | undefined): boolean {
  return !!v && !v.value.isZero();
}

export function collectFacts(workbook: Workbook, recognition: Recognition): NarrativeFacts {
  const ctx = new CheckContext(workbook, recognition.tables);
  const r = new Reader(ctx);
  const facts: NarrativeFacts = {
    family: recognition.family,
    tables: [...new Set(recognition.tables.map((t) => t.id))],
    tableNames: [...recognition.tables].sort((a, b) => a.id.localeCompare(b.id)).map((t) => (t.label === t.title ? t.title : `${t.label} ${t.title}`)),
  };
  facts.department = recognition.tables.find((t) => t.department)?.department;
  facts.year = latestYear(recognition.tables) ?? yearFromName(workbook.source);

  if (r.table('T01')) {
    facts.income = {
      total: r.keyed('T01', 'inc.total', 'amount'),
      grand: r.keyed('T01', 'inc.grand', 'amount'),
      reserve: r.keyed('T01', 'inc.reserve', 'amount'),
      reserveLabel: /非财政拨款/.test(rowByKey(r.table('T01'), 'inc.reserve')?.name ?? '') ? '使用非财政拨款结余' : '使用专用结余',
      opening: r.keyed('T01', 'inc.opening', 'amount'),
      sources: INCOME_SOURCES.map(([key, label]) => ({ key, label, ...r.keyed('T01', key, 'amount')! })).filter((s) => s.value),
    };
    facts.expense = {
      total: r.keyed('T01', 'exp.total', 'amount'),
      grand: r.keyed('T01', 'exp.grand', 'amount'),
      distribution: r.keyed('T01', 'exp.distribution', 'amount'),
      closing: r.keyed('T01', 'exp.closing', 'amount'),
      parts: [],
    };
  }
  if (r.table('T03')) {
    facts.expense = facts.expense ?? { parts: [] };
    facts.expense.total = facts.expense.total ?? r.total('T03', 'total');
    facts.expense.parts = EXPENSE_PARTS.map(([key, label]) => ({ key, label, ...r.total('T03', key)! })).filter((p) => p.value);
  }
  if (r.table('T04')) {
    facts.fiscal = {
      grand: r.keyed('T04', 'inc.grand', 'amount'),
      incomeTotal: r.keyed('T04', 'inc.total', 'amount'),
      gpb: r.keyed('T04', 'inc.gpb', 'amount'),
      fund: r.keyed('T04', 'inc.fund', 'amount'),
      soe: r.keyed('T04', 'inc.soe', 'amount'),
      opening: r.keyed('T04', 'inc.opening', 'amount'),
      expTotal: r.keyed('T04', 'exp.total', 'total'),
      expGpb: r.keyed('T04', 'exp.total', 'gpb'),
      expFund: r.keyed('T04', 'exp.total', 'fund'),
      expSoe: r.keyed('T04', 'exp.total', 'soe'),
      closing: r.keyed('T04', 'exp.closing', 'total'),
    };
  }
  const t05 = r.table('T05');
  if (t05) {
    const total = r.total('T05', 'exp.total');
    if (total) {
      const rows = t05.rows.filter((row) => row.level && row.level !== 'total');
      const byCode = new Map(rows.filter((x) => x.code).map((x) => [x.code!, x]));
      const subject = (row: TableRow): SubjectValue => ({
        code: row.code ?? '',
        name: subjectName(row),
        className: row.code && row.code.length > 3 && byCode.get(row.code.slice(0, 3)) ? subjectName(byCode.get(row.code.slice(0, 3))!) : undefined,
        kuanName: row.code && row.code.length > 5 && byCode.get(row.code.slice(0, 5)) ? subjectName(byCode.get(row.code.slice(0, 5))!) : undefined,
        ...r.at(row, 'exp.total', t05)!,
      });
      facts.gpb = {
        total,
        basic: r.total('T05', 'exp.basic'),
        project: r.total('T05', 'exp.project'),
        personnel: r.total('T05', 'exp.personnel'),
        public: r.total('T05', 'exp.public'),
        classes: rows.filter((x) => x.level === 'class' && x.cells['exp.total']).map(subject).filter(nonZero),
        kuan: rows.filter((x) => x.level === 'kuan' && x.cells['exp.total']).map(subject).filter(nonZero),
        xiang: rows.filter((x) => x.level === 'xiang' && x.cells['exp.total']).map(subject).filter(nonZero),
      };
    }
  }
  const t06 = r.table('T06');
  if (t06) {
    const items = (classes: readonly string[]) =>
      t06.rows
        .filter((x) => x.level === 'kuan' && x.code && classes.includes(x.code.slice(0, 3)))
        .map((x) => ({ code: x.code!, name: economicName(x.code!) ?? stripNumbering(x.name), ...r.at(x, 'amount', t06)! }))
        .filter(nonZero);
    facts.basic = {
      personnelItems: items(PERSONNEL_CLASSES),
      publicItems: items(PUBLIC_CLASSES),
      personnelTotal: r.keyed('T06', 'personnel.total', 'amount'),
      publicTotal: r.keyed('T06', 'public.total', 'amount'),
    };
  }
  const sgId: 'T10' | 'T11' | undefined = r.table('T10') ? 'T10' : r.table('T11') ? 'T11' : undefined;
  if (sgId) {
    const items: Record<string, SangongItem> = {};
    for (const [key, label] of SANGONG_ITEMS) {
      items[key] = { key, label, budget: r.keyed(sgId, key, 'budget'), budgetFull: r.keyed(sgId, key, 'budget.full'), actual: r.keyed(sgId, key, 'actual') };
    }
    const stats: Record<string, Value> = {};
    for (const key of SANGONG_STATS) {
      const v = r.keyed(sgId, key, 'actual');
      if (v) stats[key] = v;
    }
    facts.sangong = { table: sgId, items, stats, gpbTotal: sgId === 'T10' ? r.keyed('T11', 'sg.total', 'actual') : undefined };
    facts.opex = { total: r.keyed('T10', 'opex.total', 'actual'), admin: r.keyed('T10', 'opex.admin', 'actual'), civil: r.keyed('T10', 'opex.civil', 'actual') };
  }
  // Without the table and without 公开04表 nothing is known of these funds: no 空表 sentence on no evidence.
  const fund = r.table('T08');
  if (fund || facts.fiscal) {
    facts.fund = {
      present: !!fund,
      empty: fund ? fund.empty : !nonZero(facts.fiscal?.expFund) && !nonZero(facts.fiscal?.fund),
      total: r.total('T08', 'exp.total') ?? facts.fiscal?.expFund,
      basic: r.total('T08', 'exp.basic'),
      project: r.total('T08', 'exp.project'),
    };
  }
  const soe = r.table('T09');
  if (soe || facts.fiscal) {
    facts.soe = {
      present: !!soe,
      empty: soe ? soe.empty : !nonZero(facts.fiscal?.expSoe) && !nonZero(facts.fiscal?.soe),
      total: r.total('T09', 'exp') ?? facts.fiscal?.expSoe,
    };
  }
  const t12 = r.table('T12');
  if (t12) {
    const row = rowByKey(t12, 'total') ?? t12.rows[0];
    facts.assets = {};
    for (const c of t12.columns) {
      const v = r.at(row, c.key, t12);
      if (v) facts.assets[c.key] = v;
    }
  }
  return facts;
}

/** “曲靖市信访局2023年度部门决算.xlsx” → 2023, when no table prints its year. */
function yearFromName(source: string | undefined): number | undefined {
  const m = /(20\d{2})\s*年/.exec((source ?? '').split(/[\\/]/).pop() ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The flat prior-year values a narrative compares with, by key (see PRIOR_KEYS). */
export function priorValues(f: NarrativeFacts): Record<string, Decimal> {
  const out: Record<string, Decimal> = {};
  const put = (k: string, v: Value | undefined) => {
    if (v) out[k] = v.value;
  };
  put('grand', f.income?.grand);
  put('inc.total', f.income?.total);
  put('exp.total', f.expense?.total);
  put('fiscal.grand', f.fiscal?.grand);
  put('gpb.exp', f.gpb?.total);
  put('gpb.basic', f.gpb?.basic);
  put('personnel', f.gpb?.personnel);
  put('public', f.gpb?.public);
  for (const c of f.gpb?.classes ?? []) put(`gpb.class.${c.code}`, c);
  for (const k of ['sg.total', 'sg.abroad', 'sg.car', 'sg.car.purchase', 'sg.car.run', 'sg.reception']) put(k, f.sangong?.items[k]?.actual);
  put('opex', f.opex?.total);
  return out;
}
