/** Seed 004 (曲靖市信访局 2023): three project forms and the unscored 部门整体 form, without error. */
import type { ScoreResult } from '../../src/core/scoring';
import { checkWorkbook } from '../../src/core/check';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { scoreFixture } from './load';

let r: ScoreResult;
beforeAll(async () => {
  r = await scoreFixture('selfeval-004-yunnan.xlsx');
});

test('suggests the Yunnan profile', () => {
  expect(r.profile).toMatchObject({ name: '云南', suggested: '云南' });
});

test('the three project forms and the department form give no finding at all', () => {
  expect(r.scores.map((s) => `${s.kind}:${s.project}`)).toEqual([
    'dept:曲靖市信访局',
    'project:信访智能系统及政务热线专项经费',
    'project:信访安全保障专项经费',
    'project:驻京驻省劝返工作补助经费',
  ]);
  expect(r.findings).toEqual([]);
});

test('each project: 100% executed, 10 points, 总分 100, 等级 优 as printed', () => {
  for (const s of r.scores.slice(1)) {
    expect(s).toMatchObject({
      execRate: { reported: 100, recomputed: 100 },
      execScore: { reported: 10, recomputed: 10 },
      total: { reported: 100, recomputed: 100 },
      grade: { reported: '优', recomputed: '优' },
      convention: 'separate',
      denominator: '全年预算数',
    });
    expect(s.cells.grade).toBeDefined();
  }
  // 年初 130.60 but 全年 130.47 = 执行 130.47: the rate is against 全年预算数.
  expect(r.scores[2].cells).toMatchObject({ execRate: 'G5', execScore: 'H5' });
});

test('the department form: 重点工作任务 1095.7 of 1,095.72 = 100%', () => {
  expect(r.scores[0].execRate).toEqual({ reported: 100, recomputed: 100 });
  expect(r.scores[0].total).toEqual({});
});

test('checkWorkbook on the bundled sample carries the scores and the profile, findings merged', async () => {
  const report = checkWorkbook(await readWorkbookFile(SAMPLE_WORKBOOK));
  expect(report.scoreProfile.name).toBe('云南');
  expect(report.scores).toHaveLength(4);
  expect(report.findings.filter((f) => f.table === '绩效自评表')).toEqual([]);
  const other = checkWorkbook(await readWorkbookFile(SAMPLE_WORKBOOK), { profile: '国家' });
  expect(other.scoreProfile).toMatchObject({ name: '国家', suggested: '云南' });
  expect(other.scores.every((s) => s.profile === '国家')).toBe(true);
});
