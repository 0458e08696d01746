import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { buildNarrative } from '../../src/core/narrative';
import type { Sheet } from '../../src/core/model/workbook';
import { fixturePath } from '../fixtures/registry';
import { lintNarrative } from '../../src/core/narrative/lint';
import { findNarrative } from '../../src/core/narrative/lint/sheet-source';
import { recognizeTables } from '../../src/core/tables/recognize';

/** The 公开表 sheets of a fixture (without its 绩效自评 and 说明 sheets). */
async function tableSheets(file: string): Promise<Sheet[]> {
  return (await readWorkbookFile(fixturePath(file))).sheets.filter((s) => /^公开/.test(s.name));
}

describe('决算说明 from a workbook that keeps last year’s tables beside this year’s', () => {
  it('drafts from this year’s tables and takes 上年数 from last year’s, as with a separate prior workbook', async () => {
    const current = await tableSheets('seed004-clean.xlsx');
    const prior = await tableSheets('seed004-prior.xlsx');
    for (const s of prior) s.name = `${s.name}（2022）`;
    const separate = buildNarrative({ sheets: current }, { prior: { sheets: prior } });
    // Last year's sheets first: the draft must not take its numbers from them.
    const together = buildNarrative({ sheets: [...prior, ...current] });
    expect(Object.keys(together.priorSources).length).toBeGreaterThan(5);
    expect(together.facts.year).toBe(2023);
    expect(together.document).toEqual(separate.document);
  });

  it('a workbook of one year drafts as before, without 上年数', async () => {
    const built = buildNarrative({ sheets: await tableSheets('seed004-clean.xlsx') });
    expect(built.priorSources).toEqual({});
  });
});

describe('checking a 说明 in a workbook that keeps last year’s tables beside this year’s', () => {
  it('checks it against this year’s tables and last year’s 上年数, as with a separate prior workbook', async () => {
    const withNarrative = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
    const { paragraphs } = findNarrative(withNarrative, { tables: recognizeTables(withNarrative).tables })!;
    const prior = await tableSheets('seed004-prior.xlsx');
    for (const s of prior) s.name = `${s.name}（2022）`;
    const priorBook = { sheets: prior };
    const separate = lintNarrative(paragraphs, {
      workbook: withNarrative,
      tables: recognizeTables(withNarrative).tables,
      priorWorkbook: priorBook,
      priorTables: recognizeTables(priorBook).tables,
    });
    const together = { sheets: [...prior, ...withNarrative.sheets] };
    const found = lintNarrative(paragraphs, { workbook: together, tables: recognizeTables(together).tables });
    expect(found.findings).toEqual(separate.findings);
    expect(found.paragraphs).toBeGreaterThan(10);
  });
});

describe('决算说明 when only last year’s copy is marked with its year', () => {
  it('this year’s tables print no year at all: they are this year’s, the dated copy gives the 上年数', async () => {
    const current = (await tableSheets('seed004-clean.xlsx')).filter((s) => s.name !== '公开08表' && s.name !== '公开09表');
    const prior = (await tableSheets('seed004-prior.xlsx')).filter((s) => s.name !== '公开08表' && s.name !== '公开09表');
    for (const s of prior) s.name = `${s.name}（2022）`;
    const separate = buildNarrative({ sheets: current }, { prior: { sheets: prior } });
    const together = buildNarrative({ sheets: [...prior, ...current] });
    expect(Object.keys(together.priorSources).length).toBeGreaterThan(5);
    expect(together.document).toEqual(separate.document);
  });
});

describe('决算说明 when last year’s copy is marked 上年 in its sheet names', () => {
  it.each([
    ['上年公开01表', (n: string) => `上年${n}`],
    ['公开01表（上年）', (n: string) => `${n}（上年）`],
    ['公开01表(上年数)', (n: string) => `${n}(上年数)`],
  ])('%s: drafts from this year’s tables with last year’s 上年数, as with a separate prior workbook', async (_, rename) => {
    // Without 公开08/09表 no table prints a year: only the sheet names tell the years apart.
    const noYear = (s: Sheet) => s.name !== '公开08表' && s.name !== '公开09表';
    const current = (await tableSheets('seed004-clean.xlsx')).filter(noYear);
    const prior = (await tableSheets('seed004-prior.xlsx')).filter(noYear);
    for (const s of prior) s.name = rename(s.name);
    const separate = buildNarrative({ sheets: current }, { prior: { sheets: prior } });
    const together = buildNarrative({ sheets: [...prior, ...current] });
    expect(Object.keys(together.priorSources).length).toBeGreaterThan(5);
    expect(together.document).toEqual(separate.document);
  });
});
