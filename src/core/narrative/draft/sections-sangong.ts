import Decimal from 'decimal.js';
import type { Block } from '../model';
import { count, pct } from '../format';
import { v, wan, type Writer } from './context';
import type { SangongItem } from '../facts';

function budgetOf(i: SangongItem | undefined): Decimal | undefined {
  if (!i) return undefined;
  if (i.budgetFull && !i.budgetFull.value.isZero()) return i.budgetFull.value;
  return i.budgetFull?.value ?? i.budget?.value;
}

/** “完成全年预算的p%” and 大于/小于/等于, or the zero-budget wording (never a rate on 0). */
function completion(w: Writer, i: SangongItem | undefined, reasonKey?: string): string {
  const actual = v(i?.actual);
  const budget = budgetOf(i);
  if (budget === undefined) return '';
  if (budget.isZero()) {
    return actual.isZero() ? '全年预算数为0.00万元，未发生支出' : `全年预算数为0.00万元，决算数大于预算数（未安排预算，不计算完成率）${reasonKey ? `，主要原因是${w.reason(reasonKey, '原因')}` : ''}`;
  }
  const cmp = actual.toDecimalPlaces(2).cmp(budget.toDecimalPlaces(2));
  const rel = cmp > 0 ? '大于' : cmp < 0 ? '小于' : '等于';
  return `全年预算数为${wan(budget)}万元，完成全年预算的${pct(actual.div(budget).times(100))}，决算数${rel}预算数${cmp !== 0 && reasonKey ? `，主要原因是${w.reason(reasonKey, '决算数与预算数差异原因')}` : ''}`;
}

/** 财政拨款“三公”经费: 总体 (budget, completion, change) and 具体 (four items with counts). */
export function sangongBlocks(w: Writer): { overall: Block[]; detail: Block[] } {
  const sg = w.facts.sangong;
  if (!sg) return { overall: [], detail: [] };
  const it = sg.items;
  const total = v(it['sg.total'].actual);
  const scope = sg.table === 'T11' ? '一般公共预算财政拨款' : '财政拨款';
  const comp = completion(w, it['sg.total'], 'reason.sg.budget');
  const overall: Block[] = [
    {
      kind: 'paragraph',
      text: `${w.year}年度${scope}“三公”经费支出决算为${wan(total)}万元${comp ? `，${comp}` : ''}。${w.changeWithReason(total, 'sg.total', '“三公”经费支出', 'reason.sg')}`,
    },
  ];
  if (sg.gpbTotal) overall.push({ kind: 'paragraph', text: `其中，一般公共预算财政拨款“三公”经费支出${wan(sg.gpbTotal.value)}万元。` });

  const abroad = v(it['sg.abroad'].actual);
  const car = v(it['sg.car'].actual);
  const reception = v(it['sg.reception'].actual);
  const sh = (x: Decimal) => (total.isZero() ? '' : `，占${pct(x.div(total).times(100))}`);
  const stat = (k: string) => count(v(sg.stats[k]));
  const detail: Block[] = [
    {
      kind: 'paragraph',
      text: `${w.year}年度${scope}“三公”经费支出决算中，因公出国（境）费支出决算${wan(abroad)}万元${sh(abroad)}；公务用车购置及运行维护费支出决算${wan(car)}万元${sh(car)}；公务接待费支出决算${wan(reception)}万元${sh(reception)}。具体情况如下：`,
    },
  ];
  const abroadComp = completion(w, it['sg.abroad']);
  detail.push({
    kind: 'paragraph',
    text: `1.因公出国（境）费支出${wan(abroad)}万元${abroadComp ? `，${abroadComp}` : ''}。全年安排因公出国（境）团组${stat('stat.abroad.groups')}个，累计${stat('stat.abroad.people')}人次。`,
  });
  const carComp = completion(w, it['sg.car']);
  detail.push({
    kind: 'paragraph',
    text: `2.公务用车购置及运行维护费支出${wan(car)}万元${carComp ? `，${carComp}` : ''}。其中：公务用车购置费${wan(v(it['sg.car.purchase'].actual))}万元，全年按规定更新购置公务用车${stat('stat.car.purchased')}辆；公务用车运行维护费${wan(v(it['sg.car.run'].actual))}万元，截至${w.year}年12月31日，公务用车保有量${stat('stat.car.owned')}辆。`,
  });
  const recComp = completion(w, it['sg.reception']);
  detail.push({
    kind: 'paragraph',
    text:
      `3.公务接待费支出${wan(reception)}万元${recComp ? `，${recComp}` : ''}。其中：国内公务接待费${wan(v(it['sg.reception.domestic'].actual))}万元，国内公务接待${stat('stat.reception.batches')}批次、${stat('stat.reception.people')}人次` +
      `（其中外事接待费${wan(v(it['sg.reception.foreign_affairs'].actual))}万元，外事接待${stat('stat.reception.fa_batches')}批次、${stat('stat.reception.fa_people')}人次）；` +
      `国（境）外公务接待费${wan(v(it['sg.reception.abroad'].actual))}万元，国（境）外公务接待${stat('stat.abroad_reception.batches')}批次、${stat('stat.abroad_reception.people')}人次。`,
  });
  return { overall, detail };
}
