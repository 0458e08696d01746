import { lintNarrative } from '../../src/core/narrative/lint';
import { parseParagraphs } from '../../src/core/narrative/lint/extract';
import { NARRATIVE_RULES } from '../../src/core/narrative/lint/registry';

/** Findings of single sentences; N08 (reason missing) is left out except where it is the subject. */
const lint = (...texts: string[]) => lintNarrative(texts.map((text) => ({ text }))).findings.filter((f) => f.rule !== 'N08');
const lintAll = (...texts: string[]) => lintNarrative(texts.map((text) => ({ text }))).findings;
const rules = (...texts: string[]) => lint(...texts).map((f) => f.rule);

describe('reading a sentence: items and roles', () => {
  it('assigns amounts, shares, changes and rates to their items', () => {
    const [p] = parseParagraphs(['2023年度本年收入合计309.33万元，比上年减少49.46万元，下降13.8%，其中：一般公共预算财政拨款收入281.96万元，占91.2%；年初预算为300.00万元。']);
    const facts = p.sentences[0].facts.map((f) => [f.raw, f.role, f.item]);
    expect(facts).toEqual([
      ['309.33万元', 'amount', 'inc.total'],
      ['49.46万元', 'delta', 'inc.total'],
      ['13.8%', 'growth', 'inc.total'],
      ['281.96万元', 'amount', 'inc.gpb'],
      ['91.2%', 'share', 'inc.gpb'],
      ['300.00万元', 'budget', 'inc.gpb'],
    ]);
  });
  it('一般公共预算 in an item name is no 预算数; years, list numbers and 科目编码 are no amounts', () => {
    const [p] = parseParagraphs(['1.2023年12月31日，一般公共预算财政拨款“三公”经费支出1.47万元，科目2010308。']);
    expect(p.sentences[0].facts.map((f) => [f.raw, f.role, f.item])).toEqual([['1.47万元', 'amount', 'sg.total']]);
  });
  it('“X（类）Y（款）Z（项）” names the 项', () => {
    const [p] = parseParagraphs(['1.一般公共服务（类）政府办公厅（室）及相关机构事务（款）信访事务（项）: 支出决算为24.87万元']);
    const f = p.sentences[0].facts[0];
    expect(f.item).toBe('name:信访事务');
    expect(f.mention?.path).toEqual(['一般公共服务', '政府办公厅（室）及相关机构事务', '信访事务']);
  });
});

describe('every rule has an id, a Chinese title and a description', () => {
  it.each(NARRATIVE_RULES.map((r) => [r.id, r]))('%s', (_id, r) => {
    expect(r.id).toMatch(/^N\d\d$/);
    expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    expect(r.description.length).toBeGreaterThan(15);
  });
});

describe('N02 shares', () => {
  it('recomputes against the total before 其中 and accepts rounding of the printed numbers', () => {
    expect(rules('本年支出合计309.33万元，其中：基本支出242.11万元，占78.3%；项目支出67.22万元，占21.7%。')).toEqual([]);
    const f = lint('本年支出合计309.33万元，其中：基本支出242.11万元，占76.3%；项目支出67.22万元，占21.7%。');
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([['N02', '78.27%', '76.3%']]);
  });
  it('a one-unit miss of the last decimal is a warning (尾数)', () => {
    const f = lint('本年支出合计1095.72万元，其中：基本支出644.25万元，占58.81%；项目支出451.47万元，占41.20%。');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['N02', 'warning']]);
  });
  it('a named denominator from an earlier paragraph', () => {
    expect(rules('本年支出合计309.33万元。', '一般公共预算财政拨款支出281.96万元，占本年支出合计的91.2%。')).toEqual([]);
    expect(rules('本年支出合计309.33万元。', '一般公共预算财政拨款支出281.96万元，占本年支出合计的93.2%。')).toEqual(['N02']);
  });
});

describe('N03 growth', () => {
  it('p = |Δ| / (current ∓ Δ)', () => {
    expect(rules('收、支总计309.33万元，比上年减少49.46万元，下降13.8%。')).toEqual([]);
    expect(rules('收、支总计309.33万元，比上年减少49.46万元，下降15.8%。')).toEqual(['N03']);
  });
  it('with an explicit prior amount (seed 004 三公: 2.49 − 1.47 = 1.02, 1.01 stated, 40.81% within rounding)', () => {
    expect(rules('“三公”经费决算支出数为1.47万元，与2022年“三公”经费支出2.49万元相比减少1.01万元，下降40.81%。')).toEqual([]);
    expect(rules('“三公”经费决算支出数为1.47万元，与2022年“三公”经费支出2.49万元相比减少1.31万元，下降52.61%。')).toEqual(['N03']);
  });
  it('a zero base has no growth rate', () => {
    const f = lint('“组织事务”2020年度决算2.13万元，比2020年年初预算增加2.13万元，增加100%。');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['N03', 'error']]);
    expect(rules('机关运行经费10.00万元，与上年0万元相比增加10.00万元，增长100%。')).toContain('N03');
  });
});

describe('N04 completion', () => {
  it('决算 ÷ 年初预算', () => {
    expect(rules('公务接待费年初预算为3.40万元，支出决算为1.47万元，完成年初预算的43.24%，决算数小于年初预算数。')).toEqual([]);
    expect(rules('公务接待费年初预算为3.40万元，支出决算为1.47万元，完成年初预算的53.24%。')).toEqual(['N04']);
  });
  it('no rate on a zero budget, and 大于/小于/等于 must agree with the rate', () => {
    expect(rules('公务接待费年初预算为0万元，支出决算为1.47万元，完成年初预算的100%。')).toEqual(['N04']);
    expect(rules('公务接待费年初预算为3.40万元，支出决算为1.47万元，完成年初预算的43.24%。决算数大于预算数的主要原因是会议增加。')).toEqual(['N04']);
  });
});

describe('N05 % sign, N10 元/万元, N11 missing amount, N13 directions', () => {
  it('“占76.23” without %', () => {
    const f = lint('本年收入合计100.00万元，其中：财政拨款收入76.23万元，占76.23；其他收入23.77万元，占23.77%。');
    expect(f.map((x) => [x.rule, x.severity, x.replacement?.includes('占76.23%')])).toEqual([['N05', 'error', true]]);
  });
  it('“7.23元” among 万元 amounts, but not a sentence all in 元', () => {
    expect(rules('政府采购支出总额7.32万元，其中：政府采购货物支出7.23元，政府采购服务支出0.09万元。')).toEqual(['N10']);
    expect(rules('人均办公费1200元，较上年持平。')).toEqual([]);
    expect(rules('公用经费63.69万元，其中人均公用经费1200元。')).toEqual([]);
  });
  it('“年初预算万元” and “持平元”; 单价50万元以上 and （万元） are fine', () => {
    expect(rules('卫生健康支出705.11万元，比2022年年初预算万元，增长100%。')).toEqual(['N11']);
    expect(rules('决算数0万元，同年初预算0万元持平元。')).toEqual(['N11']);
    expect(rules('单价50万元以上通用设备0台（套）。金额单位（万元）。')).toEqual([]);
  });
  it('增加 with 下降, 持平 between different amounts, and the template “增加（减少）”', () => {
    expect(rules('本年支出合计300.00万元，比上年增加30.00万元，下降11.11%。')).toEqual(['N13']);
    expect(rules('决算数5.00万元，同年初预算数4.00万元持平。')).toEqual(['N13']);
    expect(rules('合计90.77万元，比上年增加（减少）17.56万元。')).toEqual(['N13']);
    expect(rules('公务用车购置费2.00万元，较上年1.00万元减少1.00万元。')).toEqual(['N13']);
  });
});

describe('N12 其中 lists', () => {
  it('a known breakdown must add up; parts above the total never can', () => {
    expect(rules('“三公”经费3.00万元，其中：因公出国（境）费1.00万元，公务用车购置及运行维护费1.00万元，公务接待费1.50万元。')).toEqual(['N12']);
    expect(rules('“三公”经费3.00万元，其中：因公出国（境）费1.00万元，公务用车购置及运行维护费1.00万元，公务接待费1.00万元。')).toEqual([]);
    expect(rules('政府采购支出总额10.00万元，其中：政府采购货物支出6.00万元，政府采购服务支出6.00万元。')).toEqual(['N12']);
  });
  it('expected, found and difference are bare numbers, as every rule gives them (found was “10.00万元”)', () => {
    const [f] = lint('政府采购支出总额10.00万元，其中：政府采购货物支出6.00万元，政府采购服务支出6.00万元。');
    expect([f.expected, f.actual, f.difference]).toEqual(['12.00', '10.00', '-2.00']);
  });
});

describe('N07 三公 items and N08 reasons', () => {
  const sg = (body: string) => ['四、财政拨款“三公”经费支出决算情况说明', body];
  it('all four items with amounts (or 未发生) pass; a merged 公务用车购置及运行维护费 does not', () => {
    expect(lintAll(...sg('“三公”经费支出1.47万元，其中：因公出国（境）费0.00万元，公务用车购置费0.00万元，公务用车运行维护费0.00万元，公务接待费1.47万元。')).map((f) => f.rule)).toEqual([]);
    expect(lintAll(...sg('“三公”经费支出1.47万元，其中：因公出国（境）费未发生，公务用车购置费未发生，公务用车运行维护费未发生，公务接待费1.47万元。')).map((f) => f.rule)).toEqual([]);
    const f = lintAll(...sg('“三公”经费支出1.47万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费0.00万元，公务接待费1.47万元。'));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['N07', 'warning']]);
    expect(f[0].message).toContain('公务用车购置费、公务用车运行维护费');
    // What it does state, by name (was the internal keys: sg.abroad、sg.car、sg.reception).
    expect(f[0].actual).toBe('因公出国（境）费、公务用车购置及运行维护费、公务接待费');
  });
  it('a change needs its reason, in the paragraph or the next one', () => {
    expect(lintAll('收、支总计309.33万元，比上年减少49.46万元，下降13.8%。').map((f) => [f.rule, f.severity])).toEqual([['N08', 'warning']]);
    expect(lintAll('收、支总计309.33万元，比上年减少49.46万元，下降13.8%。主要原因是项目减少。').map((f) => f.rule)).toEqual([]);
    expect(lintAll('收、支总计309.33万元，比上年减少49.46万元，下降13.8%。', '减少原因：项目减少。').map((f) => f.rule)).toEqual([]);
    expect(lintAll('收、支总计309.33万元，与上年持平。').map((f) => f.rule)).toEqual([]);
  });
});

describe('N06 names and N00 placeholders', () => {
  it('old 类 names before the renaming year are not flagged', () => {
    expect(rules('2017年度医疗卫生与计划生育支出5.00万元。')).toEqual([]);
    expect(rules('2022年度医疗卫生与计划生育支出5.00万元。')).toEqual(['N06']);
  });
  it('【待补充：…】 is reported as a warning to fill', () => {
    const f = lint('上年数为【待补充：上年数】万元。');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['N00', 'warning']]);
  });
});

describe('against the sample tables', () => {
  let wb: import('../../src/core/model/workbook').Workbook;
  let tables: import('../../src/core/tables/types').RecognizedTable[];
  beforeAll(async () => {
    const { readWorkbookFile } = await import('../../src/io/exceljs-reader');
    const { recognizeTables } = await import('../../src/core/tables/recognize');
    const { fixturePath } = await import('../fixtures/registry');
    wb = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
    tables = recognizeTables(wb).tables;
  });
  const lintT = (...texts: string[]) => lintNarrative(texts.map((text) => ({ text })), { workbook: wb, tables }).findings;

  it('N06: a 款 name one character off the table (seed 000’s “政府办公室厅（室）”) is an error pointing at the table’s name cell', () => {
    const f = lintT('“政府办公室厅（室）及相关机构事务”2023年度决算885.53万元。');
    expect(f.map((x) => [x.rule, x.expected])).toEqual([['N06', '政府办公厅（室）及相关机构事务']]);
    expect(f[0].related[0].sheet).toMatch(/^公开0[235]表$/);
  });

  it('N09: the unit named as itself is the tables’ 编制单位; short forms and other bodies named in passing are fine', () => {
    const n09 = (...texts: string[]) => lintT(...texts).filter((x) => x.rule === 'N09');
    expect(n09('曲靖市信访局2023年度部门决算说明', '纳入信访局2023年度部门决算编制范围的单位共1个。', '根据市财政局统一部署，市民政局配合。', '2023年，市信访局机关运行经费支出63.69万元。')).toEqual([]);
    const f = n09('纳入曲靖市民政局2023年度部门决算编制范围的单位共1个。');
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '曲靖市民政局', '曲靖市信访局']]);
    expect(f[0].span).toEqual({ start: 2, end: 8 });
    expect(f[0].replacement).toBe('纳入曲靖市信访局2023年度部门决算编制范围的单位共1个。');
    expect(f[0].message).toContain('报表的编制单位是“曲靖市信访局”');
  });

  it('N01: 项 amounts by name, 三公 budget and 决算 by column', () => {
    expect(lintT('1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）：支出决算为451.47万元。').map((x) => x.rule)).toEqual([]);
    expect(lintT('1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）：支出决算为415.47万元。').map((x) => [x.rule, x.expected])).toEqual([['N01', '451.47']]);
    expect(lintT('2023年度财政拨款“三公”经费支出决算为1.47万元，全年预算数为3.40万元，完成全年预算的43.24%。').map((x) => x.rule)).toEqual([]);
    expect(lintT('2023年度财政拨款“三公”经费支出决算为1.47万元，全年预算数为4.30万元。').map((x) => [x.rule, x.expected])).toEqual([['N01', '3.40']]);
  });

  it('N01: the same word means 公开03 in general and 公开05 under 一般公共预算', () => {
    expect(lintT('本年支出合计1095.72万元，其中：基本支出644.25万元，项目支出451.47万元。').map((x) => x.rule)).toEqual([]);
    expect(lintT('一般公共预算财政拨款基本支出644.25万元，其中：人员经费580.56万元，公用经费63.69万元。').map((x) => x.rule)).toEqual([]);
    const f = lintT('本年支出合计1095.72万元，其中：基本支出640.25万元，项目支出455.47万元。');
    expect(f.filter((x) => x.rule === 'N01').map((x) => x.related[0].sheet)).toEqual(['公开03表', '公开03表']);
  });

  it('one slip, one finding: a wrong amount is N01 only when the share and the list fit the table’s value', () => {
    const f = lintT('2023年度一般公共预算财政拨款基本支出644.25万元，其中：人员经费580.56万元，公用经费63.96万元，占9.89%。');
    expect(f.map((x) => x.rule)).toEqual(['N01']);
    // Once the share is wrong for the table's amount too, both are reported.
    expect(lintT('2023年度一般公共预算财政拨款基本支出644.25万元，其中：人员经费580.56万元，公用经费63.96万元，占12.00%。').map((x) => x.rule).sort()).toEqual(['N01', 'N02']);
  });

  it('N02 with the denominator from the tables when the text never states it', () => {
    expect(lintT('一般公共预算财政拨款支出1095.72万元，占本年支出合计的100.00%。').map((x) => x.rule)).toEqual([]);
    expect(lintT('卫生健康支出43.31万元，占本年支出合计的4.95%。').map((x) => [x.rule, x.expected])).toEqual([['N02', '3.95%']]);
  });
});
