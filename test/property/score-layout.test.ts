/**
 * Property: where a 绩效自评 form sits and how its numbers are typed never changes what scoring
 * reports. The five seed forms are moved down and right, their sheets stacked onto one sheet, their
 * numbers retyped as text (thousands separators, full-width digits), words spaced out or broken
 * over two lines, a 附件 line put above; the scores and the findings (rule, severity, cell,
 * expected, actual), mapped back to the original cells, must equal those of the unchanged workbook.
 */
import fc from 'fast-check';
import { scoreWorkbook } from '../../src/core/scoring';
import { type Cell, type Sheet, type Workbook } from '../../src/core/model/workbook';
import { a1, parseA1 } from '../../src/core/model/address';
import { CHINESE_WORD, type NumberTyping, numberTyped, wordTyped } from './retype';
import { SELF_EVAL_FIXTURES } from '../fixtures/builders/selfeval-fixtures';
import { loadFixture } from '../scoring/load';

interface Layout {
  down: number;
  right: number;
  /** All sheets onto one, each below the last with `gap` empty rows. */
  stack: boolean;
  gap: number;
  /** How numbers are typed: as stored, or as the text they print. */
  typing: NumberTyping;
  /** A line above everything, as printed packages number their attachments. */
  attachmentLine: boolean;
  /**
   * Words as typed: as printed; the header words, or every Chinese word (titles, 定性, project
   * names), spaced out ('分 值') or broken over two lines (Alt+Enter).
   */
  words: 'plain' | 'headersSpaced' | 'headersBroken' | 'allSpaced' | 'allWideSpaced' | 'allBroken';
}

/** Header words of the seed forms that officers space out or break over two lines. */
const HEADER_WORDS = new Set([
  '分值', '得分', '权重', '总分', '执行率', '预算执行率', '一级指标', '二级指标', '三级指标', '年初预算数', '全年预算数', '全年执行数',
  '调整后预算数', '预算执行数', '实际完成值', '年度指标值', '指标值', '完成值', '项目名称', '主管部门', '实施单位',
]);

function word(text: string, style: Layout['words']): string {
  if (style === 'plain') return text;
  if (style.startsWith('headers') ? !HEADER_WORDS.has(text) : !CHINESE_WORD.test(text)) return text;
  return wordTyped(text, style.endsWith('Broken') ? 'broken' : style === 'allWideSpaced' ? 'wideSpaced' : 'spaced');
}

/** Where a cell of the rearranged workbook came from. */
type Origin = (sheet: string, row: number, col: number) => { sheet: string; row: number; col: number };

function retyped(cell: Cell, typing: Layout['typing'], words: Layout['words']): Cell {
  return typeof cell.value === 'string' ? { ...cell, value: word(cell.value, words) } : numberTyped(cell, typing);
}

/** The sheet's cells moved by (down, right), numbers retyped; merges and hidden lines move along. */
function moved(sheet: Sheet, down: number, right: number, layout: Layout): Sheet {
  const rows: (Cell | undefined)[][] = [];
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    const out: (Cell | undefined)[] = [];
    line.forEach((cell, c) => {
      if (cell) out[c + right] = retyped(cell, layout.typing, layout.words);
    });
    rows[r + down] = out;
  });
  return {
    name: sheet.name,
    hidden: sheet.hidden,
    rows,
    merges: sheet.merges.map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right })),
    hiddenRows: sheet.hiddenRows?.map((r) => r + down),
    hiddenCols: sheet.hiddenCols?.map((c) => c + right),
  };
}

function rearranged(workbook: Workbook, layout: Layout): { workbook: Workbook; origin: Origin } {
  const top = layout.attachmentLine ? 2 : 0;
  const withLine = (sheet: Sheet): Sheet => {
    if (layout.attachmentLine) (sheet.rows[0] ??= [])[layout.right] = { value: '附件3' };
    return sheet;
  };
  if (!layout.stack || workbook.sheets.length === 1) {
    const sheets = workbook.sheets.map((s) => withLine(moved(s, layout.down + top, layout.right, layout)));
    return { workbook: { sheets }, origin: (sheet, row, col) => ({ sheet, row: row - layout.down - top, col: col - layout.right }) };
  }
  // Stacked: one sheet, each original below the last; an origin is the block the row falls in.
  const blocks: { sheet: string; first: number }[] = [];
  const one: Sheet = { name: '自评汇总', rows: [], merges: [], hiddenRows: [], hiddenCols: [] };
  let next = layout.down + top;
  for (const s of workbook.sheets) {
    const m = moved(s, next, layout.right, layout);
    m.rows.forEach((line, r) => (one.rows[r] = line));
    one.merges.push(...m.merges);
    one.hiddenRows!.push(...(m.hiddenRows ?? []));
    blocks.push({ sheet: s.name, first: next });
    next += s.rows.length + layout.gap;
  }
  withLine(one);
  const origin: Origin = (_sheet, row, col) => {
    const b = [...blocks].reverse().find((x) => row >= x.first)!;
    return { sheet: b.sheet, row: row - b.first, col: col - layout.right };
  };
  return { workbook: { sheets: [one] }, origin };
}

/** Scores and findings in the original workbook's coordinates, sorted. */
function outcome(workbook: Workbook, origin: Origin): { profile: string; scores: string[]; findings: string[] } {
  const res = scoreWorkbook(workbook);
  const at = (sheet: string, cell: string | undefined) => {
    if (!cell) return '-';
    const { row, col } = parseA1(cell);
    const o = origin(sheet, row, col);
    return `${o.sheet}!${a1(o.row, o.col)}`;
  };
  const scores = res.scores.map((s) =>
    [s.kind, s.project, s.unfilled ? 'unfilled' : '', s.convention ?? '', s.denominator ?? '', at(s.sheet, s.cells.total),
      JSON.stringify([s.execRate, s.execScore, s.total, s.grade, s.levels ?? []])].join(' | '),
  );
  const findings = res.findings.map((f) => [f.rule, f.severity, at(f.sheet, f.cell), f.expected ?? '', f.actual ?? ''].join(' | '));
  return { profile: res.profile.name, scores: scores.sort(), findings: findings.sort() };
}

const identity: Origin = (sheet, row, col) => ({ sheet, row, col });

const layout: fc.Arbitrary<Layout> = fc.record({
  down: fc.nat({ max: 40 }),
  right: fc.nat({ max: 8 }),
  stack: fc.boolean(),
  gap: fc.integer({ min: 2, max: 6 }),
  typing: fc.constantFrom('numbers', 'text', 'thousands', 'fullWidth'),
  attachmentLine: fc.boolean(),
  words: fc.constantFrom('plain', 'headersSpaced', 'headersBroken', 'allSpaced', 'allWideSpaced', 'allBroken'),
});

describe.each(SELF_EVAL_FIXTURES.map((f) => [f.file]))('%s', (file) => {
  let original: Workbook;
  let baseline: ReturnType<typeof outcome>;
  beforeAll(async () => {
    original = await loadFixture(file);
    baseline = outcome(original, identity);
  });

  it('the baseline scores forms and reports (so the comparison is not vacuous)', () => {
    expect(baseline.scores.length).toBeGreaterThan(0);
    expect(baseline.scores.some((s) => !s.includes('unfilled'))).toBe(true);
  });

  it('moved, stacked or retyped, the forms give the same scores and findings', () => {
    fc.assert(
      fc.property(layout, (l) => {
        const { workbook, origin } = rearranged(structuredClone(original), l);
        expect(outcome(workbook, origin)).toEqual(baseline);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
    );
  });
});

// Found by the property above: with its title and headers spread out ('项 目 支 出 绩 效 自 评 表',
// '得 分'), a sheet was not searched for forms at all; a 定性 indicator typed '定 性' was not judged,
// and its 完成情况 was quoted with the spaces.
describe('every Chinese word spread over its cell', () => {
  it.each([['selfeval-001-beijing-2020.xlsx'], ['selfeval-003-sichuan.xlsx']])('%s gives the same scores and findings', async (file) => {
    const original = await loadFixture(file);
    const spread = rearranged(structuredClone(original), { down: 0, right: 0, stack: false, gap: 2, typing: 'numbers', attachmentLine: false, words: 'allSpaced' });
    expect(outcome(spread.workbook, spread.origin)).toEqual(outcome(original, identity));
    // Quoted without the spaces: “完成情况为“一般””, not “一 般”.
    const messages = (w: Workbook) => scoreWorkbook(w).findings.map((f) => f.message);
    expect(messages(spread.workbook)).toEqual(messages(original));
  });
});
