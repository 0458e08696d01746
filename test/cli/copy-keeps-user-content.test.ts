/**
 * The annotated copy keeps what the user wrote: their notes (ours go after them, marked 【决算助手】; a
 * re-run over a copy drops the old run's notes only) and a sheet of their own named 检查结果.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fixturePath } from '../fixtures/registry';
import { runCli } from './cli-helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-user-'));
const USER_NOTE = '张会计：此数已与财政局核对，勿改';
const EMPTY_CELL_NOTE = '用户的另一条批注';

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const noteText = (note: unknown) => (typeof note === 'string' ? note : ((note as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join(''));

/** Every note of a workbook as stored (ExcelJS would drop one on a cell without a value), by cell. */
async function storedNotes(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const [, ref, body] of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
      texts.push(`${ref} ${[...body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join('')}`);
    }
  }
  return texts;
}

let input: string;
beforeAll(async () => {
  // The user's notes: on the flagged total (公开03表 D12), rich text on 公开01表 F37, one on an empty cell.
  const wb = await workbookOf(fixturePath('inj-total.xlsx'));
  wb.getWorksheet('公开03表')!.getCell('D12').note = USER_NOTE;
  wb.getWorksheet('公开03表')!.getCell('B5').note = EMPTY_CELL_NOTE;
  wb.getWorksheet('公开01表')!.getCell('F37').note = { texts: [{ font: { bold: true }, text: '李科长:' }, { text: '待确认' }] };
  input = path.join(tmp, 'notes.xlsx');
  await wb.xlsx.writeFile(input);
});

describe('the user’s notes', () => {
  it('a flagged cell’s note keeps the user’s text first, ours after it (was: replaced by ours)', async () => {
    const out = path.join(tmp, 'annotated.xlsx');
    await runCli(['check', input, '--out', out]);
    const wb = await workbookOf(out);
    const d12 = noteText(wb.getWorksheet('公开03表')!.getCell('D12').note);
    expect(d12.startsWith(`${USER_NOTE}\n\n【决算助手】`)).toBe(true);
    const f37 = wb.getWorksheet('公开01表')!.getCell('F37').note as { texts: { font?: { bold?: boolean }; text: string }[] };
    expect(f37.texts[0]).toMatchObject({ font: { bold: true }, text: '李科长:' });
    expect(noteText(f37).startsWith('李科长:待确认\n\n【决算助手】')).toBe(true);
  });

  it('a note on an empty cell is kept (was: dropped)', async () => {
    const out = path.join(tmp, 'annotated.xlsx');
    expect(await storedNotes(out)).toContain(`B5 ${EMPTY_CELL_NOTE}`);
  });

  it('a re-run over a corrected copy drops the old run’s notes, keeps the user’s once, and adds this run’s', async () => {
    const first = path.join(tmp, 'fixed.xlsx');
    await runCli(['check', input, '--out', first, '--fix', 'value']);
    const firstNotes = await storedNotes(first);
    expect(firstNotes.some((n) => n.startsWith('F19 【决算助手】已修正'))).toBe(true); // 公开01表 F19: not flagged once corrected
    const again = path.join(tmp, 'again.xlsx');
    const run = await runCli(['check', first, '--out', again, '--format', 'json']);
    expect(run.stderr).toBe(''); // our old sheet's links are replaced, no loss to report
    const flagged = new Set((JSON.parse(run.stdout).findings as { sheet: string; cell?: string }[]).map((f) => `${f.sheet}!${f.cell}`));
    const wb = await workbookOf(again);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = noteText(cell.note);
          if (!text.includes('【决算助手】')) return;
          expect(flagged.has(`${ws.name}!${cell.address}`)).toBe(true);
          expect(text).not.toContain('已修正'); // this run corrected nothing
        }),
      ),
    );
    const d12 = noteText(wb.getWorksheet('公开03表')!.getCell('D12').note);
    expect(d12.split(USER_NOTE)).toHaveLength(2);
    expect(await storedNotes(again)).toContain(`B5 ${EMPTY_CELL_NOTE}`);
  });
});

describe('a sheet of the user’s named 检查结果', () => {
  it('is kept as it was; ours is 检查结果（决算助手）, replaced (not added to) by a re-run', async () => {
    const wb = await workbookOf(fixturePath('inj-total.xlsx'));
    const own = wb.addWorksheet('检查结果');
    own.addRow(['审计局检查结果（2024-03-01）']);
    own.addRow(['问题1', '公开03表合计不符', '已整改']);
    const withOwn = path.join(tmp, 'own-sheet.xlsx');
    await wb.xlsx.writeFile(withOwn);
    const out = path.join(tmp, 'own-annotated.xlsx');
    await runCli(['check', withOwn, '--out', out]);
    const copy = await workbookOf(out);
    expect(copy.getWorksheet('检查结果')!.getRow(2).values).toEqual([undefined, '问题1', '公开03表合计不符', '已整改']);
    expect(copy.getWorksheet('检查结果（决算助手）')!.getRow(1).getCell(1).value).toBe('级别');
    const again = path.join(tmp, 'own-again.xlsx');
    await runCli(['check', out, '--out', again]);
    const names = (await workbookOf(again)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('检查结果'))).toEqual(['检查结果', '检查结果（决算助手）']);
  });
});
