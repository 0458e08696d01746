import { normalized as normalizeLabel } from '../classification/normalized';
import { stripNumbering } from '../classification/name-key';
import { memoByText } from '../memo';
import { INVISIBLE } from '../numbers/normalize';

/** A row label as compared with schema patterns: normalised, numbering and 其中： removed. */
const labelKeys = new Map<string, string>();

export function rowLabelKey(text: string): string {
  let v = labelKeys.get(text);
  if (v === undefined) {
    v = stripNumbering(normalizeLabel(text), true);
    if (labelKeys.size >= 50_000) labelKeys.clear();
    labelKeys.set(text, v);
  }
  return v;
}

/** The words of a 栏次 line and of the 类|款|项 columns' header: header tokens, never data. */
export const HEADER_TOKEN = /^(栏次|栏|行次|类|款|项|类款项)$/;

/** Header cell text for header paths: normalised, quotes dropped. */
export function headerKey(text: string): string {
  return normalizeLabel(text).replace(/"/g, '');
}

const NUMBER_MARK = /^公开\s*(\d{1,2})\s*表/;

/** '公开01表', '公开 11表', '公开01表：收入支出决算表' → 1 / 11; anything else → undefined. */
export function tableNumberOf(text: string): number | undefined {
  const t = normalizeLabel(text);
  if (t.length > 40) return undefined;
  const m = NUMBER_MARK.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** The title text with a leading/trailing 公开编号 and a (续) removed. */
export function bareTitle(text: string): string {
  return normalizeLabel(text)
    .replace(/^公开\d{1,2}表[:：、.]?/, '')
    .replace(/[(]?公开\d{1,2}表[)]?$/, '')
    .replace(/[(]续[)]$/, '');
}

/** Metadata lines above a table: 部门：…, 单位：…, 金额单位：…, 编制单位：…, a lone year. */
export function isMetaText(text: string): boolean {
  const t = normalizeLabel(text).replace(/^\((.*)\)$/, '$1');
  return (
    /^(编制|填报|预算)?(部门|单位)(名称)?[:：]/.test(t) ||
    /^(金额)?单位[:：]?(万元|元|千元)$/.test(t) ||
    /^金额单位/.test(t) ||
    /^\d{4}年(度)?$/.test(t) ||
    /^公开\d{1,2}表$/.test(t)
  );
}

// The label tests below are remembered by text: every unit of a batch prints the same lines.

export const unitOf: (text: string) => '万元' | '元' | undefined = memoByText((text) => {
  const m = /单位[:：]?\s*(万元|元)/.exec(normalizeLabel(text));
  return m ? (m[1] as '万元' | '元') : undefined;
});

export const departmentOf: (text: string) => string | undefined = memoByText((text) => {
  const m = /^(?:编制|填报)?(?:部门|单位)(?:名称)?[:：]\s*(.+)$/.exec(text.trim());
  if (!m) return undefined;
  // '部门：某局　　　　金额单位：万元' — one cell for both lines: the name ends at the wide gap or at 单位.
  const v = m[1].split(/\s{2,}|\s*(?:金额)?单位[:：]/)[0].trim();
  return v === '' || /^(万元|元)$/.test(v) ? undefined : printedName(v);
});

/** '我部门2023年度无…' in a note: only a year written as 年度 (not '比2022年增加'). */
export function fiscalYearOf(text: string): number | undefined {
  const m = /(20\d{2})\s*年度/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export const yearOf: (text: string) => number | undefined = memoByText((text) => {
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
});

/** A year in a sheet's name ('公开01表（2022）', '2022年决算'): a workbook keeping last year's tables beside this year's. */
export function sheetYearOf(name: string): number | undefined {
  const m = /(?:^|\D)(20\d{2})(?!\d)/.exec(name); // no lookbehind: Office 2016/2019 run ES2017
  return m ? Number(m[1]) : undefined;
}

/**
 * A sheet name that marks last year's copy without naming the year ('上年公开01表', '公开01表（上年）',
 * '去年决算', '上一年度'); '上年结转' and '上年结余' are row words, not a mark.
 */
export function isLastYearSheetName(name: string): boolean {
  return /(上一?年度?|去年)(?!结转|结余)/.test(name);
}

/** A line under a table: 注：…, 说明：…, 备注, or a numbered continuation '2. 本套报表…'. */
const isNoteLine = memoByText((text) => {
  const t = normalizeLabel(text);
  return /^(注|说明|备注|填表说明|附注)[:：0-9]/.test(t) || /^(注|说明)$/.test(t) || isSignatureText(t);
});

/** First characters of the note and sign-off words below: every data row is tested, most fail here. */
const NOTE_FIRST_CHARS = '注说备填附单部财主会制审复';

export function isNoteText(text: string): boolean {
  // A leading ASCII digit or CJK ideograph survives normalisation unchanged, so it decides at once.
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || (first >= 0x4e00 && first <= 0x9fff && !NOTE_FIRST_CHARS.includes(text[0]))) return false;
  return isNoteLine(text);
}

/** Sign-off line under a table: 单位负责人：…  财务负责人：…  制表人：… */
function isSignatureText(t: string): boolean {
  return /^(单位负责人|部门负责人|财务负责人|主管会计工作负责人|会计机构负责人|制表人|填表人|填报人|审核人|复核人)[:：]/.test(t);
}

export function isNoteContinuation(text: string): boolean {
  const t = normalizeLabel(text);
  return /^(\d+[.、]|\(\d+\))\D/.test(t) && t.length > 8;
}

/** 3/5/7-digit 功能分类 or 3/5-digit 经济分类 code as printed (text or number). */
export function codeText(text: string): string | undefined {
  const t = text.replace(INVISIBLE, '');
  return /^\d{2,7}$/.test(t) ? t : undefined;
}

/** A name typed over several lines in its cell (Alt+Enter, or wrapped by a PDF conversion) as one line. */
export function joinedLines(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace(/\s*[\r\n]+\s*/g, '');
}

/** Chinese characters, full-width punctuation and Chinese quotes (“三公”); U+3000, the ideographic space, left out. */
const WIDE = '\u2018-\u201f\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef';
/** Spaces between two of them: typed to spread a short name over its cell ('收 入 支 出 决 算 表', '合　　计'). */
const SPREAD = new RegExp(`(?<=[${WIDE}])[\\s\u00a0]+(?=[${WIDE}])`, 'g');

/**
 * A title or 科目名称 as the reports and the 说明 quote it: on one line, without the spaces typed
 * between its characters to fill the cell. Spaces beside Latin letters or digits stay.
 */
export const printedName = memoByText((text: string): string => joinedLines(text).replace(SPREAD, ''));
