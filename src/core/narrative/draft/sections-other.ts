import Decimal from 'decimal.js';
import type { Block } from '../model';
import { placeholder } from '../model';
import { count, pct } from '../format';
import { v, wan, type Writer } from './context';

/** 政府性基金 / 国有资本经营: totals, or the 空表 sentence when the table is empty. */
export function fundBlocks(w: Writer): Block[] {
  const f = w.facts.fund;
  if (!f) return [{ kind: 'paragraph', text: `${w.year}年度政府性基金预算财政拨款支出${placeholder('政府性基金预算财政拨款支出')}万元。` }];
  if (f.empty || !f.total || f.total.value.isZero()) {
    return [{ kind: 'paragraph', text: `本部门${w.year}年度无政府性基金预算财政拨款收入、支出及结转结余，故政府性基金预算财政拨款收入支出决算表为空表。` }];
  }
  return [
    {
      kind: 'paragraph',
      text: `${w.year}年度政府性基金预算财政拨款支出${wan(f.total.value)}万元${f.basic || f.project ? `，其中：基本支出${wan(v(f.basic))}万元，项目支出${wan(v(f.project))}万元` : ''}。`,
    },
  ];
}

export function soeBlocks(w: Writer): Block[] {
  const s = w.facts.soe;
  if (!s) return [{ kind: 'paragraph', text: `${w.year}年度国有资本经营预算财政拨款支出${placeholder('国有资本经营预算财政拨款支出')}万元。` }];
  if (s.empty || !s.total || s.total.value.isZero()) {
    return [{ kind: 'paragraph', text: `本部门${w.year}年度无国有资本经营预算财政拨款收入、支出及结转结余，故国有资本经营预算财政拨款收入支出决算表为空表。` }];
  }
  return [{ kind: 'paragraph', text: `${w.year}年度国有资本经营预算财政拨款支出${wan(s.total.value)}万元。` }];
}

/** 机关运行经费 (公开10 r22) against last year. */
export function opexBlocks(w: Writer): Block[] {
  const o = w.facts.opex;
  if (!o?.total) return [{ kind: 'paragraph', text: `${w.year}年度，本部门机关运行经费支出${placeholder('机关运行经费')}万元。` }];
  const total = o.total.value;
  return [{ kind: 'paragraph', text: `${w.year}年度，本部门机关运行经费支出${wan(total)}万元。${w.changeWithReason(total, 'opex', '机关运行经费', 'reason.opex')}` }];
}

/** 政府采购: all from the 补充信息 sheet (not in the 公开表); shares computed here. */
export function procurementBlocks(w: Writer): Block[] {
  const n = (k: string) => w.number(k);
  const a = (k: string, what: string) => (n(k) !== undefined ? wan(n(k)!) : placeholder(what));
  const total = n('proc.total');
  const sh = (k: string) => {
    const x = n(k);
    if (x === undefined || total === undefined) return placeholder('占比');
    return total.isZero() ? '0.00%' : pct(x.div(total).times(100));
  };
  return [
    {
      kind: 'paragraph',
      text:
        `${w.year}年度，本部门政府采购支出总额${a('proc.total', '政府采购支出总额')}万元，其中：政府采购货物支出${a('proc.goods', '货物支出')}万元、政府采购工程支出${a('proc.works', '工程支出')}万元、政府采购服务支出${a('proc.services', '服务支出')}万元。` +
        `授予中小企业合同金额${a('proc.sme', '授予中小企业合同金额')}万元，占政府采购支出总额的${sh('proc.sme')}，其中：授予小微企业合同金额${a('proc.small', '授予小微企业合同金额')}万元，占政府采购支出总额的${sh('proc.small')}。`,
    },
  ];
}

/** 国有资产占有使用: 公开12 amounts; vehicle and equipment counts from the 补充信息 sheet. */
export function assetBlocks(w: Writer): Block[] {
  const as = w.facts.assets;
  const n = (k: string, what: string) => (w.number(k) !== undefined ? count(w.number(k)!) : placeholder(what));
  const parts: string[] = [];
  if (as) {
    const x = (k: string) => wan(v(as[k]));
    parts.push(
      `截至${w.year}年12月31日，本部门资产总额${x('assets.total')}万元，资产原值合计${x('original.total')}万元。其中：流动资产${x('current')}万元；固定资产原值${x('fixed.original')}万元、净值${x('fixed.net')}万元` +
        `（房屋构筑物净值${x('building.net')}万元，车辆净值${x('vehicle.net')}万元，单价200万元以上大型设备净值${x('equipment.net')}万元，其他固定资产净值${x('otherfixed.net')}万元）；对外投资/有价证券${x('investment')}万元；在建工程${x('construction')}万元；无形资产净值${x('intangible.net')}万元；其他资产净值${x('other.net')}万元。`,
    );
  } else parts.push(`截至${w.year}年12月31日，本部门资产总额${placeholder('资产总额')}万元。`);
  parts.push(
    `本部门共有车辆${n('assets.vehicles', '车辆数')}辆，其中：主要领导干部用车${n('assets.vehicles.leader', '辆数')}辆、机要通信用车${n('assets.vehicles.confidential', '辆数')}辆、应急保障用车${n('assets.vehicles.emergency', '辆数')}辆、执法执勤用车${n('assets.vehicles.law', '辆数')}辆、特种专业技术用车${n('assets.vehicles.special', '辆数')}辆、其他用车${n('assets.vehicles.other', '辆数')}辆；` +
      `单价50万元（含）以上通用设备${n('assets.equip.general', '台（套）数')}台（套），单价100万元（含）以上专用设备${n('assets.equip.special', '台（套）数')}台（套）。`,
  );
  return parts.map((text) => ({ kind: 'paragraph', text }) as Block);
}

/** 绩效自评: from the scoring results when present, else the 补充信息 sheet, else placeholders. */
export function performanceBlocks(w: Writer): Block[] {
  const se = w.input.selfEvaluation;
  const blocks: Block[] = [];
  const summary = w.text('perf.summary');
  if (se && (se.department || se.projects.length)) {
    if (se.department?.score !== undefined) {
      blocks.push({ kind: 'paragraph', text: `本部门对${w.year}年度部门整体支出开展了绩效自评，自评得分${se.department.score.toFixed(2)}分${se.department.grade ? `，评价等级为“${se.department.grade}”` : ''}。` });
    }
    if (se.projects.length) {
      const scored = se.projects.filter((p) => p.score !== undefined);
      const bands = [
        ['90（含）-100分', (s: Decimal) => s.gte(90)],
        ['80（含）-90分', (s: Decimal) => s.gte(80) && s.lt(90)],
        ['60（含）-80分', (s: Decimal) => s.gte(60) && s.lt(80)],
        ['60分以下', (s: Decimal) => s.lt(60)],
      ] as const;
      const amount = se.projects.reduce((acc, p) => (p.amount ? acc.plus(p.amount) : acc), new Decimal(0));
      blocks.push({
        kind: 'paragraph',
        text:
          `本部门对${se.projects.length}个项目开展了项目支出绩效自评${amount.isZero() ? '' : `，涉及金额${wan(amount)}万元`}。` +
          (scored.length ? `其中，${bands.map(([label, f]) => `自评得分在${label}的${scored.filter((p) => f(p.score!)).length}个`).join('、')}` : '') +
          // A form not scored yet is named, so the bands still add up to the count.
          (scored.length < se.projects.length ? `${scored.length ? '，另有' : '其中'}${se.projects.length - scored.length}个项目的自评表尚未评分${placeholder('自评得分')}。` : scored.length ? '。' : ''),
      });
      blocks.push({
        kind: 'table',
        caption: `${w.year}年度项目支出绩效自评结果`,
        header: ['项目名称', '自评得分', '评价等级'],
        rows: se.projects.map((p) => [p.name, p.score !== undefined ? p.score.toFixed(2) : placeholder('自评得分'), p.grade ?? (p.score !== undefined ? '' : placeholder('评价等级'))]),
        numeric: [1],
      });
    }
  } else {
    const projects = w.number('perf.projects');
    const amount = w.number('perf.amount');
    blocks.push({
      kind: 'paragraph',
      text: `本部门对${w.year}年度部门整体支出和${projects !== undefined ? count(projects) : placeholder('项目个数')}个项目支出开展了绩效自评，涉及金额${amount !== undefined ? wan(amount) : placeholder('金额')}万元。部门整体支出绩效自评得分${w.text('perf.dept.score') ?? placeholder('自评得分')}分。`,
    });
  }
  // The department's own conclusion when its 部门整体支出绩效自评情况 is in the workbook.
  blocks.push({ kind: 'paragraph', text: `绩效自评综述：${summary ?? se?.conclusion ?? placeholder('绩效自评综述')}` });
  return blocks;
}

export const STANDARD_TERMS: [string, string][] = [
  ['财政拨款收入', '指单位从同级财政部门取得的财政预算资金。'],
  ['事业收入', '指事业单位开展专业业务活动及辅助活动取得的收入。'],
  ['经营收入', '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。'],
  ['其他收入', '指单位取得的除上述收入以外的各项收入。'],
  ['使用专用结余', '指事业单位使用专用结余弥补当年收支差额的金额。'],
  ['年初结转和结余', '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'],
  ['结余分配', '指事业单位按照会计制度规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的金额等。'],
  ['年末结转和结余', '指单位按有关规定结转到下年或以后年度继续使用的资金。'],
  ['基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'],
  ['项目支出', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'],
  ['经营支出', '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。'],
  [
    '“三公”经费',
    '指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车购置支出（含车辆购置税、牌照费）及按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  ],
  [
    '机关运行经费',
    '指行政单位（含参照公务员法管理的事业单位）使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  ],
];

/** 名词解释: the standard terms, then the officer's own (名词：解释, one per line). */
export function glossaryBlocks(w: Writer): Block[] {
  const extra = (w.text('glossary.extra') ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const i = l.search(/[：:]/);
      return (i > 0 ? [l.slice(0, i), l.slice(i + 1)] : [l, placeholder('解释')]) as [string, string];
    });
  const terms = [...STANDARD_TERMS, ...extra];
  const blocks: Block[] = terms.map(([t, d], i) => ({ kind: 'paragraph', text: `${i + 1}.${t}：${d}` }));
  if (!extra.length) blocks.push({ kind: 'paragraph', text: `${terms.length + 1}.${placeholder('本部门专业性较强的名词及解释')}` });
  return blocks;
}

/**
 * 部门概况 (职能、机构、人员): text from the 补充信息 sheet; the 职能 also from the 部门职责 the
 * 部门整体支出绩效自评表 states (the same text the published package prints there).
 */
export function profileBlocks(w: Writer): { duties: Block[]; org: Block[] } {
  const given = w.text('profile.duties');
  const stated = w.input.selfEvaluation?.duties;
  // The form runs the numbered duties together in one cell: a paragraph each, as the 说明 prints them.
  const duties = given ? [given] : stated ? stated.split(/(?=[（(]\d+[)）])/).map((t) => t.trim()).filter(Boolean) : [placeholder('部门主要职能')];
  return {
    duties: duties.map((text) => ({ kind: 'paragraph', text })),
    org: [
      { kind: 'paragraph', text: w.text('profile.org') ?? placeholder('机构设置及纳入决算编制范围的单位') },
      { kind: 'paragraph', text: w.text('profile.staff') ?? placeholder('人员构成情况') },
    ],
  };
}
