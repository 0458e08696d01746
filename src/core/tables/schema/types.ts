import type { TableFamily, TableId } from '../types';

/**
 * How a table is laid out:
 * - classified: rows are 功能分类 合计/类/款/项 with code columns left (T02, T03, T05, T08, T09);
 * - two-sided: 收入 panel left, 支出 panel right, fixed rows + 功能分类 类 rows (T01, T04);
 * - fixed: one label column, fixed rows with 行次 (T10, T11, T12);
 * - econ-panels: 经济分类 科目编码|科目名称|金额 repeated side by side (T06, T07).
 */
export type TableKind = 'classified' | 'two-sided' | 'fixed' | 'econ-panels';

export interface TitleVariant {
  /** Title as printed, compared after normalisation (spaces, full-width, quotes). */
  text: string;
  /** Table sets that print this title. */
  families: TableFamily[];
  /** Only these column keys exist in this variant (e.g. the central 一般公共预算财政拨款支出决算表). */
  columns?: string[];
}

export interface ColumnSpec {
  key: string;
  /** The template's header path for the column, used when the printed header does not fit its 栏次. */
  name: string;
  /** 栏次 in the Yunnan template; used when the 栏次 row is printed and the family is Yunnan. */
  colNo?: number;
  /** Side of a two-sided table: 0 收入, 1 支出. */
  panel?: number;
  /** Matched against the column's normalised header path, rows joined by '/': '本年支出/基本支出/小计'. */
  header: RegExp;
}

export interface RowSpec {
  key: string;
  /** Matched against the label without numbering prefixes (一、（一）1.) and without 其中：. */
  label: RegExp;
  /** 行次 in the Yunnan template. */
  lineNo?: number;
  panel?: number;
  /** The row only exists below the row with this key (r29 一般公共预算财政拨款 under 年初…). */
  after?: string;
  /** The Yunnan template may leave the label blank (公开04 r61–r63): match by 行次 alone. */
  blankByLineNo?: boolean;
}

export interface TableSchema {
  id: TableId;
  /** Generic Chinese name, for messages when no title was found. */
  name: string;
  kind: TableKind;
  /** 公开编号 in the Yunnan 2023 set (none for tables of other sets only). */
  number?: number;
  titles: TitleVariant[];
  columns: ColumnSpec[];
  rows?: RowSpec[];
  /** Two-sided tables: the panel whose unlabelled rows are 功能分类 类 (key 'exp.class'). */
  classPanel?: number;
}
