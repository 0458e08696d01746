/**
 * Header analysis is remembered by the header band's texts (a batch repeats its template). These
 * tests hold the memo to what a recogniser without any memory answers: after an edit of the same
 * workbook object, and for the same header at another column offset.
 */
import type { Cell, Sheet, Workbook } from '../../src/core/model/workbook';
import { recognizeTables } from '../../src/core/tables/recognize';
import type { Recognition } from '../../src/core/tables/types';
import { loadFixture } from './harness';

/** Recognition by a freshly loaded recogniser: no memo filled by earlier calls. */
function recognizeWithoutMemory(workbook: Workbook): Recognition {
  let out: Recognition | undefined;
  jest.isolateModules(() => {
    const fresh = require('../../src/core/tables/recognize') as typeof import('../../src/core/tables/recognize');
    out = fresh.recognizeTables(workbook);
  });
  return out!;
}

function cloneCell(cell: Cell | undefined): Cell | undefined {
  return cell && { ...cell };
}

/** A copy of the workbook with every sheet's content moved down `dRow` rows and right `dCol` columns. */
function moved(workbook: Workbook, dRow: number, dCol: number): Workbook {
  const sheets = workbook.sheets.map((s): Sheet => {
    const rows: (Cell | undefined)[][] = Array.from({ length: dRow }, () => []);
    for (const line of s.rows) rows.push([...new Array<Cell | undefined>(dCol), ...(line ?? []).map(cloneCell)]);
    const merges = s.merges.map((m) => ({ top: m.top + dRow, bottom: m.bottom + dRow, left: m.left + dCol, right: m.right + dCol }));
    return { ...s, rows, merges };
  });
  return { ...workbook, sheets };
}

function copied(workbook: Workbook): Workbook {
  return moved(workbook, 0, 0);
}

describe('header analysis memo', () => {
  let clean: Workbook;
  beforeAll(async () => {
    clean = await loadFixture('seed004-clean.xlsx');
  });

  it('the same headers at another offset give the same tables, moved', () => {
    const here = recognizeTables(copied(clean));
    const there = recognizeTables(moved(clean, 3, 2));
    expect(there.tables.map((t) => t.id)).toEqual(here.tables.map((t) => t.id));
    there.tables.forEach((t, i) => {
      const h = here.tables[i];
      expect(t.columns).toEqual(h.columns.map((c) => ({ ...c, col: c.col + 2 })));
      expect(t.rows.map((r) => Object.values(r.cells).map((ref) => [ref.row, ref.col]))).toEqual(
        h.rows.map((r) => Object.values(r.cells).map((ref) => [ref.row + 3, ref.col + 2])),
      );
    });
    expect(there).toEqual(recognizeWithoutMemory(moved(clean, 3, 2)));
  });

  it('a re-check of the same workbook object after a header edit reads the edited header', () => {
    const workbook = copied(clean);
    const before = recognizeTables(workbook);
    const t03 = before.tables.find((t) => t.id === 'T03')!;
    const sheet = workbook.sheets.find((s) => s.name === t03.sheet)!;
    // Renumber the printed header 基本支出 in place (same cell object, new text).
    const header = t03.columns.find((c) => c.key === 'basic')!;
    let cell: Cell | undefined;
    for (let r = t03.top; r <= t03.bottom && !cell; r++) if (sheet.rows[r]?.[header.col]?.value === '基本支出') cell = sheet.rows[r][header.col];
    cell!.value = '（一）基本支出';

    const after = recognizeTables(workbook);
    expect(after).toEqual(recognizeWithoutMemory(workbook));
    const headerOf = (r: Recognition) => r.tables.find((t) => t.id === 'T03')!.columns.find((c) => c.key === 'basic')?.header;
    expect(headerOf(before)).toBe('基本支出');
    expect(headerOf(after)).toBe('(一)基本支出');
  });

  it('header texts holding control characters are read like any other text', () => {
    const workbook = copied(clean);
    recognizeTables(workbook);
    const t03 = recognizeTables(workbook).tables.find((t) => t.id === 'T03')!;
    const sheet = workbook.sheets.find((s) => s.name === t03.sheet)!;
    for (const c of t03.columns) {
      for (let r = t03.top; r <= t03.top + 6; r++) {
        const cell = sheet.rows[r]?.[c.col];
        if (typeof cell?.value === 'string' && cell.value === c.header) cell.value = `\u0002${cell.value}\u0001`;
      }
    }
    expect(recognizeTables(workbook)).toEqual(recognizeWithoutMemory(workbook));
  });

  it('every fixture layout reads the same with a memo filled by the others as without one', async () => {
    const files = ['seed004-messy.xlsx', 'seed004-stacked.xlsx', 'seed004-splitcodes.xlsx', 'central9.xlsx', 'beijing.xlsx', 'seed004-continued.xlsx'];
    for (const file of files) recognizeTables(copied(await loadFixture(file)));
    for (const file of files) {
      const workbook = copied(await loadFixture(file));
      expect(recognizeTables(workbook)).toEqual(recognizeWithoutMemory(workbook));
    }
  });
});
