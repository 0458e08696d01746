import Decimal from 'decimal.js';
import type { Block } from '../model';
import { placeholder } from '../model';
import { pct } from '../format';
import { v, wan, type Writer } from './context';
import { changeChart } from './sections-overview';

/** 一般公共预算财政拨款支出 总体: amount, share of 本年支出合计, change. */
export function gpbOverallBlocks(w: Writer): Block[] {
  const g = w.facts.gpb;
  if (!g) return [];
  const total = g.total.value;
  const expTotal = w.facts.expense?.total?.value;
  const shareText = expTotal ? w.share(total, expTotal, '，占本年支出合计的') : '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${w.year}年度一般公共预算财政拨款支出${wan(total)}万元${shareText}。${w.changeWithReason(total, 'gpb.exp', '一般公共预算财政拨款支出', 'reason.gpb')}` },
  ];
  const chart = changeChart(w, 'chart.gpb', `${w.year}年度一般公共预算财政拨款支出决算变动情况`, [['一般公共预算财政拨款支出', total, 'gpb.exp']]);
  if (chart) blocks.push({ kind: 'chart', chart });
  return blocks;
}

/** 结构: every 类 with its share of the 一般公共预算 total (公开05 合计 c7). */
export function gpbStructureBlocks(w: Writer): Block[] {
  const g = w.facts.gpb;
  if (!g) return [];
  const total = g.total.value;
  const list = g.classes.map((c) => `${c.name}${wan(c.value)}万元，占${share(c.value, total)}`).join('；');
  return [
    { kind: 'paragraph', text: `${w.year}年度一般公共预算财政拨款支出${wan(total)}万元，主要用于以下方面：${list}。` },
    {
      kind: 'table',
      caption: `${w.year}年度一般公共预算财政拨款支出结构（万元）`,
      header: ['科目编码', '科目名称', '决算数', '占比'],
      rows: [...g.classes.map((c) => [c.code, c.name, wan(c.value), share(c.value, total)]), ['', '合计', wan(total), total.isZero() ? '' : '100.00%']],
      numeric: [2, 3],
    },
  ];
}

function share(part: Decimal, whole: Decimal): string {
  return whole.isZero() ? '' : pct(part.div(whole).times(100));
}

/**
 * 具体: one paragraph per 项 with 年初预算, 决算 and 完成年初预算 %. The 年初预算数 by 项 is not in
 * the 公开表: it comes from the 补充信息 sheet or stays a placeholder; a zero budget gets no rate.
 */
export function gpbDetailBlocks(w: Writer): Block[] {
  const g = w.facts.gpb;
  if (!g) return [];
  return g.xiang.map((x, i) => {
    const path = `${x.className ?? ''}（类）${x.kuanName ?? ''}（款）${x.name}（项）`;
    const budget = w.number(`budget.${x.code}`);
    const reason = w.reason(`reason.budget.${x.code}`, '决算数与预算数差异原因');
    let body: string;
    if (budget === undefined) {
      body = `年初预算为${placeholder('年初预算数')}万元，支出决算为${wan(x.value)}万元，完成年初预算的${placeholder('完成率')}。决算数与预算数存在差异的主要原因是${reason}。`;
    } else if (budget.isZero()) {
      body = `年初预算为0.00万元，支出决算为${wan(x.value)}万元，决算数大于年初预算数（年初未安排预算，不计算完成率）。主要原因是${reason}。`;
    } else {
      const rate = x.value.div(budget).times(100);
      const cmp = x.value.toDecimalPlaces(2).cmp(budget.toDecimalPlaces(2));
      const rel = cmp > 0 ? '大于' : cmp < 0 ? '小于' : '等于';
      body = `年初预算为${wan(budget)}万元，支出决算为${wan(x.value)}万元，完成年初预算的${pct(rate)}，决算数${rel}年初预算数${cmp === 0 ? '' : `，主要原因是${reason}`}。`;
    }
    return { kind: 'paragraph', text: `${i + 1}.${path}：${body}` } as Block;
  });
}

/** 基本支出: 人员经费 and 公用经费 with their 经济分类 items (公开05 c9/c10, 公开06 款). */
export function basicBlocks(w: Writer): Block[] {
  const g = w.facts.gpb;
  if (!g?.basic) return [];
  const b = w.facts.basic;
  const items = (list: { name: string; value: Decimal }[] | undefined) => (list?.length ? `，主要包括：${list.map((i) => `${i.name}${wan(i.value)}万元`).join('、')}` : '');
  const personnel = g.personnel ?? b?.personnelTotal;
  const pub = g.public ?? b?.publicTotal;
  return [
    {
      kind: 'paragraph',
      text: `${w.year}年度一般公共预算财政拨款基本支出${wan(v(g.basic))}万元，其中：人员经费${wan(v(personnel))}万元${items(b?.personnelItems)}；公用经费${wan(v(pub))}万元${items(b?.publicItems)}。`,
    },
  ];
}

/** 北京 form of 具体: each 类 then its 款 against the 年初预算, “比年初预算增加Δ万元，增长p%”. */
export function gpbDetailBeijingBlocks(w: Writer): Block[] {
  const g = w.facts.gpb;
  if (!g) return [];
  const versus = (actual: Decimal, code: string): string => {
    const budget = w.number(`budget.${code}`);
    if (budget === undefined) return `比${w.year}年年初预算${placeholder('年初预算数及增减额、增减幅度')}。`;
    if (budget.isZero()) return actual.isZero() ? `与${w.year}年年初预算持平。` : `${w.year}年年初未安排预算（年初预算为0.00万元），不计算增长率。`;
    const delta = actual.minus(budget);
    if (delta.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isZero()) return `与${w.year}年年初预算持平。`;
    const up = delta.isPositive();
    return `比${w.year}年年初预算${up ? '增加' : '减少'}${wan(delta.abs())}万元，${up ? '增长' : '下降'}${pct(delta.abs().div(budget).times(100))}。`;
  };
  const blocks: Block[] = [];
  g.classes.forEach((c, i) => {
    const kuan = g.kuan.filter((k) => k.code.startsWith(c.code));
    blocks.push({ kind: 'paragraph', text: `${i + 1}、“${c.name}”（类）${w.year}年度决算${wan(c.value)}万元，${versus(c.value, c.code)}${kuan.length ? '其中：' : ''}` });
    for (const k of kuan) {
      const changed = !/持平/.test(versus(k.value, k.code));
      blocks.push({ kind: 'paragraph', text: `“${k.name}”${w.year}年度决算${wan(k.value)}万元，${versus(k.value, k.code)}${changed ? `主要原因：${w.reason(`reason.budget.${k.code}`, '原因')}。` : ''}` });
    }
  });
  return blocks;
}
