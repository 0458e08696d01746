/**
 * Seed 004's twelve tables as officers retype, reformat and rearrange them: each edit below changes
 * how the tables look, not what they say, so the checker must give the clean tables' verdict (the
 * same tables, findings and messages). Page breaks, wrapped names, '201 codes, 合计： and 部门 with
 * 单位 in one cell have tests of their own (page-break, wrapped-names, recognize-edge).
 */
import { sheetFromValues, type CellValue, type Workbook } from '../../src/core/model/workbook';
import { checkWorkbook } from '../../src/core/check';
import { type SeedTable, seed004Tables } from '../fixtures/seed004-tables';

type Rows = string[][];
type Edit = (t: SeedTable) => Rows;

const isAmount = (s: string) => /^-?[\d,]+(\.\d+)?$/.test(s);
const hasChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s);
/** A data row: an amount and a name, not the 栏次 or 类|款|项 line. */
const isDataRow = (r: string[]) => r.some(isAmount) && r.some(hasChinese) && !r.includes('栏次') && !r.includes('类');
/** Index of the first data row (the header band and title lines are above it). */
const firstDataRow = (rows: Rows) => rows.findIndex((r) => isDataRow(r) || (r.includes('合计') && r.some(isAmount)));
/** Seed tables print their header band from row 7 (title, 公开编号, 单位 and 部门 lines above). */
const HEADER_TOP = 7;
const widthOf = (rows: Rows) => Math.max(...rows.map((r) => r.length));
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const padded = (r: string[], width: number) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')];

const EDITS: [string, Edit][] = [
  ['names indented with full-width spaces', (t) => t.rows.map((r, i) => (i >= firstDataRow(t.rows) ? r.map((c) => (/^[\u4e00-\u9fa5（）]+$/.test(c) && c !== '合计' ? `　　${c}` : c)) : r))],
  ['header texts over two lines of their cells', (t) => t.rows.map((r, i) => (i >= HEADER_TOP && i < firstDataRow(t.rows) ? r.map((c) => (c.length >= 4 && !/\d/.test(c) ? `${c.slice(0, 2)}\n${c.slice(2)}` : c)) : r))],
  ['a 序号 column on the left', (t) => {
    let n = 0;
    return t.rows.map((r, i) => [i === HEADER_TOP ? '序号' : isDataRow(r) ? String(++n) : '', ...r]);
  }],
  ['an empty column after the first', (t) => t.rows.map((r) => [...r.slice(0, 1), '', ...r.slice(1)])],
  ['a 备注 column on the right', (t) => {
    const w = widthOf(t.rows);
    return t.rows.map((r, i) => (i === HEADER_TOP ? [...padded(r, w), '备注'] : isDataRow(r) ? [...padded(r, w), '无'] : r));
  }],
  ['amounts typed with a trailing space', (t) => t.rows.map((r) => r.map((c) => (isAmount(c) ? `${c} ` : c)))],
  ['公开03表 with 基本支出 and 项目支出 swapped, 栏次 numbers and all', (t) => {
    if (t.number !== '公开03表') return t.rows;
    return t.rows.map((r) => (r.length > 5 ? [...r.slice(0, 4), r[5], r[4], ...r.slice(6)] : r));
  }],
  ['the 合计 row at the bottom of 公开02/03/05表', (t) => {
    if (!['公开02表', '公开03表', '公开05表'].includes(t.number)) return t.rows;
    const at = t.rows.findIndex((r) => r.includes('合计') && r.some(isAmount));
    const rest = [...t.rows.slice(0, at), ...t.rows.slice(at + 1)];
    const last = rest.reduce((m, r, j) => (r.some(isAmount) ? j : m), -1);
    return [...rest.slice(0, last + 1), t.rows[at], ...rest.slice(last + 1)];
  }],
  ['a blank row after every fifth data row', (t) => {
    let n = 0;
    return t.rows.flatMap((r) => (isDataRow(r) && ++n % 5 === 0 ? [r, []] : [r]));
  }],
  ['合  计 and 总 计 spaced out', (t) => t.rows.map((r) => r.map((c) => (c === '合计' ? '合  计' : c === '总计' ? '总 计' : c)))],
  ['单位:万元 with an ASCII colon', (t) => t.rows.map((r) => r.map((c) => c.replace('金额单位：万元', '单位:万元')))],
  ['code and name in one cell in 公开02/03表', (t) => (['公开02表', '公开03表'].includes(t.number) ? t.rows.map((r) => (/^\d{3,7}$/.test(r[0] ?? '') && r[2] ? [`${r[0]} ${r[2]}`, r[1], '', ...r.slice(3)] : r)) : t.rows)],
  ['科目编码 typed in full-width digits (Chinese IME)', (t) => t.rows.map((r) => r.map((c) => (/^\d{3,7}$/.test(c) ? fullWidth(c) : c)))],
  ['full-width code and name in one cell in 公开02/03表', (t) =>
    (['公开02表', '公开03表'].includes(t.number) ? t.rows.map((r) => (/^\d{3,7}$/.test(r[0] ?? '') && r[2] ? [`${fullWidth(r[0])}　${r[2]}`, r[1], '', ...r.slice(3)] : r)) : t.rows)],
  ['科目编码 in brackets ([201], as some systems print them)', (t) => t.rows.map((r) => r.map((c) => (/^\d{3,7}$/.test(c) ? `[${c}]` : c)))],
  ['code glued to its name in one cell in 公开02/03表', (t) =>
    (['公开02表', '公开03表'].includes(t.number) ? t.rows.map((r) => (/^\d{3,7}$/.test(r[0] ?? '') && r[2] ? [`${r[0]}${r[2]}`, r[1], '', ...r.slice(3)] : r)) : t.rows)],
  ['公开编号 at the right end of the title row', (t) => {
    const at = t.rows.findIndex((r) => /^公开\s*\d+表$/.test(r[0] ?? ''));
    if (at < 0) return t.rows;
    const rows = t.rows.map((r) => [...r]);
    rows[0] = [rows[0][0], '', '', '', t.rows[at][0]];
    rows[at] = [];
    return rows;
  }],
  ['金额单位 at the right end of the row above the header', (t) => {
    const at = t.rows.findIndex((r) => /金额单位/.test(r[0] ?? ''));
    if (at < 0) return t.rows;
    const rows = t.rows.map((r) => [...r]);
    rows[HEADER_TOP - 1] = [...Array<string>(widthOf(t.rows) - 1).fill(''), t.rows[at][0]];
    rows[at] = [];
    return rows;
  }],
  ['（万元） after the 合计 headers', (t) => t.rows.map((r, i) => (i >= HEADER_TOP && i < firstDataRow(t.rows) ? r.map((c) => (c.endsWith('合计') ? `${c}（万元）` : c)) : r))],
];

function workbook(edit: Edit): Workbook {
  const toCell = (s: string): CellValue => (s === '' ? null : isAmount(s.trim()) && !s.endsWith(' ') ? Number(s.replace(/,/g, '')) : s);
  return { sheets: seed004Tables().map((t) => sheetFromValues(t.number, edit(t).map((r) => r.map(toCell)))) };
}

function verdict(wb: Workbook): { tables: string[]; unrecognized: number; findings: string[] } {
  const r = checkWorkbook(wb);
  return {
    tables: r.tables.map((t) => t.id).sort(),
    unrecognized: r.unrecognized.length,
    findings: r.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).sort(),
  };
}

describe('seed 004 retyped and rearranged as officers do: the clean verdict', () => {
  const clean = verdict(workbook((t) => t.rows));

  it('the clean tables: twelve tables and seed 004’s own findings', () => {
    expect(clean.tables).toHaveLength(12);
    expect(clean.findings.length).toBeGreaterThan(10);
  });

  it.each(EDITS)('%s', (_what, edit) => {
    expect(verdict(workbook(edit))).toEqual(clean);
  });
});
