import { FUNCTIONAL_CLASSES } from '../../classification/functional';

/**
 * The items a 说明 talks about, each with the phrases that name it. Keys are stable and shared
 * with the table resolver (which cell states the item) and the identities (which items add up).
 */
export interface LexiconEntry {
  key: string;
  /** Chinese name for messages. */
  label: string;
  pattern: RegExp;
}

const Q = '[“”"‘’\'「」]?';

export const ITEM_LEXICON: LexiconEntry[] = [
  { key: 'fiscal.grand', label: '财政拨款收、支总计', pattern: /财政拨款收[、，,]?支总计|财政拨款收入支出总计/g },
  { key: 'grand', label: '收、支总计', pattern: /收[、，,]?支总计|收入总计|支出总计/g },
  { key: 'inc.total', label: '本年收入合计', pattern: /本年收入合计|本年收入|收入合计/g },
  { key: 'exp.total', label: '本年支出合计', pattern: /本年支出合计|本年支出|支出合计/g },
  { key: 'inc.gpb', label: '一般公共预算财政拨款收入', pattern: /一般公共预算财政拨款收入/g },
  { key: 'inc.fund', label: '政府性基金预算财政拨款收入', pattern: /政府性基金预算财政拨款收入/g },
  { key: 'inc.soe', label: '国有资本经营预算财政拨款收入', pattern: /国有资本经营预算财政拨款收入/g },
  { key: 'inc.fiscal', label: '财政拨款收入', pattern: /财政拨款收入/g },
  { key: 'inc.superior', label: '上级补助收入', pattern: /上级补助收入/g },
  { key: 'inc.business', label: '事业收入', pattern: /事业收入/g },
  { key: 'inc.operating', label: '经营收入', pattern: /经营收入/g },
  { key: 'inc.subsidiary', label: '附属单位上缴收入', pattern: /附属单位上缴收入/g },
  { key: 'inc.other', label: '其他收入', pattern: /其他收入/g },
  { key: 'inc.reserve', label: '使用专用结余', pattern: /使用(?:专用|非财政拨款)结余/g },
  { key: 'inc.opening', label: '年初结转和结余', pattern: /年初(?:财政拨款)?结转和?结余/g },
  { key: 'exp.closing', label: '年末结转和结余', pattern: /年末(?:财政拨款)?结转和?结余/g },
  { key: 'exp.distribution', label: '结余分配', pattern: /结余分配/g },
  { key: 'gpb.basic', label: '一般公共预算财政拨款基本支出', pattern: /一般公共预算财政拨款(?:安排(?:的)?)?基本支出/g },
  { key: 'gpb.exp', label: '一般公共预算财政拨款支出', pattern: /一般公共预算财政拨款支出|一般公共预算支出(?:决算)?/g },
  { key: 'fund.exp', label: '政府性基金预算财政拨款支出', pattern: /政府性基金预算(?:财政拨款)?支出/g },
  { key: 'soe.exp', label: '国有资本经营预算财政拨款支出', pattern: /国有资本经营预算财政拨款支出/g },
  { key: 'exp.basic', label: '基本支出', pattern: /基本支出/g },
  { key: 'exp.project', label: '项目支出', pattern: /项目支出/g },
  { key: 'exp.remit', label: '上缴上级支出', pattern: /上缴上级支出/g },
  { key: 'exp.operating', label: '经营支出', pattern: /经营支出/g },
  { key: 'exp.subsidiary', label: '对附属单位补助支出', pattern: /对附属单位补助支出/g },
  { key: 'personnel', label: '人员经费', pattern: /人员经费/g },
  { key: 'opex', label: '机关运行经费', pattern: /机关运行经费|日常公用经费/g },
  { key: 'public', label: '公用经费', pattern: /公用经费/g },
  { key: 'sg.total', label: '“三公”经费', pattern: new RegExp(`${Q}三公${Q}经费`, 'g') },
  { key: 'sg.abroad', label: '因公出国（境）费', pattern: /因公出国[（(]境[）)](?:费用|经费|费|支出)?/g },
  { key: 'sg.car', label: '公务用车购置及运行维护费', pattern: /公务用车购置及运行(?:维护)?费/g },
  { key: 'sg.car.purchase', label: '公务用车购置费', pattern: /公务用车购置(?:费|支出)?/g },
  { key: 'sg.car.run', label: '公务用车运行维护费', pattern: /(?:公务用车|车辆)?运行维护费/g },
  { key: 'sg.reception.domestic', label: '国内公务接待费', pattern: /国内(?:公务)?接待(?:费|支出)?/g },
  { key: 'sg.reception.fa', label: '外事接待费', pattern: /外事接待(?:费|支出)?/g },
  { key: 'sg.reception.abroad', label: '国（境）外接待费', pattern: /国[（(]境[）)]外(?:公务)?接待(?:费|支出)?/g },
  { key: 'sg.reception', label: '公务接待费', pattern: /公务接待(?:费|支出)?/g },
  { key: 'proc.total', label: '政府采购支出总额', pattern: /政府采购支出总额/g },
  { key: 'proc.goods', label: '政府采购货物支出', pattern: /政府采购货物支出/g },
  { key: 'proc.works', label: '政府采购工程支出', pattern: /政府采购工程支出/g },
  { key: 'proc.services', label: '政府采购服务支出', pattern: /政府采购服务支出/g },
  { key: 'proc.sme', label: '授予中小企业合同金额', pattern: /授予中小企业合同金额/g },
  { key: 'proc.small', label: '授予小微企业合同金额', pattern: /授予小微企业合同金额/g },
  { key: 'purchase.services', label: '政府购买服务', pattern: /政府购买服务(?:支出|决算)?/g },
  { key: 'assets.total', label: '资产总额', pattern: /资产总额/g },
];

/** 功能分类 类 names, current and former, as items `class:<current name>`. */
export interface ClassName {
  name: string;
  current: string;
  code: string;
  /** First year the current name applies, when `name` is a former one. */
  renamedIn?: number;
}

export const CLASS_NAMES: ClassName[] = FUNCTIONAL_CLASSES.flatMap((c) => [
  { name: c.name, current: c.name, code: c.code },
  ...(c.formerNames ?? []).map((f) => ({ name: f.name, current: c.name, code: c.code, renamedIn: f.until })),
]);

export function labelOf(key: string): string {
  if (key.startsWith('class:') || key.startsWith('name:')) return key.slice(key.indexOf(':') + 1);
  return ITEM_LEXICON.find((e) => e.key === key)?.label ?? key;
}

/**
 * Items that add up to a total: the list after 其中/主要用于 must equal the total when it names
 * only members of the same breakdown.
 */
export interface Breakdown {
  total: string[];
  members: string[][];
  /** Sum must equal the total when every member is listed; otherwise ≤. */
  name: string;
}

export const BREAKDOWNS: Breakdown[] = [
  {
    name: '收入来源',
    total: ['inc.total'],
    members: [['inc.gpb', 'inc.fund', 'inc.soe', 'inc.superior', 'inc.business', 'inc.operating', 'inc.subsidiary', 'inc.other'],
      ['inc.fiscal', 'inc.superior', 'inc.business', 'inc.operating', 'inc.subsidiary', 'inc.other']],
  },
  { name: '支出构成', total: ['exp.total'], members: [['exp.basic', 'exp.project', 'exp.remit', 'exp.operating', 'exp.subsidiary']] },
  { name: '基本支出构成', total: ['exp.basic', 'gpb.basic'], members: [['personnel', 'public']] },
  { name: '“三公”经费构成', total: ['sg.total'], members: [['sg.abroad', 'sg.car', 'sg.reception'], ['sg.abroad', 'sg.car.purchase', 'sg.car.run', 'sg.reception']] },
  { name: '公务用车购置及运行维护费构成', total: ['sg.car'], members: [['sg.car.purchase', 'sg.car.run']] },
  { name: '公务接待费构成', total: ['sg.reception'], members: [['sg.reception.domestic', 'sg.reception.abroad']] },
  { name: '政府采购构成', total: ['proc.total'], members: [['proc.goods', 'proc.works', 'proc.services']] },
];
