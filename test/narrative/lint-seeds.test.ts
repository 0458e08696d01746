import { lintNarrative, paragraphsFromText } from '../../src/core/narrative/lint';
import { seedNarrativeLines } from '../fixtures/builders/narrative';
import { findingsAt, lintWithBumpedNumber, occurrences } from './helpers';

function lintSeed(prefix: '000' | '001' | '003') {
  const paragraphs = paragraphsFromText(seedNarrativeLines(prefix).join('\n'));
  return { paragraphs, report: lintNarrative(paragraphs, { source: `seed${prefix}` }) };
}

/** Sentences REFERENCE §2.3 lists as recomputing correctly: no finding, and a changed number is caught. */
const CORRECT: Record<'000' | '003', { snippet: string; rule: string }[]> = {
  '000': [
    { snippet: '占收入合计的99.66%', rule: 'N02' },
    { snippet: '占支出合计的48.50%', rule: 'N02' },
    { snippet: '占本年财政拨款支出49.04%', rule: 'N02' },
    { snippet: '占本年财政拨款支出5.59%', rule: 'N02' },
    { snippet: '占本年财政拨款支出38.57%', rule: 'N02' },
    { snippet: '占本年财政拨款支出6.8%', rule: 'N02' },
    { snippet: '增长110.58%', rule: 'N03' },
    { snippet: '增长24.23%', rule: 'N03' },
    { snippet: '增长112.15%', rule: 'N03' },
    { snippet: '增长110.47%', rule: 'N03' },
    { snippet: '增长13.03%', rule: 'N03' },
  ],
  '003': [
    { snippet: '占91.2%', rule: 'N02' },
    { snippet: '占8.8%', rule: 'N02' },
    { snippet: '占78.3%', rule: 'N02' },
    { snippet: '占21.7%', rule: 'N02' },
    { snippet: '下降13.8%', rule: 'N03' },
    { snippet: '下降13.1%', rule: 'N03' },
    { snippet: '下降20.8%', rule: 'N03' },
    { snippet: '占82.4%', rule: 'N02' },
    { snippet: '占6.2%', rule: 'N02' },
    { snippet: '占4.6%', rule: 'N02' },
    { snippet: '占6.8%', rule: 'N02' },
    { snippet: '占本年支出合计的91.2%', rule: 'N02' },
    { snippet: '下降36.4%', rule: 'N03' },
    { snippet: '下降42.7%', rule: 'N03' },
  ],
};

describe('seed narratives: correct sentences pass, and the check is live', () => {
  for (const prefix of ['000', '003'] as const) {
    const { paragraphs, report } = lintSeed(prefix);
    for (const { snippet, rule } of CORRECT[prefix]) {
      it(`seed ${prefix}: “${snippet}” has no finding; ${snippet} changed by 1 is reported as ${rule}`, () => {
        const occ = occurrences(paragraphs, snippet);
        expect(occ.length).toBeGreaterThan(0);
        expect(findingsAt(report.findings, paragraphs, snippet)).toEqual([]);
        for (const o of occ) {
          const { report: bumped, numAt, numEnd } = lintWithBumpedNumber(paragraphs, o, snippet);
          const hit = bumped.findings.filter((f) => f.rule === rule && f.paragraph === o.paragraph && f.span.start < numEnd && f.span.end > numAt);
          expect(hit.length).toBeGreaterThan(0);
        }
      });
    }
  }
});

describe('seed 000 (Beijing 2022) slips', () => {
  const { paragraphs, report } = lintSeed('000');
  it('“比2022年年初预算万元，增长100%”: the missing amount', () => {
    const f = findingsAt(report.findings, paragraphs, '比2022年年初预算万元').filter((x) => x.rule === 'N11');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].excerpt).toContain('卫生健康支出');
  });
  it('“公共卫生…增加705.110184万元，增长100%”: growth on a zero base', () => {
    const p = paragraphs.findIndex((x) => x.text.includes('“公共卫生”'));
    const f = report.findings.filter((x) => x.rule === 'N03' && x.paragraph === p);
    expect(f).toHaveLength(1);
    expect(paragraphs[p].text.slice(f[0].span.start, f[0].span.end)).toBe('100%');
    expect(f[0].message).toContain('为0');
  });
  it('“持平元”: a unit with no number', () => {
    const f = findingsAt(report.findings, paragraphs, '持平元');
    expect(f.map((x) => x.rule)).toEqual(['N11']);
  });
  it('三公: the merged 公务用车购置及运行维护费 does not disclose 购置费 and 运行维护费 (warning)', () => {
    const f = report.findings.filter((x) => x.rule === 'N07');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('公务用车购置费、公务用车运行维护费');
  });
  it('收支总计/收入/支出 changes without a reason (warnings); nothing else', () => {
    expect(report.findings.filter((f) => f.rule === 'N08').map((f) => f.actual)).toEqual(['972.514362万元', '205.099654万元', '968.010884万元']);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['N03', 'N11']);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['N03', 'N07', 'N08', 'N08', 'N08', 'N11', 'N11']);
  });
});

describe('seed 001 (Beijing 2020) slips', () => {
  const { paragraphs, report } = lintSeed('001');
  it('“组织事务…增加2.13万元，增加100%”: growth on a zero base', () => {
    const p = paragraphs.findIndex((x) => x.text.includes('“组织事务”'));
    expect(report.findings.filter((x) => x.rule === 'N03' && x.paragraph === p)).toHaveLength(1);
  });
  it('“住房保障支出…减少23.61万元，减少9.84%”: 23.61 / 245.00 = 9.64%', () => {
    const f = findingsAt(report.findings, paragraphs, '减少9.84%');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'N03', severity: 'error', expected: '9.64%', actual: '9.84%' });
  });
  it('“政府采购货物支出7.23元”: 元 for 万元', () => {
    const f = findingsAt(report.findings, paragraphs, '7.23元');
    expect(f.map((x) => x.rule)).toEqual(['N10']);
    expect(f[0].replacement).toContain('政府采购货物支出7.23万元');
  });
  it('“比上年增加（减少）17.56万元”: the template word left in', () => {
    expect(findingsAt(report.findings, paragraphs, '17.56万元').map((x) => x.rule)).toEqual(['N13']);
  });
  it('“占收入合计的0”: a share without % sign (a warning, the value being 0)', () => {
    const f = findingsAt(report.findings, paragraphs, '占收入合计的0；');
    expect(f.length).toBe(4);
    expect(f.every((x) => x.rule === 'N05' && x.severity === 'warning')).toBe(true);
  });
  it('the shares and growth rates that recompute pass', () => {
    for (const s of ['占收入合计的99.91%', '占支出合计的83.01%', '占支出合计的16.99%', '下降16.48%', '下降11.62%', '下降18.03%', '下降16.81%', '占本年财政拨款支出80.16%', '减少8.81%', '减少24.23%', '占政府采购支出总额的93.17%']) {
      expect(findingsAt(report.findings, paragraphs, s)).toEqual([]);
    }
  });
});

describe('seed 003 (Sichuan 2022) slips', () => {
  const { paragraphs, report } = lintSeed('003');
  it('基本支出242.11 ≠ 人员经费233.32 + 公用经费7.89 (across three paragraphs)', () => {
    const f = findingsAt(report.findings, paragraphs, '基本支出242.11万元，其中：').filter((x) => x.rule === 'N12');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '241.21', difference: '+0.90' });
  });
  it('三公 “完成预算100%” contradicts its only item “公务接待费…完成预算63.01%”', () => {
    const f = report.findings.filter((x) => x.rule === 'N04' && x.message.includes('63.01%'));
    expect(f).toHaveLength(1);
    expect(paragraphs[f[0].paragraph].text.slice(f[0].span.start, f[0].span.end)).toBe('100%');
  });
  it('“完成预算100%” then “决算数小于预算数”', () => {
    expect(findingsAt(report.findings, paragraphs, '决算数小于预算数').map((x) => x.rule)).toEqual(['N04']);
  });
  it('old 类 name 文化体育与传媒支出', () => {
    const f = findingsAt(report.findings, paragraphs, '文化体育与传媒支出');
    expect(f.map((x) => x.rule)).toEqual(['N06']);
    expect(f[0].expected).toBe('文化旅游体育与传媒支出');
  });
  it('“支出0万元，完成预算100%”: a completion rate that only a zero budget gives', () => {
    expect(findingsAt(report.findings, paragraphs, '因公出国（境）经费支出0万元，完成预算100%').map((x) => x.rule)).toEqual(['N04']);
  });
  it('机关运行经费 and 三公 growth, and the 结构 shares, raise nothing', () => {
    for (const s of ['比2021年减少6.54万元，下降42.7%', '较上年减少0.43万元，下降36.4%', '占82.4%']) expect(findingsAt(report.findings, paragraphs, s)).toEqual([]);
  });
});

describe('N09: the unit a 说明 names as itself', () => {
  for (const [prefix, name, other] of [
    ['000', '北京市丰台区信访办公室', '北京市丰台区民政局'],
    ['001', '北京市丰台区人民政府办公室', '北京市丰台区财政局'],
    ['003', '攀枝花市仁和区信访局', '攀枝花市仁和区民政局'],
  ] as const) {
    it(`seed ${prefix}: every “${name}” agrees; one of them typed as another unit’s name is reported there`, () => {
      const { paragraphs, report } = lintSeed(prefix);
      expect(report.findings.filter((f) => f.rule === 'N09')).toEqual([]);
      const named = occurrences(paragraphs, name);
      expect(named.length).toBeGreaterThan(1);
      const last = named[named.length - 1];
      const copied = paragraphs.map((p, i) => (i === last.paragraph ? { ...p, text: p.text.replace(name, other) } : p));
      const found = lintNarrative(copied, { source: `seed${prefix}` }).findings.filter((f) => f.rule === 'N09');
      expect(found.map((f) => [f.paragraph, f.actual, f.severity])).toEqual([[last.paragraph, other, 'warning']]);
      expect(found[0].expected).toBe(name);
      expect(found[0].replacement).toBeUndefined(); // which name is right is the officer's call without tables
    });
  }
});
