import { checkWorkbook } from '../../src/core/check';
import { cellText } from '../../src/core/model/workbook';
import { ExcelSimulator, OFFICE_VERSIONS } from '../excel-sim';
import { fixture, open } from './helpers';

describe('Excel gateway: reading the workbook', () => {
  test('a full check of the sample workbook takes 3 syncs and finds the same as the CLI engine', async () => {
    const s = await open('SAMPLE');
    const progress: string[] = [];
    const result = await s.api.check({ onProgress: (step) => progress.push(step) });
    const direct = checkWorkbook(await fixture('SAMPLE'));
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(s.sim.syncCount).toBe(result.syncs);
    expect(result.report.tables.length).toBe(12);
    expect(result.report.tables.map((t) => t.id)).toEqual(direct.tables.map((t) => t.id));
    expect(result.report.findings.map((f) => f.key)).toEqual(direct.findings.map((f) => f.key));
    expect(result.marksMode).toBe('comments');
    expect(progress).toEqual(['读取工作表', '识别决算表', '核对勾稽关系', '写入批注', '完成']);
    s.uninstall();
  });

  test('the model read through Office.js equals the ExcelJS model cell by cell', async () => {
    const s = await open('SAMPLE');
    const viaOffice = await s.api.readWorkbookModel();
    const viaFile = await fixture('SAMPLE');
    expect(viaOffice.sheets.map((x) => x.name)).toEqual(viaFile.sheets.map((x) => x.name));
    for (const sheet of viaFile.sheets) {
      const mine = viaOffice.sheets.find((x) => x.name === sheet.name)!;
      sheet.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          expect([sheet.name, r, col, mine.rows[r]?.[col]?.value ?? null]).toEqual([sheet.name, r, col, c?.value ?? null]);
          expect(mine.rows[r]?.[col]?.numFmt).toBe(c?.numFmt && c.numFmt !== 'General' ? c.numFmt : undefined);
        }),
      );
      expect(mine.merges).toEqual(sheet.merges);
    }
    expect(s.sim.syncCount).toBe(2);
    s.uninstall();
  });

  test('reads formulas, error values and hidden sheets into the model', async () => {
    const wb = await fixture('SAMPLE');
    const sim = new ExcelSimulator(wb);
    sim.edit('公开03表', 40, 1, 3, '=1+2');
    sim.edit('公开03表', 41, 1, '#REF!');
    sim.state.sheets[1].visibility = 'Hidden';
    const s = await import('./helpers').then((h) => h.session(sim));
    const model = await s.api.readWorkbookModel();
    const t03 = model.sheets.find((x) => x.name === '公开03表')!;
    expect(t03.rows[40][1]).toEqual({ value: 3, formula: '1+2' });
    expect(t03.rows[41][1]).toEqual({ value: null, error: '#REF!' });
    expect(model.sheets[1].hidden).toBe(true);
    s.uninstall();
  });

  test('merged areas are read only where ExcelApi 1.13 exists; older Excel degrades without failing', async () => {
    const wb = structuredClone(await fixture('SAMPLE'));
    // Title row and a two-row header merged, as the 决算 software exports them.
    wb.sheets[2].merges = [
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 4, left: 0, bottom: 5, right: 2 },
    ];
    const { session } = await import('./helpers');
    const m365 = session(new ExcelSimulator(wb, { excelApi: OFFICE_VERSIONS.office2021 }));
    expect((await m365.api.capabilities()).mergedAreas).toBe(true);
    expect((await m365.api.readWorkbookModel()).sheets[2].merges).toEqual(wb.sheets[2].merges);
    m365.uninstall();
    const o2019 = session(new ExcelSimulator(wb, { excelApi: OFFICE_VERSIONS.office2019 }));
    const caps = await o2019.api.capabilities();
    expect(caps).toEqual({ apiVersion: '1.7', comments: false, resolveComments: false, visibleCells: false, mergedAreas: false, undoGroup: false });
    const model = await o2019.api.readWorkbookModel();
    expect(model.sheets[2].merges).toEqual([]);
    expect(cellText(model.sheets[2].rows[0]?.find(Boolean))).not.toBe('');
    o2019.uninstall();
  });

  test('a workbook above the payload budget is read in row blocks over several syncs, with the same result', async () => {
    const whole = await open('SAMPLE');
    const expected = await whole.api.readWorkbookModel();
    whole.uninstall();
    // 20 KB instead of 5 MB: the one-shot read is refused, the gateway splits.
    const s = await open('SAMPLE', { payloadLimit: 20_000 });
    const { createAddinApi } = await import('../../src/excel');
    const api = createAddinApi({ payloadLimit: 20_000 });
    const model = await api.readWorkbookModel();
    expect(s.sim.syncCount).toBeGreaterThan(4);
    expect(model).toEqual(expected);
    s.uninstall();
  });

  test('a 200 000-cell sheet of noise is read and checked within the same sync budget', async () => {
    const s = await open('robust-huge-noise.xlsx');
    const r = await s.api.check();
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.report.tables).toEqual([]);
    s.uninstall();
  });

  test('an empty workbook and a workbook without tables are checked without error', async () => {
    for (const file of ['robust-empty.xlsx', 'robust-notables.xlsx']) {
      const s = await open(file);
      const r = await s.api.check();
      expect(r.report.tables).toEqual([]);
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(s.sim.state.comments).toEqual([]);
      s.uninstall();
    }
  });
});
