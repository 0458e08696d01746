/**
 * Property: how the words of a 公开表 are typed — titles, headers and row labels spaced out to fill
 * the cell ('合    计', '项 目'), broken over two lines with Alt+Enter, padded with full-width
 * spaces — never changes which findings the checker reports (rule, sheet, cell, severity) nor which
 * tables it recognises.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { Cell, Workbook } from '../../src/core/model/workbook';
import { seed004Workbook } from './seed004-model';

/** Words an officer retypes: Chinese text without digits (codes, amounts and 公开××表 numbers stay as they are). */
const WORD = /^[\u4e00-\u9fa5（）()、“”"]{2,30}$/;

type Typing = (text: string) => string;

const TYPINGS: Record<string, Typing> = {
  spaced: (t) => [...t].join(' '),
  wideSpaced: (t) => [...t].join('　'),
  padded: (t) => `　${t}　`,
  broken: (t) => `${t.slice(0, Math.ceil(t.length / 2))}\n${t.slice(Math.ceil(t.length / 2))}`,
};
const TYPING_NAMES = Object.keys(TYPINGS);

/** The seed workbook with the i-th word cell retyped by `typing(i)` (undefined: as printed). */
function retyped(typing: (i: number) => Typing | undefined): Workbook {
  const workbook = seed004Workbook();
  let i = 0;
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows)
      row?.forEach((cell: Cell | undefined) => {
        if (!cell || typeof cell.value !== 'string' || !WORD.test(cell.value)) return;
        const t = typing(i++);
        if (t) cell.value = t(cell.value);
      });
  return workbook;
}

function outcome(workbook: Workbook): { tables: string[]; findings: string[] } {
  const report = checkWorkbook(workbook);
  return {
    tables: report.tables.map((t) => `${t.id} ${t.sheet}!${t.range}`),
    findings: report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`).sort(),
  };
}

const baseline = outcome(seed004Workbook());
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

it.each(TYPING_NAMES)('every word typed %s gives the same tables and findings', (name) => {
  expect(outcome(retyped(() => TYPINGS[name]))).toEqual(baseline);
});

it('any mix of typings word by word gives the same tables and findings', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: TYPING_NAMES.length }), { minLength: words, maxLength: words }), (choice) => {
      // choice = TYPING_NAMES.length leaves the word as printed.
      expect(outcome(retyped((i) => TYPINGS[TYPING_NAMES[choice[i]]]))).toEqual(baseline);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
  );
});
