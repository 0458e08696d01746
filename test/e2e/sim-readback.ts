/** Reads the simulated workbook back from the page (window.__sim, installed by sim-bootstrap.ts). */
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/core/findings/finding';
import { a1 } from '../../src/core/model/address';

export const MARK = '【决算助手】';
const JOURNAL_SHEET = '_juesuan_journal';

export interface SimCommentView {
  sheet: string;
  cell: string;
  content: string;
  replies: string[];
}

export interface SavedSheet {
  name: string;
  cells: [number, number, Record<string, unknown>][];
}

export async function comments(page: Page): Promise<SimCommentView[]> {
  const raw = await page.evaluate(() => {
    const sim = (window as unknown as { __sim: { state: { sheets: { id: string; name: string }[]; comments: { sheetId: string; row: number; col: number; content: string; replies: { content: string }[] }[] } } }).__sim;
    return sim.state.comments.map((c) => ({
      sheet: sim.state.sheets.find((s) => s.id === c.sheetId)!.name,
      row: c.row,
      col: c.col,
      content: c.content,
      replies: c.replies.map((r) => r.content),
    }));
  });
  return raw.map((c) => ({ sheet: c.sheet, cell: a1(c.row, c.col), content: c.content, replies: c.replies }));
}

/** Every cell of the officer's sheets (value, formula, number format, fill), as the simulator saves them. */
export async function userSheets(page: Page): Promise<SavedSheet[]> {
  const saved = await page.evaluate(() => (window as unknown as { __sim: { save(): string } }).__sim.save());
  const file = JSON.parse(saved) as { sheets: SavedSheet[] };
  return file.sheets
    .filter((s) => s.name !== JOURNAL_SHEET)
    .map((s) => ({ name: s.name, cells: [...s.cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]) }));
}

export async function simCell(page: Page, sheet: string, cell: string): Promise<Record<string, unknown> | undefined> {
  const sheets = await userSheets(page);
  const s = sheets.find((x) => x.name === sheet);
  return s?.cells.find(([r, c]) => a1(r, c) === cell)?.[2];
}

/** The cells the add-in must mark: one comment per cell holding findings (Excel allows one thread a cell). */
export function markedCells(findings: Finding[], sheetNames: Set<string>): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!sheetNames.has(f.sheet) || !/^[A-Z]{1,3}[0-9]+$/.test(f.cell)) continue;
    const id = `${f.sheet}!${f.cell}`;
    byCell.set(id, [...(byCell.get(id) ?? []), f]);
  }
  return byCell;
}

/** Waits until Excel's selection (in the simulator) is that cell: what 定位 does. */
export async function waitForSelection(page: Page, sheet: string, cell: string): Promise<void> {
  await page.waitForFunction(
    ({ name, address }) => {
      const st = (window as unknown as { __sim: { state: { sheets: { id: string; name: string }[]; selection?: { sheetId: string; address: string } } } }).__sim.state;
      return st.selection?.sheetId === st.sheets.find((x) => x.name === name)?.id && st.selection?.address.replace(/\$/g, '') === address;
    },
    { name: sheet, address: cell },
    { timeout: 5000 },
  );
}
