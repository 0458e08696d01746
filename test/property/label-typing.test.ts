/**
 * Property: how the words of a 公开表 are typed — titles, headers and row labels spaced out to fill
 * the cell ('合    计', '收 入 支 出 决 算 表'), broken over two lines with Alt+Enter, padded with
 * full-width spaces — never changes which tables are recognised under which title, which findings
 * are reported (rule, sheet, cell, severity) and how they are worded, nor the drafted 说明.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { recognizeTables } from '../../src/core/tables/recognize';
import { type Cell, type Workbook, sheetFromValues } from '../../src/core/model/workbook';
import { buildNarrative } from '../../src/core/narrative';
import { documentParagraphs } from '../../src/core/narrative/model';
import { seed004Workbook } from './seed004-model';
import { CHINESE_WORD, WORD_TYPINGS, wordTyped } from './retype';

type Typing = (text: string) => string;

const TYPINGS: Record<string, Typing> = Object.fromEntries(WORD_TYPINGS.map((t) => [t, (text: string) => wordTyped(text, t)]));
const TYPING_NAMES = Object.keys(TYPINGS);

/** The seed workbook with the i-th word cell retyped by `typing(i)` (undefined: as printed). */
function retyped(typing: (i: number) => Typing | undefined): Workbook {
  const workbook = seed004Workbook();
  let i = 0;
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows)
      row?.forEach((cell: Cell | undefined) => {
        if (!cell || typeof cell.value !== 'string' || !CHINESE_WORD.test(cell.value)) return;
        const t = typing(i++);
        if (t) cell.value = t(cell.value);
      });
  return workbook;
}

function outcome(workbook: Workbook, narrative = false): { tables: string[]; findings: string[]; narrative?: string[] } {
  const report = checkWorkbook(workbook);
  return {
    tables: report.tables.map((t) => `${t.id} ${t.sheet}!${t.range} ${t.title}`),
    findings: report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity} ${f.message}`).sort(),
    ...(narrative ? { narrative: documentParagraphs(buildNarrative(workbook).document) } : {}),
  };
}

const baseline = outcome(seed004Workbook());
const baselineWithNarrative = outcome(seed004Workbook(), true);
let words = 0;
retyped(() => {
  words++;
  return undefined;
});

it('the baseline recognises the twelve tables and has findings (so the comparison is not vacuous)', () => {
  expect(baseline.tables).toHaveLength(12);
  expect(baseline.findings.length).toBeGreaterThan(0);
  expect(words).toBeGreaterThan(100);
});

// Names are quoted without the spaces typed to fill the cell (was: “收 入 支 出 决 算 表” in the 说明, “210 卫 生 健 康 支 出”行 in findings).
it.each(TYPING_NAMES)('every word typed %s gives the same tables, findings and 说明', (name) => {
  expect(outcome(retyped(() => TYPINGS[name]), true)).toEqual(baselineWithNarrative);
});

it('any mix of typings word by word gives the same tables and findings, worded alike', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: TYPING_NAMES.length }), { minLength: words, maxLength: words }), (choice) => {
      // choice = TYPING_NAMES.length leaves the word as printed.
      expect(outcome(retyped((i) => TYPINGS[TYPING_NAMES[choice[i]]]))).toEqual(baseline);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
  );
});

it('a 部门 name spread over its cell is quoted without the spaces', () => {
  const workbook = seed004Workbook();
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows)
      for (const cell of row ?? []) if (cell && typeof cell.value === 'string' && cell.value.startsWith('部门：')) cell.value = '部门：曲 靖 市 信 访 局';
  expect(new Set(recognizeTables(workbook).tables.map((t) => t.department))).toEqual(new Set(['曲靖市信访局']));
});

it('a table that cannot be read is listed as not checked under its title without the spaces', () => {
  const sheet = sheetFromValues('S', [['收 入 支 出 决 算 表'], ['部门：某局'], ['这里只有一句说明，没有表格。']]);
  const { tables, unrecognized } = recognizeTables({ sheets: [sheet] });
  expect(tables).toEqual([]);
  expect(unrecognized.map((u) => u.title)).toEqual(['收入支出决算表']);
});
