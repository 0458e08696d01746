import type { Block } from '../model';
import { v, wan, type Writer } from './context';

/** 收入决算情况: every source with its share of 本年收入合计 (zeros included, as the Sichuan form). */
export function incomeBlocks(w: Writer): Block[] {
  const inc = w.facts.income;
  if (!inc?.total) return [];
  const total = inc.total.value;
  const sources = inc.sources.filter((s) => s.key !== 'inc.fiscal' || !inc.sources.some((x) => x.key === 'inc.gpb'));
  const list = sources.map((s) => `${s.label}${wan(s.value)}万元${w.share(s.value, total, '，占')}`).join('；');
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${w.year}年度本年收入合计${wan(total)}万元，其中：${list}。${w.changeWithReason(total, 'inc.total', '本年收入合计', 'reason.income')}` },
  ];
  const slices = sources.filter((s) => !s.value.isZero());
  if (slices.length) {
    blocks.push({ kind: 'chart', chart: { id: 'chart.income', kind: 'pie', title: `${w.year}年度收入决算结构`, unit: '万元', items: slices.map((s) => ({ label: s.label, value: wan(s.value) })) } });
  }
  return blocks;
}

/** 支出决算情况: 基本/项目/上缴上级/经营/对附属单位补助 with shares of 本年支出合计. */
export function expenseBlocks(w: Writer): Block[] {
  const exp = w.facts.expense;
  if (!exp?.total) return [];
  const total = exp.total.value;
  const list = exp.parts.map((p) => `${p.label}${wan(p.value)}万元${w.share(p.value, total, '，占')}`).join('；');
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${w.year}年度本年支出合计${wan(total)}万元${list ? `，其中：${list}` : ''}。${w.changeWithReason(total, 'exp.total', '本年支出合计', 'reason.expense')}` },
  ];
  const slices = exp.parts.filter((p) => !p.value.isZero());
  if (slices.length) {
    blocks.push({ kind: 'chart', chart: { id: 'chart.expense', kind: 'pie', title: `${w.year}年度支出决算结构`, unit: '万元', items: slices.map((p) => ({ label: p.label, value: wan(p.value) })) } });
  }
  return blocks;
}

/** 财政拨款收入支出决算总体情况 (公开04). */
export function fiscalBlocks(w: Writer): Block[] {
  const f = w.facts.fiscal;
  if (!f?.grand) return [];
  const grand = f.grand.value;
  const income = `收入包括：一般公共预算财政拨款${wan(v(f.gpb))}万元，政府性基金预算财政拨款${wan(v(f.fund))}万元，国有资本经营预算财政拨款${wan(v(f.soe))}万元，年初财政拨款结转和结余${wan(v(f.opening))}万元`;
  const expense = `支出包括：一般公共预算财政拨款支出${wan(v(f.expGpb))}万元，政府性基金预算财政拨款支出${wan(v(f.expFund))}万元，国有资本经营预算财政拨款支出${wan(v(f.expSoe))}万元，年末财政拨款结转和结余${wan(v(f.closing))}万元`;
  return [
    { kind: 'paragraph', text: `${w.year}年度财政拨款收、支总计${wan(grand)}万元。${income}；${expense}。${w.changeWithReason(grand, 'fiscal.grand', '财政拨款收、支总计各', 'reason.fiscal')}` },
  ];
}
