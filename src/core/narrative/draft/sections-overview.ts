import Decimal from 'decimal.js';
import type { Block, ChartSpec } from '../model';
import { v, wan, type Writer } from './context';

/** 收入支出决算总体情况: 收、支总计 and its parts, against last year. */
export function overallBlocks(w: Writer): Block[] {
  const inc = w.facts.income;
  const exp = w.facts.expense;
  if (!inc?.grand && !exp?.grand) return [];
  const grand = v(inc?.grand ?? exp?.grand);
  const sameGrand = !inc?.grand || !exp?.grand || inc.grand.value.equals(exp.grand.value);
  const head = sameGrand
    ? `${w.year}年度收、支总计${wan(grand)}万元。`
    : `${w.year}年度收入总计${wan(v(inc?.grand))}万元，支出总计${wan(v(exp?.grand))}万元。`;
  const parts: string[] = [];
  if (inc) parts.push(`收入总计中，本年收入合计${wan(v(inc.total))}万元，${inc.reserveLabel}${wan(v(inc.reserve))}万元，年初结转和结余${wan(v(inc.opening))}万元`);
  if (exp) parts.push(`支出总计中，本年支出合计${wan(v(exp.total))}万元，结余分配${wan(v(exp.distribution))}万元，年末结转和结余${wan(v(exp.closing))}万元`);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${head}${parts.length ? parts.join('；') + '。' : ''}${w.changeWithReason(grand, 'grand', '收、支总计各', 'reason.grand')}` },
  ];
  const chart = changeChart(w, 'chart.grand', `${w.year}年度收、支决算总计变动情况`, [['收、支总计', grand, 'grand']]);
  if (chart) blocks.push({ kind: 'chart', chart });
  return blocks;
}

/** A bar chart of last year against this year, only when last year is known for every bar. */
export function changeChart(w: Writer, id: string, title: string, bars: [string, Decimal, string][]): ChartSpec | undefined {
  if (!bars.every(([, , key]) => w.hasPrior(key))) return undefined;
  return {
    id,
    kind: 'bar',
    title,
    unit: '万元',
    categories: bars.map(([label]) => label),
    series: [
      { name: `${w.prevYear}年度`, values: bars.map(([, , key]) => wan(w.prior(key)!)) },
      { name: `${w.year}年度`, values: bars.map(([, cur]) => wan(cur)) },
    ],
  };
}
