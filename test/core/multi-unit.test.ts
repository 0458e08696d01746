import ExcelJS from 'exceljs';
import { buildLargeWorkbook } from '../../bench/large-workbook';
import { readWorkbookBuffer } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';

/** A finance bureau's batch workbook: three units, one sheet each, all twelve tables stacked. */
async function batch(edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = buildLargeWorkbook(3);
  edit?.(wb);
  return readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'batch.xlsx');
}

function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let hit: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => {
    if (!hit && c.value === text) hit = c;
  }));
  if (!hit) throw new Error(`${text} not found on ${ws.name}`);
  return hit;
}

describe('several units in one workbook', () => {
  it('recognises every unit’s twelve tables and reports each unit’s findings on its own sheet', async () => {
    const report = checkWorkbook(await batch());
    expect(report.tables).toHaveLength(36);
    const perSheet = (sheet: string) => report.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule}|${f.cell}|${f.severity}`).sort();
    // Identical units: identical findings, none leaking across units.
    expect(perSheet('单位002')).toEqual(perSheet('单位001'));
    expect(perSheet('单位003')).toEqual(perSheet('单位001'));
  });

  it('a broken total in unit 2 is found on unit 2 only', async () => {
    const id = (f: { rule: string; sheet: string; cell: string; severity: string }) => `${f.rule}|${f.sheet}|${f.cell}|${f.severity}`;
    const baseline = new Set(checkWorkbook(await batch()).findings.map(id));
    let target = '';
    const report = checkWorkbook(
      await batch((wb) => {
        const ws = wb.getWorksheet('单位002')!;
        // 公开01表 本年收入合计 (r27): the amount two cells right of the label.
        const label = findCell(ws, '本年收入合计');
        const cell = ws.getCell(Number(label.row), Number(label.col) + 2);
        cell.value = 1195.72;
        target = cell.address;
      }),
    );
    // Seed 004 carries its own findings in every unit; only the new ones come from the edit.
    const errors = report.findings.filter((f) => f.severity === 'error' && !baseline.has(id(f)));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.sheet === '单位002')).toBe(true);
    expect(errors.map((f) => f.cell)).toContain(target);
  });
});
