import type { Block, NarrativeDocument, NarrativeFamily } from '../model';
import { placeholder } from '../model';
import { chineseNumber } from '../format';
import type { TableFamily } from '../../tables/types';
import { Writer, type DraftInput } from './context';
import { overallBlocks } from './sections-overview';
import { expenseBlocks, fiscalBlocks, incomeBlocks } from './sections-income-expense';
import { basicBlocks, gpbDetailBeijingBlocks, gpbDetailBlocks, gpbOverallBlocks, gpbStructureBlocks } from './sections-gpb';
import { sangongBlocks } from './sections-sangong';
import { assetBlocks, fundBlocks, glossaryBlocks, opexBlocks, performanceBlocks, procurementBlocks, profileBlocks, soeBlocks } from './sections-other';

/** 云南 tables → 云南 five parts; 北京 → 北京; central, Shanghai, Sichuan → 十段式. */
export function familyFor(tableFamily: TableFamily | undefined): NarrativeFamily {
  if (tableFamily === 'yunnan') return 'yunnan';
  if (tableFamily === 'beijing') return 'beijing';
  return 'tenpart';
}

interface Section {
  title: string;
  blocks: Block[];
  subsections?: Section[];
}

const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });

/** Numbers sections 一、二、… and subsections （一）（二）…; sections with nothing to say are dropped. */
function assemble(parts: { title?: string; sections: Section[] }[]): Block[] {
  const out: Block[] = [];
  for (const part of parts) {
    const sections = part.sections.filter((s) => s.blocks.length || s.subsections?.some((x) => x.blocks.length));
    if (!sections.length) continue;
    if (part.title) out.push(h(1, part.title));
    sections.forEach((s, i) => {
      out.push(h(part.title ? 2 : 1, `${chineseNumber(i + 1)}、${s.title}`));
      out.push(...s.blocks);
      (s.subsections ?? [])
        .filter((x) => x.blocks.length)
        .forEach((x, j) => {
          out.push(h(part.title ? 3 : 2, `（${chineseNumber(j + 1)}）${x.title}`));
          out.push(...x.blocks);
        });
    });
  }
  return out;
}

function tenPart(w: Writer): Block[] {
  const sg = sangongBlocks(w);
  return assemble([
    {
      sections: [
        { title: '收入支出决算总体情况说明', blocks: overallBlocks(w) },
        { title: '收入决算情况说明', blocks: incomeBlocks(w) },
        { title: '支出决算情况说明', blocks: expenseBlocks(w) },
        { title: '财政拨款收入支出决算总体情况说明', blocks: fiscalBlocks(w) },
        {
          title: '一般公共预算财政拨款支出决算情况说明',
          blocks: [],
          subsections: [
            { title: '一般公共预算财政拨款支出决算总体情况', blocks: gpbOverallBlocks(w) },
            { title: '一般公共预算财政拨款支出决算结构情况', blocks: gpbStructureBlocks(w) },
            { title: '一般公共预算财政拨款支出决算具体情况', blocks: gpbDetailBlocks(w) },
          ],
        },
        { title: '一般公共预算财政拨款基本支出决算情况说明', blocks: basicBlocks(w) },
        {
          title: '财政拨款“三公”经费支出决算情况说明',
          blocks: [],
          subsections: [
            { title: '“三公”经费财政拨款支出决算总体情况说明', blocks: sg.overall },
            { title: '“三公”经费财政拨款支出决算具体情况说明', blocks: sg.detail },
          ],
        },
        { title: '政府性基金预算支出决算情况说明', blocks: fundBlocks(w) },
        { title: '国有资本经营预算支出决算情况说明', blocks: soeBlocks(w) },
        {
          title: '其他重要事项的情况说明',
          blocks: [],
          subsections: [
            { title: '机关运行经费支出情况', blocks: opexBlocks(w) },
            { title: '政府采购支出情况', blocks: procurementBlocks(w) },
            { title: '国有资产占有使用情况', blocks: assetBlocks(w) },
            { title: '预算绩效管理情况', blocks: performanceBlocks(w) },
          ],
        },
      ],
    },
  ]).concat([h(1, '名词解释'), ...glossaryBlocks(w)]);
}

/** 决算表 part: the tables are attached, the 说明 lists them. */
function tablesPart(w: Writer): Block[] {
  const names = w.facts.tableNames;
  if (!names.length) return [{ kind: 'paragraph', text: `${placeholder('部门决算公开表')}（详见附件）。` }];
  return [{ kind: 'paragraph', text: `本部门${w.year}年度部门决算公开表共${names.length}张，详见附件：${names.join('；')}。` }];
}

function yunnan(w: Writer): Block[] {
  const sg = sangongBlocks(w);
  const profile = profileBlocks(w);
  const overall = overallBlocks(w);
  return assemble([
    {
      title: '第一部分 部门概况',
      sections: [
        { title: '主要职能', blocks: profile.duties },
        { title: '部门基本情况', blocks: profile.org },
      ],
    },
    {
      title: `第三部分 ${w.year}年度部门决算情况说明`,
      sections: [
        { title: '收入决算情况说明', blocks: [...overall, ...incomeBlocks(w)] },
        { title: '支出决算情况说明', blocks: [...expenseBlocks(w), ...fiscalBlocks(w)] },
        {
          title: '一般公共预算财政拨款支出决算情况说明',
          blocks: [],
          subsections: [
            { title: '一般公共预算财政拨款支出决算总体情况', blocks: gpbOverallBlocks(w) },
            { title: '一般公共预算财政拨款支出决算结构情况', blocks: gpbStructureBlocks(w) },
            { title: '一般公共预算财政拨款支出决算具体情况', blocks: gpbDetailBlocks(w) },
            { title: '一般公共预算财政拨款基本支出决算情况', blocks: basicBlocks(w) },
          ],
        },
        {
          title: '财政拨款“三公”经费支出决算情况说明',
          blocks: [],
          subsections: [
            { title: '“三公”经费财政拨款支出决算总体情况', blocks: sg.overall },
            { title: '“三公”经费财政拨款支出决算具体情况', blocks: sg.detail },
          ],
        },
      ],
    },
    {
      title: '第四部分 其他重要事项及相关口径情况说明',
      sections: [
        { title: '机关运行经费支出情况', blocks: opexBlocks(w) },
        { title: '国有资产占用情况', blocks: assetBlocks(w) },
        { title: '政府采购支出情况', blocks: procurementBlocks(w) },
        { title: '部门绩效自评情况', blocks: performanceBlocks(w) },
        { title: '其他重要事项情况说明', blocks: [...fundBlocks(w), ...soeBlocks(w)] },
      ],
    },
  ])
    .flatMap((b) => (b.kind === 'heading' && b.level === 1 && b.text.startsWith('第三部分') ? [h(1, `第二部分 ${w.year}年度部门决算表`), ...tablesPart(w), b] : [b]))
    .concat([h(1, '第五部分 名词解释'), ...glossaryBlocks(w)]);
}

function beijing(w: Writer): Block[] {
  const sg = sangongBlocks(w);
  const profile = profileBlocks(w);
  return [h(1, `第一部分 ${w.year}年度部门决算报表`), ...tablesPart(w)].concat(assemble([
    {
      title: `第二部分 ${w.year}年度部门决算说明`,
      sections: [
        {
          title: '部门/单位基本情况',
          blocks: [],
          subsections: [
            { title: '机构设置、职责', blocks: [...profile.duties, profile.org[0]] },
            { title: '人员构成情况', blocks: [profile.org[1]] },
          ],
        },
        {
          title: '收入支出决算总体情况说明',
          blocks: overallBlocks(w),
          subsections: [
            { title: '收入决算说明', blocks: incomeBlocks(w) },
            { title: '支出决算说明', blocks: expenseBlocks(w) },
          ],
        },
        { title: '财政拨款收入支出决算总体情况说明', blocks: fiscalBlocks(w) },
        {
          title: '一般公共预算财政拨款支出决算情况说明',
          blocks: [],
          subsections: [
            { title: '一般公共预算财政拨款支出决算总体情况', blocks: [...gpbOverallBlocks(w), ...gpbStructureBlocks(w)] },
            { title: '一般公共预算财政拨款支出决算具体情况', blocks: gpbDetailBeijingBlocks(w) },
          ],
        },
        { title: '政府性基金预算财政拨款支出决算情况说明', blocks: fundBlocks(w) },
        { title: '国有资本经营预算财政拨款支出决算情况说明', blocks: soeBlocks(w) },
        { title: '财政拨款基本支出决算情况说明', blocks: basicBlocks(w) },
      ],
    },
    {
      title: `第三部分 ${w.year}年度其他重要事项的情况说明`,
      sections: [
        { title: '“三公”经费财政拨款决算情况', blocks: [...sg.overall, ...sg.detail] },
        { title: '机关运行经费支出情况', blocks: opexBlocks(w) },
        { title: '政府采购支出情况', blocks: procurementBlocks(w) },
        { title: '国有资产占用情况', blocks: assetBlocks(w) },
        { title: '专业名词解释', blocks: glossaryBlocks(w) },
      ],
    },
    { title: `第四部分 ${w.year}年度部门绩效评价情况`, sections: [{ title: '绩效评价工作开展情况', blocks: performanceBlocks(w) }] },
  ]));
}

export interface DraftOptions {
  /** Overrides the family chosen from the table set. */
  family?: NarrativeFamily;
}

/** Drafts the 决算说明 from the recognised tables (+ prior year, 补充信息, self-evaluation). */
export function draftNarrative(input: DraftInput, options: DraftOptions = {}): NarrativeDocument {
  const w = new Writer(input);
  const family = options.family ?? familyFor(input.facts.family);
  const blocks = family === 'yunnan' ? yunnan(w) : family === 'beijing' ? beijing(w) : tenPart(w);
  return {
    title: `${w.dept}${w.year}年度部门决算说明`,
    family,
    department: w.dept,
    year: input.facts.year,
    blocks,
  };
}
