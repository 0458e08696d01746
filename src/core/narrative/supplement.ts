import Decimal from 'decimal.js';
import { a1 } from '../model/address';
import type { Cell, Workbook } from '../model/workbook';
import { cellText } from '../model/workbook';
import { parseCell } from '../numbers/parse';
import type { NarrativeFacts } from './facts';

/**
 * The 补充信息 sheet: what the 公开表 cannot say (上年数, 年初预算数 by 项, reasons, 政府采购,
 * asset counts, 部门概况). The tool writes the template; the officer fills column D; the draft
 * reads it back (amounts in 万元; one typed with 元 or 亿元 is converted). Rows are found by the key in column C, so the officer may reorder or delete rows.
 */

export const SUPPLEMENT_SHEET = '补充信息';
export const SUPPLEMENT_HEADER = ['类别', '项目', '键（勿改）', '填写内容', '说明'];

export interface SupplementField {
  group: string;
  label: string;
  key: string;
  kind: 'amount' | 'count' | 'text';
  hint?: string;
}

export const PRIOR_FIELDS: SupplementField[] = [
  { group: '上年数', label: '上年收、支总计', key: 'prior.grand', kind: 'amount', hint: '上年公开01表 总计（万元）' },
  { group: '上年数', label: '上年本年收入合计', key: 'prior.inc.total', kind: 'amount' },
  { group: '上年数', label: '上年本年支出合计', key: 'prior.exp.total', kind: 'amount' },
  { group: '上年数', label: '上年财政拨款收、支总计', key: 'prior.fiscal.grand', kind: 'amount' },
  { group: '上年数', label: '上年一般公共预算财政拨款支出', key: 'prior.gpb.exp', kind: 'amount' },
  { group: '上年数', label: '上年“三公”经费支出', key: 'prior.sg.total', kind: 'amount' },
  { group: '上年数', label: '上年因公出国（境）费', key: 'prior.sg.abroad', kind: 'amount' },
  { group: '上年数', label: '上年公务用车购置及运行维护费', key: 'prior.sg.car', kind: 'amount' },
  { group: '上年数', label: '上年公务接待费', key: 'prior.sg.reception', kind: 'amount' },
  { group: '上年数', label: '上年机关运行经费', key: 'prior.opex', kind: 'amount' },
];

export const REASON_FIELDS: SupplementField[] = [
  { group: '变动原因', label: '收、支总计变动原因', key: 'reason.grand', kind: 'text' },
  { group: '变动原因', label: '收入变动原因', key: 'reason.income', kind: 'text' },
  { group: '变动原因', label: '支出变动原因', key: 'reason.expense', kind: 'text' },
  { group: '变动原因', label: '财政拨款收、支总计变动原因', key: 'reason.fiscal', kind: 'text' },
  { group: '变动原因', label: '一般公共预算财政拨款支出变动原因', key: 'reason.gpb', kind: 'text' },
  { group: '变动原因', label: '“三公”经费决算与预算差异原因', key: 'reason.sg.budget', kind: 'text' },
  { group: '变动原因', label: '“三公”经费与上年相比变动原因', key: 'reason.sg', kind: 'text' },
  { group: '变动原因', label: '机关运行经费变动原因', key: 'reason.opex', kind: 'text' },
];

export const OTHER_FIELDS: SupplementField[] = [
  { group: '部门概况', label: '部门名称', key: 'unit.name', kind: 'text', hint: '留空则取报表上的部门' },
  { group: '部门概况', label: '决算年度', key: 'year', kind: 'count' },
  { group: '部门概况', label: '主要职能', key: 'profile.duties', kind: 'text' },
  { group: '部门概况', label: '机构设置', key: 'profile.org', kind: 'text' },
  { group: '部门概况', label: '人员构成', key: 'profile.staff', kind: 'text' },
  { group: '政府采购', label: '政府采购支出总额', key: 'proc.total', kind: 'amount' },
  { group: '政府采购', label: '政府采购货物支出', key: 'proc.goods', kind: 'amount' },
  { group: '政府采购', label: '政府采购工程支出', key: 'proc.works', kind: 'amount' },
  { group: '政府采购', label: '政府采购服务支出', key: 'proc.services', kind: 'amount' },
  { group: '政府采购', label: '授予中小企业合同金额', key: 'proc.sme', kind: 'amount' },
  { group: '政府采购', label: '其中：授予小微企业合同金额', key: 'proc.small', kind: 'amount' },
  { group: '国有资产', label: '车辆数（辆）', key: 'assets.vehicles', kind: 'count' },
  { group: '国有资产', label: '其中：主要领导干部用车（辆）', key: 'assets.vehicles.leader', kind: 'count' },
  { group: '国有资产', label: '其中：机要通信用车（辆）', key: 'assets.vehicles.confidential', kind: 'count' },
  { group: '国有资产', label: '其中：应急保障用车（辆）', key: 'assets.vehicles.emergency', kind: 'count' },
  { group: '国有资产', label: '其中：执法执勤用车（辆）', key: 'assets.vehicles.law', kind: 'count' },
  { group: '国有资产', label: '其中：特种专业技术用车（辆）', key: 'assets.vehicles.special', kind: 'count' },
  { group: '国有资产', label: '其中：其他用车（辆）', key: 'assets.vehicles.other', kind: 'count' },
  { group: '国有资产', label: '单价50万元（含）以上通用设备（台/套）', key: 'assets.equip.general', kind: 'count' },
  { group: '国有资产', label: '单价100万元（含）以上专用设备（台/套）', key: 'assets.equip.special', kind: 'count' },
  { group: '绩效', label: '开展绩效自评的项目个数', key: 'perf.projects', kind: 'count' },
  { group: '绩效', label: '绩效自评涉及金额', key: 'perf.amount', kind: 'amount' },
  { group: '绩效', label: '部门整体支出绩效自评得分', key: 'perf.dept.score', kind: 'text' },
  { group: '绩效', label: '绩效自评综述', key: 'perf.summary', kind: 'text' },
  { group: '名词解释', label: '本部门专业名词（名词：解释，每行一个）', key: 'glossary.extra', kind: 'text' },
];

export interface Supplement {
  /** key → amount/count (万元 for amounts). */
  numbers: Record<string, Decimal>;
  /** key → text. */
  texts: Record<string, string>;
  /** Values not taken (an amount in a unit the tool cannot read as 万元, or no number): the draft keeps its placeholder. */
  refused?: SupplementRefusal[];
}

export interface SupplementRefusal {
  key: string;
  /** A1 of the value's cell on the 补充信息 sheet. */
  cell: string;
  value: string;
  reason: string;
  kind: 'amount' | 'count';
}

export const EMPTY_SUPPLEMENT: Supplement = { numbers: {}, texts: {} };

const FIELDS = [...PRIOR_FIELDS, ...REASON_FIELDS, ...OTHER_FIELDS];

function kindOf(key: string): SupplementField['kind'] {
  const field = FIELDS.find((f) => f.key === key);
  if (field) return field.kind;
  if (key.startsWith('prior.') || key.startsWith('budget.')) return 'amount';
  return key.startsWith('reason.') ? 'text' : 'count';
}

/**
 * An amount of the sheet in 万元: 万元 (or 万) as typed, 元 ÷ 10000, 亿元 × 10000; a percentage, or a
 * value that is no number, is refused (a wrong unit would put a figure 10000 times off into the 说明).
 */
function readAmount(cell: Cell | undefined): Decimal | string {
  const parsed = parseCell(cell);
  if (parsed.kind !== 'number') return '不是数字';
  if (parsed.percent) return '是百分比，不是金额';
  if (parsed.suffix === '元') return parsed.value.div(10000);
  if (parsed.suffix === '亿') return parsed.value.times(10000);
  return parsed.value;
}

/** A count or year: a plain number (“1万” as 10000); a money unit (元, 万元) is refused. */
function readCount(cell: Cell | undefined): Decimal | string {
  const parsed = parseCell(cell);
  if (parsed.kind !== 'number' || parsed.percent) return '不是数字';
  if (/元\s*$/.test(cellText(cell))) return '带有金额单位';
  return parsed.suffix === '万' ? parsed.value.times(10000) : parsed.suffix === '亿' ? parsed.value.times(100000000) : parsed.value;
}

/** Rows of the 补充信息 sheet (header first): fixed fields plus one 年初预算数 row per 项 the tables show. */
export function supplementTemplate(facts?: NarrativeFacts): string[][] {
  const rows: string[][] = [SUPPLEMENT_HEADER];
  const add = (f: SupplementField) => rows.push([f.group, f.label, f.key, '', f.hint ?? (f.kind === 'amount' ? '万元，两位小数' : f.kind === 'count' ? '整数' : '文字')]);
  OTHER_FIELDS.slice(0, 5).forEach(add);
  PRIOR_FIELDS.forEach(add);
  for (const c of facts?.gpb?.classes ?? []) {
    rows.push(['上年数', `上年一般公共预算财政拨款支出：${c.name}`, `prior.gpb.class.${c.code}`, '', '万元，两位小数']);
  }
  REASON_FIELDS.forEach(add);
  // 年初预算数 of every 类/款/项 the tables show (十段式/云南 cite 项, 北京 cites 类 and 款).
  const subjects = [...(facts?.gpb?.classes ?? []), ...(facts?.gpb?.kuan ?? []), ...(facts?.gpb?.xiang ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  for (const x of subjects) {
    const level = x.code.length === 3 ? '类' : x.code.length === 5 ? '款' : '项';
    rows.push(['年初预算', `${x.code} ${x.name}（${level}）年初预算数`, `budget.${x.code}`, '', '万元，两位小数（决算数 ' + x.value.toFixed(2) + '）']);
    rows.push(['年初预算', `${x.code} ${x.name}（${level}）决算数与年初预算数差异原因`, `reason.budget.${x.code}`, '', '文字']);
  }
  OTHER_FIELDS.slice(5).forEach(add);
  return rows;
}

/** Reads the filled 补充信息 sheet; absent sheet → empty supplement. */
export function readSupplement(workbook: Workbook): Supplement {
  const sheet = workbook.sheets.find((s) => s.name.trim() === SUPPLEMENT_SHEET);
  const out: Supplement = { numbers: {}, texts: {} };
  if (!sheet) return out;
  let keyCol = 2;
  let valueCol = 3;
  for (const row of sheet.rows.slice(0, 5)) {
    const k = (row ?? []).findIndex((c) => /^键/.test(cellText(c)));
    const v = (row ?? []).findIndex((c) => cellText(c) === '填写内容');
    if (k >= 0) keyCol = k;
    if (v >= 0) valueCol = v;
  }
  sheet.rows.forEach((row, r) => {
    const key = cellText(row?.[keyCol]);
    if (!/^[a-z][\w.]*$/i.test(key)) return;
    const cell = row?.[valueCol];
    const text = cellText(cell);
    if (!text) return;
    const kind = kindOf(key);
    if (kind === 'text') {
      out.texts[key] = text;
      return;
    }
    const read = kind === 'amount' ? readAmount(cell) : readCount(cell);
    if (typeof read === 'string') (out.refused ??= []).push({ key, cell: a1(r, valueCol), value: text, reason: read, kind });
    else out.numbers[key] = read;
  });
  return out;
}

/** One line per refused value, for the CLI and the task pane. */
export function refusalMessage(r: SupplementRefusal): string {
  return `“${SUPPLEMENT_SHEET}”${r.cell}（${r.key}）填写的“${r.value}”${r.reason}，未采用：${r.kind === 'amount' ? '金额请填万元数（如 100.00），或写明单位“元”“万元”' : '请填整数'}`;
}

/** Prior values the supplement gives, keyed like priorValues() (without the 'prior.' prefix). */
export function supplementPrior(s: Supplement): Record<string, Decimal> {
  const out: Record<string, Decimal> = {};
  for (const [k, v] of Object.entries(s.numbers)) if (k.startsWith('prior.')) out[k.slice(6)] = v;
  return out;
}
