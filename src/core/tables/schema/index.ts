import { normalized as normalizeLabel } from '../../classification/normalized';
import type { TableId } from '../types';
import type { TableSchema, TitleVariant } from './types';
import { T01 } from './t01';
import { T02 } from './t02';
import { T03 } from './t03';
import { T04 } from './t04';
import { T05 } from './t05';
import { T06 } from './t06';
import { T07 } from './t07';
import { T08 } from './t08';
import { T08B } from './t08b';
import { T09 } from './t09';
import { T10 } from './t10';
import { T11 } from './t11';
import { T12 } from './t12';

export type { TableSchema, TitleVariant, ColumnSpec, RowSpec, TableKind } from './types';

export const SCHEMAS: readonly TableSchema[] = [T01, T02, T03, T04, T05, T06, T07, T08, T08B, T09, T10, T11, T12];

const BY_ID = new Map(SCHEMAS.map((s) => [s.id, s]));

export function schemaOf(id: TableId): TableSchema {
  return BY_ID.get(id)!;
}

/** Yunnan 2023 numbering 公开01…公开12 → id (used when a table shows a number but no known title). */
export function schemaByNumber(n: number): TableSchema | undefined {
  return SCHEMAS.find((s) => s.number === n);
}

interface TitleEntry {
  key: string;
  schema: TableSchema;
  variant: TitleVariant;
}

/** Longest titles first: 一般公共预算财政拨款收入支出决算表 must win over 收入支出决算表. */
const TITLES: TitleEntry[] = SCHEMAS.flatMap((schema) =>
  schema.titles.map((variant) => ({ key: titleKey(variant.text), schema, variant })),
).sort((a, b) => b.key.length - a.key.length);

/** Title comparison key: normalised, quotes and brackets dropped. */
export function titleKey(text: string): string {
  return normalizeLabel(text).replace(/["()（）【】\[\]]/g, '');
}

/** What may stand before a known title: department, year, 部门/单位 words — not another fund word. */
const BAD_PREFIX_END = /(预算|拨款|财政|经费|收入|支出|基本|项目|明细|、|和|及|与)$/;

/** '一、' '1.' '(三)' '第三部分' before a name: a line of a table of contents or of the 说明, not a title. */
const LIST_NUMBER = /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|第[一二三四五六七八九十\d]+部分)/;

export function isListLine(text: string): boolean {
  return LIST_NUMBER.test(normalizeLabel(text).replace(/（/g, '(').replace(/）/g, ')'));
}

export interface TitleMatch {
  schema: TableSchema;
  variant: TitleVariant;
  /** Text before the known title (department and year): '曲靖市信访局2023年度'. */
  prefix: string;
}

/**
 * Matches a title cell: the text must end with a known title (after an optional
 * 公开编号 or (续) being removed by the caller), preceded by nothing or a department/year prefix.
 */
export function matchTitle(text: string): TitleMatch | undefined {
  if (isListLine(text)) return undefined;
  const key = titleKey(text);
  if (key.length > 80) return undefined;
  for (const e of TITLES) {
    if (!key.endsWith(e.key)) continue;
    const prefix = key.slice(0, key.length - e.key.length);
    if (prefix && BAD_PREFIX_END.test(prefix)) continue;
    return { schema: e.schema, variant: e.variant, prefix };
  }
  return undefined;
}
