import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/findings/finding';
import { groupFindings } from '../../src/taskpane/model/group-findings';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

function finding(over: Partial<Finding>): Finding {
  return { rule: 'R', severity: 'error', sheet: 'S', cell: 'A1', related: [], message: 'm', key: Math.random().toString(36), ...over };
}

const tables = [
  { id: 'T03', label: '公开03表', title: '一般公共预算财政拨款支出决算表', sheet: 'a', range: 'A1:B2', family: 'yunnan' as const, unit: '万元' as const },
  { id: 'T01', label: '公开01表', title: '收入支出决算总表', sheet: 'b', range: 'A1:B2', family: 'yunnan' as const, unit: '万元' as const },
];

describe('groupFindings', () => {
  test('groups by table in workbook order, names groups by label and title, puts other scopes after and 其他 last', () => {
    const groups = groupFindings(
      [
        finding({ table: 'T01', severity: 'info', message: 'a' }),
        finding({ message: 'no table' }),
        finding({ table: '绩效自评', message: 'score' }),
        finding({ table: 'T03', message: 'c' }),
        finding({ table: 'T01', severity: 'error', message: 'b' }),
      ],
      tables,
    );
    expect(groups.map((g) => g.heading)).toEqual(['公开03表 一般公共预算财政拨款支出决算表', '公开01表 收入支出决算总表', '绩效自评', '其他']);
    // Errors first within a group.
    expect(groups[1].findings.map((f) => f.message)).toEqual(['b', 'a']);
  });

  test('every finding of the sample lands in exactly one group', async () => {
    const report = checkWorkbook(await readWorkbookFile(SAMPLE_WORKBOOK));
    const groups = groupFindings(report.findings, report.tables);
    expect(groups.flatMap((g) => g.findings).map((f) => f.key).sort()).toEqual(report.findings.map((f) => f.key).sort());
    for (const g of groups) if (g.id) expect(g.heading).toContain(report.tables.find((t) => t.id === g.id)?.label ?? g.id);
  });

  test('a table checked on its own (an older version beside 公开03表) gets its own group after its namesake, named as such', () => {
    const withStray = [...tables, { ...tables[0], sheet: '公开03表-修改前', stray: true as const }];
    const groups = groupFindings(
      [finding({ table: 'T03', sheet: 'a', message: 'set' }), finding({ table: 'T03', sheet: '公开03表-修改前', message: 'old' }), finding({ table: 'T01', sheet: 'b', message: 'one' })],
      withStray,
    );
    expect(groups.map((g) => [g.table, g.heading, g.findings.map((f) => f.message)])).toEqual([
      ['T03', '公开03表 一般公共预算财政拨款支出决算表', ['set']],
      ['T03', '公开03表 一般公共预算财政拨款支出决算表（“公开03表-修改前”：同编号表的副本、旧版本或空白模板，单独检查）', ['old']],
      ['T01', '公开01表 收入支出决算总表', ['one']],
    ]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(3);
  });
});
