import Decimal from 'decimal.js';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { buildNarrative, documentParagraphs, lintNarrative, supplementTemplate, readSupplement, type NarrativeDocument } from '../../src/core/narrative';
import { recognizeTables } from '../../src/core/tables/recognize';
import { sheetFromValues, type Workbook } from '../../src/core/model/workbook';
import { selfEvaluationSummary } from '../../src/core/narrative/self-evaluation';
import { fixturePath } from '../fixtures/registry';

let sample: Workbook;
let prior: Workbook;

beforeAll(async () => {
  sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
  prior = await readWorkbookFile(fixturePath('seed004-prior.xlsx'));
});

function text(doc: NarrativeDocument): string {
  return documentParagraphs(doc).join('\n');
}

function paragraphUnder(doc: NarrativeDocument, heading: RegExp): string[] {
  const i = doc.blocks.findIndex((b) => b.kind === 'heading' && heading.test(b.text));
  expect(i).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const b of doc.blocks.slice(i + 1)) {
    if (b.kind === 'heading') break;
    if (b.kind === 'paragraph') out.push(b.text);
  }
  return out;
}

describe('draft of the seed-004 sample (no prior year, no 补充信息)', () => {
  let doc: NarrativeDocument;
  beforeAll(() => {
    doc = buildNarrative(sample).document;
  });

  it('picks the 云南 family from the Yunnan table set and names the unit and year', () => {
    expect(doc.family).toBe('yunnan');
    expect(doc.title).toBe('曲靖市信访局2023年度部门决算说明');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(paragraphUnder(doc, /^第二部分 2023年度部门决算表$/)[0]).toMatch(/^本部门2023年度部门决算公开表共12张，详见附件：公开01表 收入支出决算表；.*；公开12表 国有资产使用情况表。$/);
    expect(headings).toEqual(expect.arrayContaining(['第三部分 2023年度部门决算情况说明', '一、收入决算情况说明', '四、财政拨款“三公”经费支出决算情况说明', '第四部分 其他重要事项及相关口径情况说明', '第五部分 名词解释']));
  });

  it('收入: total, every source with its share of 本年收入合计', () => {
    const p = paragraphUnder(doc, /^一、收入决算情况说明/).join('');
    expect(p).toContain('2023年度收、支总计1095.72万元。');
    expect(p).toContain('本年收入合计1095.72万元，其中：一般公共预算财政拨款收入1095.72万元，占100.00%；政府性基金预算财政拨款收入0.00万元，占0.00%');
    expect(p).toContain('其他收入0.00万元，占0.00%。');
  });

  it('支出: 基本 644.25 (58.80%) and 项目 451.47 (41.20%) of 1095.72', () => {
    const p = paragraphUnder(doc, /^二、支出决算情况说明/).join('');
    expect(p).toContain('本年支出合计1095.72万元，其中：基本支出644.25万元，占58.80%；项目支出451.47万元，占41.20%；上缴上级支出0.00万元，占0.00%');
    expect(p).toContain('财政拨款收、支总计1095.72万元');
  });

  it('一般公共预算 总体, 结构 (by 类 over 公开05 合计) and 具体 (every 项)', () => {
    expect(paragraphUnder(doc, /总体情况$/)[0]).toContain('一般公共预算财政拨款支出1095.72万元，占本年支出合计的100.00%');
    expect(paragraphUnder(doc, /结构情况$/)[0]).toBe(
      '2023年度一般公共预算财政拨款支出1095.72万元，主要用于以下方面：一般公共服务支出885.53万元，占80.82%；社会保障和就业支出125.08万元，占11.42%；卫生健康支出43.31万元，占3.95%；住房保障支出41.80万元，占3.81%。',
    );
    const detail = paragraphUnder(doc, /具体情况$/);
    expect(detail).toHaveLength(12);
    expect(detail[1]).toContain('2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）：年初预算为【待补充：年初预算数】万元，支出决算为451.47万元');
    expect(detail[6]).toContain('其他社会保障和就业支出（项）：年初预算为【待补充：年初预算数】万元，支出决算为0.37万元');
  });

  it('基本支出: 人员经费 580.56 + 公用经费 63.69 with their 经济分类 items', () => {
    const p = paragraphUnder(doc, /基本支出决算情况$/)[0];
    expect(p).toMatch(/^2023年度一般公共预算财政拨款基本支出644\.25万元，其中：人员经费580\.56万元，主要包括：基本工资120\.32万元、津贴补贴176\.74万元/);
    expect(p).toContain('；公用经费63.69万元，主要包括：办公费13.02万元、差旅费3.00万元、会议费1.00万元、培训费1.90万元、公务接待费1.47万元、工会经费7.99万元、福利费9.10万元、其他交通费用24.21万元、其他商品和服务支出2.00万元。');
  });

  it('三公: all four items, counts, completion of 全年预算 (1.47 / 3.40 = 43.24%), 小于', () => {
    const overall = paragraphUnder(doc, /“三公”经费财政拨款支出决算总体情况$/).join('');
    expect(overall).toContain('财政拨款“三公”经费支出决算为1.47万元，全年预算数为3.40万元，完成全年预算的43.24%，决算数小于预算数');
    const detail = paragraphUnder(doc, /“三公”经费财政拨款支出决算具体情况$/).join('\n');
    expect(detail).toContain('因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算0.00万元，占0.00%；公务接待费支出决算1.47万元，占100.00%');
    expect(detail).toContain('公务用车购置费0.00万元');
    expect(detail).toContain('公务用车运行维护费0.00万元');
    expect(detail).toContain('国内公务接待12批次、150人次');
    // A zero budget never gets a completion rate.
    expect(detail).toContain('1.因公出国（境）费支出0.00万元，全年预算数为0.00万元，未发生支出。');
    expect(detail).not.toMatch(/因公出国（境）费支出0\.00万元，[^。]*完成/);
  });

  it('政府性基金 and 国有资本经营: the 空表 sentences', () => {
    const t = text(doc);
    expect(t).toContain('本部门2023年度无政府性基金预算财政拨款收入、支出及结转结余，故政府性基金预算财政拨款收入支出决算表为空表。');
    expect(t).toContain('本部门2023年度无国有资本经营预算财政拨款收入、支出及结转结余');
  });

  it('机关运行经费 63.69 and 国有资产 from 公开12 (81.23 / 289.06 / 9.97 / 71.26)', () => {
    expect(paragraphUnder(doc, /机关运行经费支出情况$/)[0]).toContain('本部门机关运行经费支出63.69万元。');
    const assets = paragraphUnder(doc, /国有资产占用情况$/);
    expect(assets[0]).toContain('资产总额81.23万元，资产原值合计289.06万元。其中：流动资产9.97万元；固定资产原值279.09万元、净值71.26万元');
    expect(assets[1]).toContain('共有车辆【待补充：车辆数】辆');
  });

  it('what the tables cannot say is a visible placeholder: 上年数, 年初预算数, reasons, 政府采购', () => {
    const t = text(doc);
    expect(t).toContain('与2022年度相比，收、支总计各【待补充：上年数及增减额、增减幅度】。主要变动原因是【待补充：变动原因】。');
    expect(t).toContain('政府采购支出总额【待补充：政府采购支出总额】万元');
    expect(t).not.toMatch(/增长\d|下降\d/);
  });

  it('never shows an amount that no table gave', () => {
    const cellValues = new Set<string>();
    for (const s of sample.sheets) for (const r of s.rows) for (const c of r ?? []) if (typeof c?.value === 'number') cellValues.add(new Decimal(c.value).toFixed(2));
    const amounts = [...text(doc).matchAll(/(\d+\.\d{2})万元/g)].map((m) => m[1]);
    expect(amounts.length).toBeGreaterThan(60);
    const unknown = amounts.filter((a) => !cellValues.has(a) && a !== '0.00');
    expect(unknown).toEqual([]);
  });

  it('lints clean against its own tables (only the placeholders are reported)', () => {
    const report = lintNarrative(documentParagraphs(doc).map((t) => ({ text: t })), { workbook: sample, tables: recognizeTables(sample).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(20);
  });

  it('the other families cover their sections and lint clean too', () => {
    for (const family of ['tenpart', 'beijing'] as const) {
      const d = buildNarrative(sample, { family }).document;
      expect(d.family).toBe(family);
      const t = text(d);
      expect(t).toContain('一般公共服务支出885.53万元，占80.82%');
      expect(t).toContain('完成全年预算的43.24%');
      const report = lintNarrative(documentParagraphs(d).map((x) => ({ text: x })), { workbook: sample, tables: recognizeTables(sample).tables });
      expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
    }
    const ten = buildNarrative(sample, { family: 'tenpart' }).document;
    expect(ten.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算支出决算情况说明',
      '九、国有资本经营预算支出决算情况说明',
      '十、其他重要事项的情况说明',
      '名词解释',
    ]);
  });

  it('charts: 收入结构 and 支出结构 pies; no change bars without a prior year', () => {
    const charts = doc.blocks.filter((b) => b.kind === 'chart').map((b) => (b as { chart: { id: string } }).chart.id);
    expect(charts).toEqual(['chart.income', 'chart.expense']);
  });
});

describe('draft with a prior-year workbook (seed004-prior.xlsx: amounts × 0.8, 三公 2.49)', () => {
  let doc: NarrativeDocument;
  beforeAll(() => {
    doc = buildNarrative(sample, { prior }).document;
  });

  it('收、支总计 1095.72 against 876.58: 增加219.14万元，增长25.00%', () => {
    expect(text(doc)).toContain('与2022年度相比，收、支总计各增加219.14万元，增长25.00%。主要变动原因是【待补充：变动原因】。');
  });

  it('三公 1.47 against 2.49: 减少1.02万元，下降40.96%', () => {
    expect(text(doc)).toContain('与2022年度相比，“三公”经费支出减少1.02万元，下降40.96%。');
  });

  it('机关运行经费 63.69 against 50.95: 增加12.74万元，增长25.00%; 一般公共预算 likewise', () => {
    const t = text(doc);
    expect(t).toContain('机关运行经费支出63.69万元。与2022年度相比，机关运行经费增加12.74万元，增长25.00%。');
    expect(t).toContain('一般公共预算财政拨款支出增加219.14万元，增长25.00%');
  });

  it('adds the 收支变动 and 一般公共预算 变动 bar charts with both years', () => {
    const bars = doc.blocks.flatMap((b) => (b.kind === 'chart' && b.chart.kind === 'bar' ? [b.chart] : []));
    expect(bars.map((c) => c.id)).toEqual(['chart.grand', 'chart.gpb']);
    expect(bars[0]).toMatchObject({ categories: ['收、支总计'], series: [{ name: '2022年度', values: ['876.58'] }, { name: '2023年度', values: ['1095.72'] }] });
  });

  it('the growth sentences lint clean (rates recompute from the sentence)', () => {
    const report = lintNarrative(documentParagraphs(doc).map((t) => ({ text: t })), { workbook: sample, tables: recognizeTables(sample).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
  });
});

describe('补充信息 sheet: template, read back, used by the draft', () => {
  function withSupplement(values: Record<string, string | number>): Workbook {
    const rows = supplementTemplate(buildNarrative(sample).facts).map((r) => (r[2] in values ? [r[0], r[1], r[2], values[r[2]], r[4]] : r));
    return { sheets: [...sample.sheets, sheetFromValues('补充信息', rows)], source: 'test' };
  }

  it('the template lists the fixed fields and one 年初预算 row per 项 of the tables', () => {
    const rows = supplementTemplate(buildNarrative(sample).facts);
    expect(rows[0]).toEqual(['类别', '项目', '键（勿改）', '填写内容', '说明']);
    const keys = rows.map((r) => r[2]);
    expect(keys).toEqual(expect.arrayContaining(['prior.grand', 'prior.sg.total', 'reason.gpb', 'proc.total', 'assets.vehicles', 'budget.2010308', 'reason.budget.2010308', 'prior.gpb.class.201']));
    // 4 类 + 6 款 + 12 项 of 公开05.
    expect(keys.filter((k) => k.startsWith('budget.'))).toHaveLength(22);
  });

  it('reads numbers and texts back by key', () => {
    const s = readSupplement(withSupplement({ 'prior.grand': '1,000.00', 'reason.grand': '人员增加', 'assets.vehicles': 2 }));
    expect(s.numbers['prior.grand'].toFixed(2)).toBe('1000.00');
    expect(s.numbers['assets.vehicles'].toNumber()).toBe(2);
    expect(s.texts['reason.grand']).toBe('人员增加');
  });

  it('fills 上年数, reasons, 年初预算 (with completion, and no rate on a zero budget), 政府采购 shares', () => {
    const wb = withSupplement({
      'prior.grand': '1000.00',
      'reason.grand': '信访智能系统建设项目支出增加',
      'budget.2010308': '500.00',
      'reason.budget.2010308': '部分项目按进度结转',
      'budget.2210203': 0,
      'reason.budget.2210203': '年中新增购房补贴',
      'proc.total': '100.00',
      'proc.goods': '21.76',
      'proc.works': '0',
      'proc.services': '78.24',
      'proc.sme': '80.00',
      'proc.small': '40.00',
    });
    const t = text(buildNarrative(wb).document);
    expect(t).toContain('收、支总计各增加95.72万元，增长9.57%。主要变动原因是信访智能系统建设项目支出增加。');
    expect(t).toContain('信访事务（项）：年初预算为500.00万元，支出决算为451.47万元，完成年初预算的90.29%，决算数小于年初预算数，主要原因是部分项目按进度结转。');
    expect(t).toContain('购房补贴（项）：年初预算为0.00万元，支出决算为0.70万元，决算数大于年初预算数（年初未安排预算，不计算完成率）。主要原因是年中新增购房补贴。');
    expect(t).toContain('授予中小企业合同金额80.00万元，占政府采购支出总额的80.00%，其中：授予小微企业合同金额40.00万元，占政府采购支出总额的40.00%。');
    const report = lintNarrative(t.split('\n').map((x) => ({ text: x })), { workbook: wb, tables: recognizeTables(wb).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
  });

  it('北京 具体: each 类 and 款 against its 年初预算 (increase, decrease, none budgeted), linting clean', () => {
    const wb = withSupplement({ 'budget.201': '800.00', 'budget.20103': '900.00', 'reason.budget.20103': '部分项目经费年末未支付', 'budget.20808': 0, 'reason.budget.20808': '年中发生死亡抚恤' });
    const doc = buildNarrative(wb, { family: 'beijing' }).document;
    const t = text(doc);
    expect(t).toContain('1、“一般公共服务支出”（类）2023年度决算885.53万元，比2023年年初预算增加85.53万元，增长10.69%。其中：');
    expect(t).toContain('“政府办公厅（室）及相关机构事务”2023年度决算885.53万元，比2023年年初预算减少14.47万元，下降1.61%。主要原因：部分项目经费年末未支付。');
    expect(t).toContain('“抚恤”2023年度决算22.30万元，2023年年初未安排预算（年初预算为0.00万元），不计算增长率。主要原因：年中发生死亡抚恤。');
    const report = lintNarrative(documentParagraphs(doc).map((x) => ({ text: x })), { workbook: wb, tables: recognizeTables(wb).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
  });

  it('a zero prior year is “new”, never a growth rate', () => {
    const t = text(buildNarrative(withSupplement({ 'prior.opex': '0' })).document);
    expect(t).toContain('机关运行经费支出63.69万元。2022年度无此项，本年为新增（上年为0，不计算增长率）。');
  });

  it('the 补充信息 上年数 wins over the prior workbook', () => {
    const built = buildNarrative(withSupplement({ 'prior.sg.total': '1.47' }), { prior });
    expect(text(built.document)).toContain('与2022年度持平。');
    expect(built.priorSources['sg.total']).toBe('supplement');
    expect(built.priorSources['grand']).toBe('prior-workbook');
  });
});

describe('绩效自评 section from the scoring results', () => {
  it('cites the three project self-evaluations of the sample with scores and amounts', async () => {
    const wb = await readWorkbookFile(fixturePath('sample.xlsx'));
    const se = selfEvaluationSummary(wb);
    expect(se?.projects.map((p) => p.name)).toEqual(['信访智能系统及政务热线专项经费', '信访安全保障专项经费', '驻京驻省劝返工作补助经费']);
    const doc = buildNarrative(wb, { selfEvaluation: se }).document;
    const p = paragraphUnder(doc, /部门绩效自评情况$/).join('');
    expect(p).toContain('本部门对3个项目开展了项目支出绩效自评，涉及金额441.47万元。其中，自评得分在90（含）-100分的3个、自评得分在80（含）-90分的0个');
  });

  it('绩效自评综述 in the department’s words when its 部门整体支出绩效自评情况 is in the workbook (its 综合评价结论)', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-selfeval-text.xlsx'));
    const se = selfEvaluationSummary(wb);
    expect(se?.conclusion).toBe('我部门职责履行良好、履职效益明显、预算配置科学、预算执行有效、预算管理规范等部门整体支出绩效指标均已完成，自评结论为优。');
    expect(text(buildNarrative(wb, { selfEvaluation: se }).document)).toContain(`绩效自评综述：${se!.conclusion}`);
    const without = await readWorkbookFile(fixturePath('sample.xlsx'));
    expect(text(buildNarrative(without, { selfEvaluation: selfEvaluationSummary(without) }).document)).toContain('绩效自评综述：【待补充：绩效自评综述】');
  });

  it('主要职能 from the 部门职责 the 部门整体支出绩效自评表 states, a paragraph per numbered duty; the 补充信息 sheet wins', async () => {
    const wb = await readWorkbookFile(fixturePath('sample.xlsx'));
    const se = selfEvaluationSummary(wb);
    expect(se?.duties).toMatch(/^曲靖市信访局主要职责：（1）负责处理国内群众、境外人士、法人及其他组织通过信访渠道.*（9）完成省信访局、市委和市政府交办的其他任务。$/);
    const duties = paragraphUnder(buildNarrative(wb, { selfEvaluation: se }).document, /^一、主要职能$/);
    expect(duties).toHaveLength(10);
    expect(duties[0]).toBe('曲靖市信访局主要职责：');
    expect(duties.slice(1).every((d, i) => d.startsWith(`（${i + 1}）`))).toBe(true);
    // Without the forms (the clean tables only) it is still for the officer to write.
    expect(paragraphUnder(buildNarrative(sample).document, /^一、主要职能$/)).toEqual(['【待补充：部门主要职能】']);
    const rows = supplementTemplate(buildNarrative(wb).facts).map((r) => (r[2] === 'profile.duties' ? [r[0], r[1], r[2], '负责全市信访工作。', r[4]] : r));
    const filled = { sheets: [...wb.sheets, sheetFromValues('补充信息', rows)], source: 'test' };
    expect(paragraphUnder(buildNarrative(filled, { selfEvaluation: selfEvaluationSummary(filled) }).document, /^一、主要职能$/)).toEqual(['负责全市信访工作。']);
  });
});

describe('other layouts and odd workbooks', () => {
  it.each([
    ['central9.xlsx', 'tenpart'],
    ['beijing.xlsx', 'beijing'],
    ['seed004-stacked.xlsx', 'yunnan'],
  ])('%s: family %s, same figures, lints clean', async (file, family) => {
    const wb = await readWorkbookFile(fixturePath(file));
    const doc = buildNarrative(wb).document;
    expect(doc.family).toBe(family);
    const t = text(doc);
    expect(t).toContain('一般公共服务支出885.53万元，占80.82%');
    expect(t).toMatch(/“三公”经费支出决算为1\.47万元/);
    const report = lintNarrative(documentParagraphs(doc).map((x) => ({ text: x })), { workbook: wb, tables: recognizeTables(wb).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
    // 公开01 of the central/Beijing sets prints 使用非财政拨款结余 and one 财政拨款收入 row.
    if (file !== 'seed004-stacked.xlsx') {
      expect(t).toContain('使用非财政拨款结余0.00万元');
      expect(t).toContain('其中：财政拨款收入1095.72万元，占100.00%');
    } else expect(t).toContain('使用专用结余0.00万元');
  });

  it('a table printed in 元 is stated in 万元 (inj-unitmix: 公开11 in 元)', async () => {
    const wb = await readWorkbookFile(fixturePath('inj-unitmix.xlsx'));
    expect(recognizeTables(wb).tables.find((t) => t.id === 'T11')?.unit).toBe('元');
    const doc = buildNarrative(wb, { family: 'yunnan' }).document;
    expect(text(doc)).toContain('其中，一般公共预算财政拨款“三公”经费支出1.47万元。');
    const report = lintNarrative(documentParagraphs(doc).map((x) => ({ text: x })), { workbook: wb, tables: recognizeTables(wb).tables });
    expect(report.findings.filter((f) => f.rule !== 'N00')).toEqual([]);
  });

  it('a workbook without tables gives a skeleton of placeholders, never a number', async () => {
    const wb = await readWorkbookFile(fixturePath('robust-empty.xlsx'));
    const doc = buildNarrative(wb).document;
    expect(doc.title).toBe('【待补充：部门名称】【待补充：决算年度】年度部门决算说明');
    expect(text(doc).match(/\d+\.\d+万元/g)).toBeNull();
  });
});

describe('the year', () => {
  it('comes from the file name when no table prints it', () => {
    const noYear: Workbook = { sheets: sample.sheets.filter((s) => !/公开0[89]表/.test(s.name)), source: '/tmp/曲靖市信访局2024年度部门决算.xlsx' };
    expect(buildNarrative(noYear).document.title).toBe('曲靖市信访局2024年度部门决算说明');
    expect(buildNarrative({ ...noYear, source: 'x.xlsx' }).document.title).toBe('曲靖市信访局【待补充：决算年度】年度部门决算说明');
  });
});

describe('N14: 上年数 against last year’s workbook', () => {
  it('the draft’s growth sentences agree with the prior workbook; a consistent but wrong 上年数 is caught', () => {
    const doc = buildNarrative(sample, { prior }).document;
    const paragraphs = documentParagraphs(doc).map((t) => ({ text: t }));
    const opts = { workbook: sample, tables: recognizeTables(sample).tables, priorWorkbook: prior, priorTables: recognizeTables(prior).tables };
    expect(lintNarrative(paragraphs, opts).findings.filter((f) => f.rule !== 'N00')).toEqual([]);
    // 1095.72 − 209.14 = 886.58 and 209.14 / 886.58 = 23.59%: the sentence adds up, last year's table does not (876.58).
    const i = paragraphs.findIndex((p) => p.text.includes('收、支总计各增加219.14万元，增长25.00%'));
    const changed = paragraphs.map((p, k) => (k === i ? { text: p.text.replace('增加219.14万元，增长25.00%', '增加209.14万元，增长23.59%') } : p));
    const f = lintNarrative(changed, opts).findings.filter((x) => x.rule !== 'N00');
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([['N14', '876.58', '886.58']]);
    expect(f[0].related[0]).toMatchObject({ sheet: '公开01表' });
  });
});
