import { type Finding, findingKey } from '../../findings/finding';
import { a1 } from '../../model/address';
import { schemaByNumber } from '../../tables/schema';
import type { TableId } from '../../tables/types';
import type { Rule } from '../types';
import { latestYear } from '../../reporting-units';

/**
 * The Yunnan set by year (REFERENCE §1.2): 公开01–06表 and the “三公” table every year; the 项目支出
 * table from 2022; the 一般公共预算“三公” table from 2023; the 国有资产 table in 2022 and 2023 only.
 * A set that prints no year is held to the tables of every year. 公开08/09表 are X-EMPTY's (it
 * knows whether they may be empty).
 */
const PACKAGE: { id: TableId; number: number; from?: number; until?: number }[] = [
  { id: 'T01', number: 1 }, { id: 'T02', number: 2 }, { id: 'T03', number: 3 }, { id: 'T04', number: 4 },
  { id: 'T05', number: 5 }, { id: 'T06', number: 6 }, { id: 'T07', number: 7, from: 2022 }, { id: 'T10', number: 10 },
  { id: 'T11', number: 11, from: 2023 }, { id: 'T12', number: 12, from: 2022, until: 2023 },
];

function expectedIn(year: number | undefined): typeof PACKAGE {
  return PACKAGE.filter((t) => (t.from === undefined && t.until === undefined) || (year !== undefined && year >= (t.from ?? 0) && year <= (t.until ?? Infinity)));
}

/** Fewer tables than this are a few tables being checked, not a package missing some. */
const PACKAGE_AT_LEAST = 6;

export const TABLE_SET: Rule = {
  id: 'TABLE-SET',
  title: '公开表是否齐全',
  description:
    '云南表式的一套部门决算公开表应列出该年度的全部表（没有数据的表也应列出空表并说明；2023 年度为公开01表至公开12表，其他年度按当年目录：项目支出表 2022 年起，一般公共预算“三公”表 2023 年起，国有资产表 2022、2023 年）。一套表已有 6 张以上而缺了其中几张时提示：缺表不合公开要求，涉及它们的表间核对也无法进行。表上未印年度时只查各年度都有的表；公开08/09表由 X-EMPTY 判断；其他地区的套表构成各不相同，不作此检查。',
  scope: 'cross',
  tables: [],
  source: 'REFERENCE §1.2（各年度目录）、§1.5（没有数据的表格应当列出空表并说明）',
  check(ctx) {
    const tables = ctx.tables;
    if (!tables.length || tables.some((t) => t.family !== 'yunnan')) return [];
    const present = new Set(tables.map((t) => t.id));
    if (present.size < PACKAGE_AT_LEAST) return [];
    const year = latestYear(tables);
    const missing = expectedIn(year).filter((t) => !present.has(t.id));
    if (!missing.length) return [];
    const first = ctx.table('T01') ?? tables[0];
    const cell = a1(first.top, first.left);
    // 公开编号 as seed 004 prints them (2023); other years number the tables in another order.
    const names = missing.map((t) => (year === 2023 ? `公开${String(t.number).padStart(2, '0')}表（${schemaByNumber(t.number)?.name ?? ''}）` : `“${schemaByNumber(t.number)?.name ?? t.id}”`));
    const finding: Finding = {
      rule: TABLE_SET.id,
      severity: 'warning',
      sheet: first.sheet,
      cell,
      related: [],
      expected: year ? `${year}年度云南表式的全部公开表` : '公开01表至公开06表、公开10表（各年度都有的表）',
      actual: `缺 ${missing.length} 张`,
      message: `本套公开表未找到${names.join('、')}：部门决算公开应列出全部表（没有数据的列空表并说明），涉及这些表的表间核对未能进行。若表在别的文件中，可一并检查。`,
      table: first.id,
      key: findingKey(TABLE_SET.id, first.sheet, cell, missing.map((t) => t.id).join(',')),
    };
    return [finding];
  },
};
