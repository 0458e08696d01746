/**
 * Each injected-error copy of the seed-004 sample must produce the findings its manifest lists,
 * at those cells with those severities — and no other error except ones pointing at a changed cell.
 */
import { checkWorkbook, type CheckReport } from '../../src/core/check';
import type { Finding } from '../../src/core/findings/finding';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { INJECTED } from '../fixtures/builders/injected';
import { fixturePath } from '../fixtures/registry';

const id = (f: Pick<Finding, 'rule' | 'sheet' | 'cell' | 'severity'>) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`;

let baseline: Set<string>;

beforeAll(async () => {
  const clean = checkWorkbook(await readWorkbookFile(fixturePath('seed004-clean.xlsx')));
  baseline = new Set(clean.findings.map(id));
});

function touches(f: Finding, changed: { sheet: string; cell: string }[]): boolean {
  return [{ sheet: f.sheet, cell: f.cell }, ...f.related].some((c) => changed.some((x) => x.sheet === c.sheet && x.cell === c.cell));
}

describe.each(INJECTED.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
  let report: CheckReport;
  beforeAll(async () => {
    report = checkWorkbook(await readWorkbookFile(fixturePath(fixture.file)));
  });

  it(`finds: ${fixture.description}`, () => {
    const found = report.findings.map(id);
    for (const e of fixture.manifest) expect(found).toContain(id(e));
  });

  it('raises no other error than ones about the changed cells', () => {
    const stray = report.findings.filter((f) => f.severity === 'error' && !baseline.has(id(f)) && !touches(f, fixture.changed));
    expect(stray.map((f) => `${id(f)}: ${f.message}`)).toEqual([]);
  });
});

it('the family covers every between-table, name and input rule', () => {
  const rules = new Set(INJECTED.flatMap((f) => f.manifest.map((m) => m.rule)));
  for (const r of ['X01', 'X02', 'X03', 'X04', 'X05', 'X06', 'X07', 'X08', 'X09', 'X10', 'X11', 'X12', 'X13', 'X14', 'X15', 'X-EMPTY', 'CODE-NAME', 'CLASS-NAME', 'NUM-PARSE', 'UNIT-MIX', 'HIDDEN-AMOUNT'])
    expect(rules).toContain(r);
});
