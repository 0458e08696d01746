/**
 * Every fixture workbook (seed tables in every layout, injected errors, 绩效自评 forms, 说明 seeds),
 * retyped the ways officers' workbooks really differ, gives the same answers: the tables found, the
 * findings (rule, severity, cell, expected, actual), the scores and the drafted 说明.
 * - numbers stored as text, with thousands separators, in full-width digits;
 * - every sheet's content moved down and right (answers mapped back to the original cells);
 * - every sheet renamed Sheet1, Sheet2, … (tables are found by their contents, not their sheet's name,
 *   and a 说明 sheet by its title when its name says nothing);
 * - every Chinese word spread over its cell with spaces, or broken over two lines (here the
 *   findings' wording must not change either: names are quoted without those spaces);
 * - several of these at once, as one officer's workbook has them (here messages may name the new
 *   sheets, cells and printed numbers; the rest must match).
 */
import { checkWorkbook } from '../../src/core/check';
import { buildNarrative } from '../../src/core/narrative';
import { documentParagraphs } from '../../src/core/narrative/model';
import { a1, parseA1 } from '../../src/core/model/address';
import type { Cell, Sheet, Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { FIXTURES, fixturePath } from '../fixtures/registry';
import { CHINESE_WORD, type WordTyping, numberTyped, wordTyped } from './retype';

/** 200k cells of noise, no table: nothing there for these checks, and slow to check five times. */
const SKIPPED = new Set(['robust-huge-noise.xlsx']);
const FILES = [...new Set(FIXTURES.map((f) => f.file))].filter((f) => !SKIPPED.has(f));

const SHIFT = { rows: 3, cols: 2 };

function spreadWord(cell: Cell, typing: WordTyping): Cell {
  return typeof cell.value === 'string' && CHINESE_WORD.test(cell.value) ? { ...cell, value: wordTyped(cell.value, typing) } : cell;
}

function eachCell(workbook: Workbook, change: (cell: Cell) => Cell): Workbook {
  for (const sheet of workbook.sheets) for (const row of sheet.rows) if (row) row.forEach((c, i) => c && (row[i] = change(c)));
  return workbook;
}

function shifted(sheet: Sheet): Sheet {
  const rows: (Cell | undefined)[][] = [];
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    const out: (Cell | undefined)[] = [];
    line.forEach((c, k) => c && (out[k + SHIFT.cols] = c));
    rows[r + SHIFT.rows] = out;
  });
  const m = (x: { top: number; bottom: number; left: number; right: number }) => ({
    top: x.top + SHIFT.rows,
    bottom: x.bottom + SHIFT.rows,
    left: x.left + SHIFT.cols,
    right: x.right + SHIFT.cols,
  });
  return {
    ...sheet,
    rows,
    merges: sheet.merges.map(m),
    hiddenRows: sheet.hiddenRows?.map((r) => r + SHIFT.rows),
    hiddenCols: sheet.hiddenCols?.map((c) => c + SHIFT.cols),
  };
}

interface Outcome {
  tables: string[];
  /** Regions that look like a table but were not checked: title and reason. */
  unread: string[];
  findings: string[];
  scores: string[];
  narrative: string[];
}

interface Compared {
  /** Content moved by SHIFT: cells are mapped back. */
  moved?: boolean;
  /** Sheets renamed Sheet1…: names are mapped back to these, in order. */
  sheetNames?: string[];
  /** Compare the findings' messages too. */
  wording?: boolean;
}

/** Every sheet renamed Sheet1…, the 说明's too (was: it kept its name, then the only way check found it). */
const renamed = (w: Workbook): Workbook => ({ ...w, sheets: w.sheets.map((s, i) => ({ ...s, name: `Sheet${i + 1}` })) });

function outcome(workbook: Workbook, opts: Compared = {}): Outcome {
  const report = checkWorkbook(workbook);
  const names = opts.sheetNames;
  // Sheet names back to the original ones, also inside a reason's text.
  const sheet = (text: string) => (names ? text.replace(/\bSheet(\d+)\b/g, (m, i) => names[Number(i) - 1] ?? m) : text);
  const back = (cell: string) => {
    if (!opts.moved) return cell;
    const { row, col } = parseA1(cell);
    return a1(row - SHIFT.rows, col - SHIFT.cols);
  };
  return {
    tables: report.tables.map((t) => `${t.id} ${sheet(t.sheet)} ${t.title}`),
    unread: report.unrecognized.map((u) => `${sheet(u.sheet)} ${u.title ?? ''} ${sheet(u.reason)}`),
    findings: report.findings
      .map((f) => [f.rule, f.severity, `${sheet(f.sheet)}!${back(f.cell)}`, f.expected ?? '', f.actual ?? '', opts.wording ? f.message : ''].join(' | '))
      .sort(),
    scores: (report.scores ?? []).map((s) => `${s.kind} ${s.project} ${JSON.stringify([s.execRate, s.execScore, s.total, s.grade, s.levels ?? []])}`),
    narrative: documentParagraphs(buildNarrative(workbook).document),
  };
}

const TRANSFORMS: [string, (w: Workbook) => Workbook, Compared | 'renamed' | 'all'][] = [
  ['numbers as text', (w) => eachCell(w, (c) => numberTyped(c, 'text')), {}],
  ['numbers as text with thousands separators', (w) => eachCell(w, (c) => numberTyped(c, 'thousands')), {}],
  ['numbers in full-width digits', (w) => eachCell(w, (c) => numberTyped(c, 'fullWidth')), {}],
  ['content moved 3 rows down, 2 columns right', (w) => ({ ...w, sheets: w.sheets.map(shifted) }), { moved: true }],
  ['sheets renamed Sheet1, Sheet2, …', renamed, 'renamed'],
  ['Chinese words spaced out', (w) => eachCell(w, (c) => spreadWord(c, 'spaced')), { wording: true }],
  ['Chinese words broken over two lines', (w) => eachCell(w, (c) => spreadWord(c, 'broken')), { wording: true }],
  ['all at once: numbers as text with separators, words spaced out, content moved, sheets renamed', (w) => renamed({ ...w, sheets: eachCell(eachCell(w, (c) => numberTyped(c, 'thousands')), (c) => spreadWord(c, 'spaced')).sheets.map(shifted) }), 'all'],
];

describe.each(FILES.map((f) => [f]))('%s', (file) => {
  let original: Workbook;
  beforeAll(async () => {
    original = await readWorkbookFile(fixturePath(file));
  });

  it.each(TRANSFORMS.map(([name, change, opts]) => [name, change, opts] as const))('%s: same tables, findings, scores and 说明', (_name, change, opts) => {
    const sheetNames = original.sheets.map((s) => s.name);
    const compared = opts === 'renamed' ? { sheetNames } : opts === 'all' ? { sheetNames, moved: true } : opts; // messages name the new sheets and cells
    const expected = outcome(structuredClone(original), { wording: compared.wording });
    expect(outcome(change(structuredClone(original)), compared)).toEqual(expected);
  });
});

it('the fixtures give tables, findings and scores to compare (so the comparisons are not vacuous)', async () => {
  const sample = outcome(await readWorkbookFile(fixturePath('sample.xlsx')));
  expect(sample.tables).toHaveLength(12);
  expect(sample.findings.length).toBeGreaterThan(0);
  expect(sample.scores.length).toBeGreaterThan(0);
  expect(sample.narrative.some((p) => /1095\.72万元/.test(p))).toBe(true);
  expect(FILES.length).toBeGreaterThan(40);
});
