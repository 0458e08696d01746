import type { CellRef } from '../model/workbook';

/**
 * Logical table ids, named by meaning after the Yunnan 公开01…12 numbering. Tables of the other
 * families (central/Shanghai 9 tables, Beijing, Sichuan) map onto the id of the same meaning,
 * with only the columns and rows they really have.
 */
/** T01…T12: 公开01表…公开12表 (Yunnan 2023 numbering); T08B: Beijing's 政府性基金预算财政拨款基本支出决算表. */
export type TableId = 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T08B' | 'T09' | 'T10' | 'T11' | 'T12';

export type TableFamily = 'yunnan' | 'central' | 'beijing' | 'sichuan';

export type Unit = '万元' | '元';

export interface TableColumn {
  /** Semantic key from the schema, e.g. 'total', 'basic', 'exp.personnel' (see schema files). */
  key: string;
  /**
   * Header text as found, multi-row headers joined with '/'. When a column is placed by its 栏次 and the
   * printed header does not fit it (a shifted export), the template's header path instead.
   */
  header: string;
  /** Sheet column index (0-based). */
  col: number;
  /** 栏次 number where printed. */
  colNo?: number;
  /** Side or panel for two-sided (T01, T04) and panelled (T06, T07) tables. */
  panel?: number;
}

export type RowLevel = 'total' | 'class' | 'kuan' | 'xiang';

/**
 * A logical row. `cells` maps column keys to the cells holding that row's amounts; for a
 * horizontal layout (central 三公 table) the cells of one logical row may sit anywhere.
 */
export interface TableRow {
  /** Sheet row index of the row's label (0-based). */
  row: number;
  /** Semantic key for fixed-row tables (T01 'inc.total', T10 'sg.total', …). */
  key?: string;
  /** 行次 where printed. */
  lineNo?: number;
  /** 科目编码 digits: 功能分类 3/5/7, 经济分类 3/5. For T01/T04 class rows, derived from the name. */
  code?: string;
  /** 科目名称 / 项目 as printed. */
  name: string;
  /** Cell that holds the name (for name rules and messages). */
  nameCell?: CellRef;
  level?: RowLevel;
  panel?: number;
  /** The label heads a column, not a row (the horizontal 三公 layout): messages call it a 栏. */
  across?: true;
  cells: Record<string, CellRef>;
}

export interface RecognizedTable {
  id: TableId;
  family: TableFamily;
  /** How messages name the table: '公开03表' or the title for families without numbers. */
  label: string;
  title: string;
  sheet: string;
  /** A1 range of the whole table including title and notes (of its first part when continued on another sheet). */
  range: string;
  /** Where the parts of a table continued on other sheets under “（续）” lie, the first part first. */
  continuedOn?: { sheet: string; range: string }[];
  top: number;
  left: number;
  bottom: number;
  right: number;
  unit: Unit;
  /** No 金额单位 printed: read as 万元. */
  unitAssumed?: true;
  /** 部门 / 单位 named above the table. */
  department?: string;
  /** Fiscal year when printed in the title or notes. */
  year?: number;
  /** Its sheet's name marks it as last year's copy ('上年公开01表'), whether or not it prints a year. */
  lastYear?: true;
  columns: TableColumn[];
  rows: TableRow[];
  /** Text lines under or beside the table: 注, 说明 (空表 statement), … */
  notes: string[];
  /** No non-zero amount in any data row. */
  empty: boolean;
}

/** A sheet region that looks like a 决算 table but could not be recognised. */
export interface UnrecognizedTable {
  sheet: string;
  range?: string;
  title?: string;
  reason: string;
  /** Read, but left out on purpose (a hidden copy of a visible table): not a failure to recognise. */
  setAside?: true;
}

export interface Recognition {
  tables: RecognizedTable[];
  unrecognized: UnrecognizedTable[];
  /** Family chosen for the workbook as a whole. */
  family?: TableFamily;
}
