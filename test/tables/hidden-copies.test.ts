import { checkWorkbook } from '../../src/core/check';
import { type Sheet, type Workbook, setCell } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';
import { formatReportText } from '../../src/cli/format-text';

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

/** The sample with a copy of one of its sheets inserted after sheet `at`: 合计 of 本年支出合计 (D12) changed, as an older draft would differ. */
function withCopy(of: string, name: string, opts: { hidden: boolean; at?: number; edit?: (s: Sheet) => void }): Workbook {
  const wb = structuredClone(sample);
  const copy = structuredClone(wb.sheets.find((s) => s.name === of)!);
  copy.name = name;
  copy.hidden = opts.hidden;
  setCell(copy, 11, 3, { value: 1000.5 });
  opts.edit?.(copy);
  wb.sheets.splice(opts.at ?? wb.sheets.length, 0, copy);
  return wb;
}

const keys = (wb: Workbook) => checkWorkbook(wb).findings.map((f) => f.key);
const tablesOn = (wb: Workbook) => checkWorkbook(wb).tables.map((t) => `${t.id}@${t.sheet}`);

describe('a hidden copy of a table of the visible set', () => {
  it('is set aside, listed as not checked: the set stays one, nothing is paired with it (was: X01 against it, TABLE-SET, its errors)', () => {
    const wb = withCopy('公开03表', '公开03表 (2)', { hidden: true, at: 2 });
    const report = checkWorkbook(wb);
    expect(report.findings.map((f) => f.key)).toEqual(keys(sample));
    expect(report.tables.map((t) => t.sheet)).not.toContain('公开03表 (2)');
    expect(report.tables).toHaveLength(12);
    const note = report.unrecognized.find((u) => u.sheet === '公开03表 (2)');
    expect(note?.reason).toContain('与可见工作表“公开03表”中的重复，视为备份副本，未检查');
    expect(note?.setAside).toBe(true);
  });

  it('a visible copy is still checked like any table (its 合计 error is reported)', () => {
    const report = checkWorkbook(withCopy('公开03表', '公开03表 (2)', { hidden: false }));
    expect(report.findings.some((f) => f.sheet === '公开03表 (2)' && f.rule === 'T03-1' && f.severity === 'error')).toBe(true);
  });

  it('a hidden sheet holding a table the visible sheets do not have is checked, and said not to print', () => {
    const wb = structuredClone(sample);
    wb.sheets.find((s) => s.name === '公开08表')!.hidden = true;
    expect(tablesOn(wb)).toEqual(tablesOn(sample));
    const findings = checkWorkbook(wb).findings;
    expect(findings.filter((f) => f.rule !== 'HIDDEN-AMOUNT').map((f) => f.key)).toEqual(keys(sample));
    expect(findings.filter((f) => f.rule === 'HIDDEN-AMOUNT').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['公开08表!A1']);
  });

  it('last year’s copy, marked by its sheet name or printing another year, stays last year’s table', () => {
    const marked = withCopy('公开03表', '上年公开03表', { hidden: true });
    expect(tablesOn(marked)).toContain('T03@上年公开03表');
    const dated = withCopy('公开03表', '公开03表 2022', {
      hidden: true,
      edit: (s) => setCell(s, 0, 0, { value: '2022年度支出决算表' }),
    });
    expect(tablesOn(dated)).toContain('T03@公开03表 2022');
  });

  it('in a workbook of several visible sets (a batch), hidden tables are kept', () => {
    const wb = structuredClone(sample);
    const second = sample.sheets.filter((s) => /^公开\d\d表$/.test(s.name)).map((s) => ({ ...structuredClone(s), name: `乙单位${s.name}` }));
    wb.sheets.push(...second);
    const hidden = wb.sheets.find((s) => s.name === '乙单位公开05表')!;
    hidden.hidden = true;
    expect(tablesOn(wb)).toContain('T05@乙单位公开05表');
  });
});

describe('a visible copy of a sheet (“公开03表 (2)”) next to its original', () => {
  it('is checked on its own; the set keeps every cross-table check and names no table as missing (was: TABLE-SET, X rules of 公开04–12表 lost)', () => {
    const wb = structuredClone(sample);
    const copy = structuredClone(wb.sheets.find((s) => s.name === '公开03表')!);
    copy.name = '公开03表 (2)';
    wb.sheets.splice(3, 0, copy);
    const report = checkWorkbook(wb);
    const own = report.findings.filter((f) => f.sheet !== '公开03表 (2)').map((f) => f.key);
    expect(own).toEqual(keys(sample));
    // Its own sums are judged like the original's.
    const copyRules = report.findings.filter((f) => f.sheet === '公开03表 (2)').map((f) => `${f.rule} ${f.cell}`);
    const originalRules = checkWorkbook(sample).findings.filter((f) => f.sheet === '公开03表' && f.rule.startsWith('T03')).map((f) => `${f.rule} ${f.cell}`);
    expect(copyRules.sort()).toEqual(originalRules.sort());
  });
});

describe('an older version of a sheet kept visible under a marked name', () => {
  /** The sample with a version of 公开03表 (its 合计 D12 changed) inserted before or after the original. */
  function withVersion(name: string, at: number, renameOriginal?: string): Workbook {
    const wb = withCopy('公开03表', name, { hidden: false, at });
    if (renameOriginal) wb.sheets.find((s) => s.name === '公开03表')!.name = renameOriginal;
    return wb;
  }
  const setFindings = (wb: Workbook, stray: string) => checkWorkbook(wb).findings.filter((f) => f.sheet !== stray);

  it.each([
    ['公开03表-修改前', 3],
    ['公开03表（旧）', 2],
    ['备份公开03表', 3],
  ])('“%s” is checked on its own and the set keeps every check (was: TABLE-SET, X rules against the old draft)', (name, at) => {
    const wb = withVersion(name, at);
    expect(setFindings(wb, name).map((f) => f.key)).toEqual(keys(sample));
    // Listed as checked on its own (in the JSON, and in the CLI's list of tables); the set's tables are not.
    const report = checkWorkbook(wb);
    expect(report.tables.filter((t) => t.stray).map((t) => t.sheet)).toEqual([name]);
    const text = formatReportText(report, 'x.xlsx');
    expect(text).toContain('识别到 12 张决算表（另有 1 张同编号表单独检查）：');
    const listed = text.split('\n').filter((l) => l.includes('单独检查') && !l.startsWith('识别到'));
    expect(listed).toEqual([expect.stringContaining(`${name}!A1:I36，单位：万元；同编号表的副本、旧版本或空白模板，单独检查`)]);
    expect(checkWorkbook(wb).findings.some((f) => f.sheet === name && f.rule === 'T03-1' && f.severity === 'error')).toBe(true);
  });

  it('beside “公开03表（修改后）” the unmarked sheet is the older one: the set reads the newer', () => {
    // The original renamed 修改后 and the changed copy left as 公开03表: that copy is the stray.
    const wb = withVersion('公开03表', 3, '公开03表（修改后）');
    const report = checkWorkbook(wb);
    expect(report.findings.filter((f) => f.sheet !== '公开03表').map((f) => f.key.replace('公开03表（修改后）', '公开03表'))).toEqual(keys(sample));
  });
});

describe('a blank template of a table left among the filled ones', () => {
  it('is read on its own: the set keeps every cross-table check and names no table as missing (was: TABLE-SET)', () => {
    const wb = structuredClone(sample);
    const blank = structuredClone(wb.sheets.find((s) => s.name === '公开03表')!);
    blank.name = '空白模板';
    // Amount columns (D on) emptied, labels and codes kept.
    for (const row of blank.rows) for (let c = 3; c < row.length; c++) if (typeof row[c]?.value === 'number' || /^[\d,.]+$/.test(String(row[c]?.value ?? ''))) row[c] = undefined;
    expect(blank.rows.some((row) => row.some((c) => typeof c?.value === 'number' && c.value > 1))).toBe(false);
    // After 公开03表, and before it (was: 公开01/02表 paired with the blank table, X01 errors).
    for (const at of [3, 2]) {
      const wb2 = structuredClone(wb);
      wb2.sheets.splice(at, 0, blank);
      const report = checkWorkbook(wb2);
      expect(report.tables.find((t) => t.sheet === '空白模板')?.id).toBe('T03');
      expect(report.findings.map((f) => f.key)).toEqual(keys(sample));
    }
  });
});
