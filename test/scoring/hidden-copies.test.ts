import { checkWorkbook } from '../../src/core/check';
import type { Workbook } from '../../src/core/model/workbook';
import { setCell } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

let sample: Workbook;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE_WORKBOOK);
});

/** The sample with a copy of its first project form on a sheet of its own. */
function withFormCopy(hidden: boolean, rename?: string): Workbook {
  const wb = structuredClone(sample);
  const copy = structuredClone(wb.sheets.find((s) => s.name === '项目支出绩效自评表1')!);
  copy.name = '项目支出绩效自评表1 (2)';
  copy.hidden = hidden;
  if (rename) {
    const r = copy.rows.findIndex((row) => row.some((c) => c?.value === '信访智能系统及政务热线专项经费'));
    const c = copy.rows[r].findIndex((cell) => cell?.value === '信访智能系统及政务热线专项经费');
    setCell(copy, r, c, { value: rename });
  }
  wb.sheets.push(copy);
  return wb;
}

const scored = (wb: Workbook) => checkWorkbook(wb).scores.map((s) => s.sheet);

describe('绩效自评 forms on hidden sheets', () => {
  it('a hidden copy of a visible form is left out: the project is scored once (was: twice)', () => {
    expect(scored(sample)).toHaveLength(4);
    expect(scored(withFormCopy(true))).toEqual(scored(sample));
  });

  it('a visible copy, and a hidden form of another project, are scored', () => {
    expect(scored(withFormCopy(false))).toContain('项目支出绩效自评表1 (2)');
    expect(scored(withFormCopy(true, '另一个项目专项经费'))).toContain('项目支出绩效自评表1 (2)');
  });
});
