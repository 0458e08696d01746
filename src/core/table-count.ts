import type { TableSummary } from './check';

/** '12 张决算表', or '12 张决算表（另有 1 张同编号表单独检查）' when copies, older versions or blank templates were read too. */
export function tableCount(tables: Pick<TableSummary, 'stray'>[]): string {
  const strays = tables.filter((t) => t.stray).length;
  return `${tables.length - strays} 张决算表${strays ? `（另有 ${strays} 张同编号表单独检查）` : ''}`;
}
