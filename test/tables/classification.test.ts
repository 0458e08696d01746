import {
  ECONOMIC_ITEMS,
  FUNCTIONAL_CLASSES,
  economicName,
  economicNameMatches,
  functionalClassByName,
  functionalName,
  functionalNameInfo,
  sameFunctionalClass,
} from '../../src/core/classification';
import { seed004Tables } from '../fixtures/seed004-tables';

describe('classification dictionary', () => {
  it('功能分类 类: code ↔ name, tolerant of numbering, spaces and full-width brackets', () => {
    expect(functionalClassByName('卫生健康支出')?.code).toBe('210');
    expect(functionalClassByName('九、卫生健康支出')?.code).toBe('210');
    expect(functionalClassByName(' 二十六、抗疫特别国债安排的支出 ')?.code).toBe('234');
    expect(functionalClassByName('卫生健康')).toBeUndefined();
    expect(functionalName('207')).toBe('文化旅游体育与传媒支出');
    expect(functionalName('218')).toBeUndefined();
  });

  it('old names map to the current class with the year of the change', () => {
    expect(functionalClassByName('医疗卫生与计划生育支出')?.code).toBe('210');
    expect(functionalNameInfo('文化体育与传媒支出')).toEqual(
      expect.objectContaining({ status: 'former', current: '文化旅游体育与传媒支出', until: 2019 }),
    );
    expect(functionalNameInfo('资源勘探信息等支出')).toMatchObject({ status: 'former', current: '资源勘探工业信息等支出' });
    expect(functionalNameInfo('国土海洋气象等支出')).toMatchObject({ status: 'former', current: '自然资源海洋气象等支出' });
    expect(functionalNameInfo('住房保障支出')).toMatchObject({ status: 'current' });
    expect(functionalNameInfo('一般公共预算支出')).toEqual({ status: 'unknown' });
    expect(sameFunctionalClass('文化体育与传媒支出', '七、文化旅游体育与传媒支出')).toBe(true);
  });

  it('every 类 row name printed in seed 004 公开01 is in the list, in the printed order', () => {
    const t01 = seed004Tables()[0];
    const printed = t01.rows.map((r) => r[3]).filter((n) => n && /^[一二三四五六七八九十]+、/.test(n));
    expect(printed).toHaveLength(26);
    const codes = printed.map((n) => functionalClassByName(n)?.code);
    expect(codes).toEqual(FUNCTIONAL_CLASSES.filter((c) => c.yunnanRow).map((c) => c.code));
  });

  it('codes seen in the seeds are marked verified, the others not', () => {
    expect(FUNCTIONAL_CLASSES.filter((c) => c.verified).map((c) => c.code)).toEqual(['201', '208', '210', '221']);
  });

  it('经济分类: every code/name printed in seed 004 公开06/07 is official or a known alias', () => {
    const seeds = seed004Tables().filter((t) => t.number === '公开06表' || t.number === '公开07表');
    let n = 0;
    for (const t of seeds)
      for (const r of t.rows)
        r.forEach((cell, i) => {
          if (!/^3\d{2}(\d{2})?$/.test(cell)) return;
          n++;
          expect([cell, economicNameMatches(cell, r[i + 1])]).toEqual([cell, true]);
        });
    expect(n).toBeGreaterThan(150);
    expect(economicName('30217')).toBe('公务接待费');
    expect(economicName('30212')).toBe('因公出国（境）费用');
    expect(economicName('30231')).toBe('公务用车运行维护费');
    expect(economicName('31013')).toBe('公务用车购置');
    expect(economicName('30913')).toBe('公务用车购置');
    expect(economicNameMatches('30399', '其他个人和家庭的补助支出')).toBe(true);
    expect(economicNameMatches('30217', '接待费')).toBe(false);
    expect(new Set(ECONOMIC_ITEMS.map((e) => e.code)).size).toBe(ECONOMIC_ITEMS.length);
  });
});
