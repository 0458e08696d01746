import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/findings/finding';
import { ExcelSimulator, OFFICE_VERSIONS } from '../excel-sim';
import { SimError } from '../excel-sim/errors';
import { fixture, open, session } from './helpers';

const FILE = 'inj-hidden.xlsx';
const hiddenFindings = (findings: Finding[]) => findings.filter((f) => f.rule === 'HIDDEN-AMOUNT').map((f) => `${f.sheet}!${f.cell}`);
const otherKeys = (findings: Finding[]) => findings.filter((f) => f.rule !== 'HIDDEN-AMOUNT').map((f) => f.key);

describe('Excel gateway: hidden rows and columns', () => {
  test('are read from the visible cells in the same sync as the values: 3 syncs, the same findings as the CLI', async () => {
    const s = await open(FILE);
    const result = await s.api.check();
    const direct = checkWorkbook(await fixture(FILE));
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(hiddenFindings(result.report.findings)).toEqual(['公开03表!D16', '公开03表!F12']);
    expect(result.report.findings.map((f) => f.key)).toEqual(direct.findings.map((f) => f.key));
    s.uninstall();
  });

  test('a row an AutoFilter hides: the AutoFilter is read in the same sync (3 in all), the finding worded as the CLI words it', async () => {
    const s = await open('inj-filtered.xlsx');
    const result = await s.api.check();
    const file = await fixture('inj-filtered.xlsx');
    const direct = checkWorkbook(file);
    expect(result.syncs).toBeLessThanOrEqual(3);
    const worded = (fs: Finding[]) => fs.filter((f) => f.rule === 'HIDDEN-AMOUNT').map((f) => `${f.sheet}!${f.cell} ${f.message}`);
    expect(worded(result.report.findings)).toEqual(worded(direct.findings));
    expect(worded(result.report.findings)[0]).toContain('被筛选隐藏');
    const filterOf = (w: typeof file) => w.sheets.find((x) => x.name === '公开03表')!.autoFilter;
    expect(filterOf(await s.api.readWorkbookModel())).toEqual(filterOf(file));
    expect(filterOf(file)).toBeDefined();
    s.uninstall();
  });

  test('the model holds the hidden lines the file holds, inside each used range', async () => {
    const s = await open(FILE);
    const viaOffice = await s.api.readWorkbookModel();
    const viaFile = await fixture(FILE);
    const lines = (w: typeof viaFile) => w.sheets.map((x) => [x.name, x.hiddenRows ?? [], x.hiddenCols ?? []]);
    expect(lines(viaOffice)).toEqual(lines(viaFile));
    expect(viaOffice.sheets.find((x) => x.name === '公开03表')!.hiddenRows).toEqual([15]);
    s.uninstall();
  });

  test('Excel before ExcelApi 1.9 cannot tell hidden rows and columns: those go unreported, everything else as the CLI finds it', async () => {
    const s = await open(FILE, { excelApi: OFFICE_VERSIONS.office2019 });
    const result = await s.api.check();
    const direct = checkWorkbook(await fixture(FILE));
    expect(hiddenFindings(result.report.findings)).toEqual([]);
    expect(otherKeys(result.report.findings)).toEqual(otherKeys(direct.findings));
    s.uninstall();
  });

  test('when Excel refuses the visible cells, the sheets are read again without them: one more sync, no failure', async () => {
    const sim = new ExcelSimulator(await fixture(FILE));
    sim.failOn = (what) => (what === 'Range.getSpecialCellsOrNullObject' ? new SimError('GeneralException', 'An internal error has occurred.') : undefined);
    const s = session(sim);
    const result = await s.api.check();
    const direct = checkWorkbook(await fixture(FILE));
    expect(result.syncs).toBe(4);
    expect(hiddenFindings(result.report.findings)).toEqual([]);
    expect(otherKeys(result.report.findings)).toEqual(otherKeys(direct.findings));
    s.uninstall();
  });
});
