import type ExcelJS from 'exceljs';

interface FormulaCellValue {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
}

function formulaValue(cell: ExcelJS.Cell): FormulaCellValue | undefined {
  const v = cell.value as unknown;
  return v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) ? (v as FormulaCellValue) : undefined;
}

/**
 * Turns the shared-formula group `cell` belongs to (as its master or a clone) into ordinary formulas, one a
 * cell, each clone keeping its own translated formula and cached result. A write into a shared group
 * otherwise either makes every clone a copy of what was written (a new master) or, the master gone,
 * makes ExcelJS refuse to write the file at all.
 */
export function unshareFormulaGroup(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const own = formulaValue(cell);
  if (!own) return;
  const masterAddress = own.sharedFormula ?? (own.shareType === 'shared' ? cell.address : undefined);
  if (!masterAddress) return;
  // Every clone's formula read before the master changes: ExcelJS translates it from the master's.
  const clones: { cell: ExcelJS.Cell; formula: string; result: unknown }[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const v = formulaValue(c);
      if (v?.sharedFormula === masterAddress) clones.push({ cell: c, formula: c.formula, result: v.result });
    }),
  );
  const master = ws.getCell(masterAddress);
  const m = formulaValue(master);
  if (m?.formula) master.value = { formula: m.formula, result: m.result } as ExcelJS.CellValue;
  for (const c of clones) c.cell.value = { formula: c.formula, result: c.result } as ExcelJS.CellValue;
}
