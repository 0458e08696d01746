/**
 * One 检查 also checks a 说明 kept in the workbook (a sheet named like 决算说明): its slips come with
 * the table findings, at the paragraph's cell, with the corrected paragraph as the fix where one
 * correction is certain. Before, only `lint-narrative` read it, and the add-in never did.
 */
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { formatReportText } from '../../src/cli/format-text';
import { fixturePath, SAMPLE_WORKBOOK } from '../fixtures/registry';
import { SAMPLE_NARRATIVE, SAMPLE_NARRATIVE_SLIPS, seed004SelfEvaluationText } from '../fixtures/builders/narrative';
import { parseA1 } from '../../src/core/model/address';
import { type Sheet, type Workbook, withCell } from '../../src/core/model/workbook';

const narrativeFindings = (wb: Workbook, rules?: string[]) => checkWorkbook(wb, { rules }).findings.filter((f) => f.table === '决算说明');

describe('the 说明 sheet in one 检查', () => {
  let withNarrative: Workbook;
  beforeAll(async () => {
    withNarrative = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
  });

  it('finds every deliberate slip of the sample 说明, on its sheet, at the paragraph cell', () => {
    const report = checkWorkbook(withNarrative);
    expect(report.narrative).toEqual({ sheet: '决算说明', paragraphs: 14 });
    const found = report.findings.filter((f) => f.table === '决算说明');
    for (const slip of SAMPLE_NARRATIVE_SLIPS) {
      const hit = found.filter((f) => f.rule === slip.rule && (f as { excerpt?: string }).excerpt?.includes(slip.text));
      expect(hit.map((f) => f.rule)).toContain(slip.rule);
      expect(hit[0].sheet).toBe('决算说明');
      expect(hit[0].cell).toMatch(/^A\d+$/);
    }
    // The tables' own findings are still there, and counted with the 说明's.
    expect(report.findings.some((f) => f.rule === 'CLASS-NAME')).toBe(true);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('an amount re-typed wrong names the table cell and offers the corrected paragraph', () => {
    const f = narrativeFindings(withNarrative).find((x) => x.rule === 'N01' && x.actual === '885.35')!;
    expect(f.expected).toBe('885.53');
    expect(f.related).toEqual([expect.objectContaining({ sheet: '公开05表', cell: 'K13' })]);
    expect(f.fix).toEqual({ sheet: '决算说明', cell: f.cell, value: expect.stringContaining('一般公共服务支出885.53万元') });
  });

  it('a 说明 that names another unit as itself (copied from its template): N09 at that paragraph, the tables’ 编制单位 as the fix', () => {
    expect(narrativeFindings(withNarrative).filter((f) => f.rule === 'N09')).toEqual([]);
    const copied = withCell(withNarrative, '决算说明', 'A1', () => ({ value: '曲靖市民政局2023年度部门决算说明' }));
    const f = narrativeFindings(copied).filter((x) => x.rule === 'N09');
    expect(f.map((x) => [x.cell, x.severity, x.actual, x.expected])).toEqual([['A1', 'warning', '曲靖市民政局', '曲靖市信访局']]);
    expect(f[0].fix).toEqual({ sheet: '决算说明', cell: 'A1', value: '曲靖市信访局2023年度部门决算说明' });
  });

  it('the CLI report says the 说明 was checked and lists its findings under ■ 决算说明', () => {
    const text = formatReportText(checkWorkbook(withNarrative), 'x.xlsx');
    expect(text).toContain('  决算说明：工作表“决算说明”（14 段），已与报表核对');
    const section = text.slice(text.indexOf('■ 决算说明'));
    expect(section).toMatch(/^■ 决算说明\n {2}\[错误\] 决算说明!A\d+ {2}N0\d/);
  });

  it('restricting the rules restricts the 说明 rules too', () => {
    expect(narrativeFindings(withNarrative, ['T03-1'])).toEqual([]);
    expect(new Set(narrativeFindings(withNarrative, ['N01']).map((f) => f.rule))).toEqual(new Set(['N01']));
  });

  it('no 说明 sheet, no 说明 findings: the sample, and a workbook of stacked tables whose notes read as prose', async () => {
    for (const file of [SAMPLE_WORKBOOK, fixturePath('seed004-stacked.xlsx')]) {
      const report = checkWorkbook(await readWorkbookFile(file));
      expect(report.narrative).toBeUndefined();
      expect(report.findings.filter((f) => /^N\d/.test(f.rule))).toEqual([]);
    }
  });

  describe('a 说明 sheet named otherwise (Sheet3, 附件2)', () => {
    const renamed = (name: string, rows?: (typed: string[]) => string[]): Workbook => ({
      ...withNarrative,
      sheets: withNarrative.sheets.map((s) => {
        if (s.name !== '决算说明') return s;
        const typed = s.rows.map((r) => String(r?.[0]?.value ?? ''));
        return { ...s, name, rows: rows ? rows(typed).map((text) => [{ value: text }]) : s.rows };
      }),
    });
    const slipsOf = (wb: Workbook) => narrativeFindings(wb).map((f) => `${f.rule} ${f.cell} ${f.message}`);

    it('is read when its first lines title it a 决算说明: the same findings, on that sheet (was: not read)', () => {
      const report = checkWorkbook(renamed('附件2'));
      expect(report.narrative).toEqual({ sheet: '附件2', paragraphs: 14 });
      expect(slipsOf(renamed('附件2'))).toEqual(slipsOf(withNarrative));
      expect(narrativeFindings(renamed('附件2')).every((f) => f.sheet === '附件2')).toBe(true);
    });

    it('is read when it starts at 第一部分 部门概况 (the package copied without its cover)', () => {
      const wb = renamed('Sheet3', (typed) => ['第一部分 部门概况', '一、部门职责', '负责全市信访工作，受理群众来信来访。', ...typed.slice(1)]);
      expect(checkWorkbook(wb).narrative).toEqual({ sheet: 'Sheet3', paragraphs: 16 });
      expect(slipsOf(wb).length).toBe(slipsOf(withNarrative).length);
    });

    it('is not read when its title says it is instructions (填报说明), though its headings read 收入决算情况说明', () => {
      const wb = renamed('Sheet3', (typed) => ['2023年度部门决算公开填报说明', ...typed.slice(1)]);
      const report = checkWorkbook(wb);
      expect(report.narrative).toBeUndefined();
      expect(report.findings.filter((f) => /^N\d/.test(f.rule))).toEqual([]);
    });

    it('is not read when nothing titles it: paragraphs of prose alone (a blank form’s notes read so)', () => {
      const wb = renamed('Sheet3', (typed) => typed.filter((t) => t.length > 40));
      const report = checkWorkbook(wb);
      expect(report.narrative).toBeUndefined();
      expect(report.findings.filter((f) => /^N\d/.test(f.rule))).toEqual([]);
    });

    describe('over sheets numbering its parts (附件2-1, 附件2-2)', () => {
      /** The 决算说明 sheet's rows split in two at row `cut`, on sheets named `names`. */
      const split = (names: [string, string], cut: number): Workbook => {
        const sheet = withNarrative.sheets.find((s) => s.name === '决算说明')!;
        const parts = [sheet.rows.slice(0, cut), sheet.rows.slice(cut)].map((rows, i) => ({ ...sheet, name: names[i], rows }));
        return { ...withNarrative, sheets: [...withNarrative.sheets.filter((s) => s !== sheet), ...parts] };
      };
      const shape = (wb: Workbook) => narrativeFindings(wb).map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual} ${f.message}`).sort();

      it('reads every part in order, from the first, whichever holds the most prose: the findings of the 说明 on one sheet (was: one part)', () => {
        for (const names of [['附件2-1', '附件2-2'], ['决算说明（一）', '决算说明（二）'], ['说明1', '说明2']] as [string, string][]) {
          for (const cut of [3, 12]) {
            const wb = split(names, cut);
            expect(checkWorkbook(wb).narrative).toEqual({ sheet: names[0], sheets: names, paragraphs: 14 });
            expect(shape(wb)).toEqual(shape(withNarrative));
          }
        }
      });

      it('not over copies Excel names 决算说明 (2), nor over the next attachment (附件3, a 绩效自评情况)', () => {
        const copy = withNarrative.sheets.find((s) => s.name === '决算说明')!;
        const withCopy: Workbook = { ...withNarrative, sheets: [...withNarrative.sheets, { ...copy, name: '决算说明 (2)' }] };
        expect(checkWorkbook(withCopy).narrative?.sheets).toBeUndefined();
        expect(shape(withCopy)).toEqual(shape(withNarrative));
        const asAttachment = renamed('附件2');
        const next: Sheet = { name: '附件3', rows: [[{ value: '2023年度部门整体支出绩效自评情况' }], [{ value: '通过此次部门整体支出绩效评价，促使本单位从整体上提升预算绩效管理工作水平，强化支出责任。' }]], merges: [] };
        expect(checkWorkbook({ ...asAttachment, sheets: [...asAttachment.sheets, next] }).narrative).toEqual({ sheet: '附件2', paragraphs: 14 });
      });
    });

    it('is not read when it is a 部门整体支出绩效自评情况 (seed 004’s, whose first lines read 一、部门基本情况 (一) 部门概况)', () => {
      const rows = seed004SelfEvaluationText().map((cells) => cells.map((value) => ({ value })));
      const report = checkWorkbook({ ...withNarrative, sheets: [...withNarrative.sheets.filter((s) => s.name !== '决算说明'), { name: 'Sheet13', rows, merges: [] }] });
      expect(report.narrative).toBeUndefined();
      expect(report.findings.filter((f) => /^N\d/.test(f.rule))).toEqual([]);
    });

    it('a 部门整体支出绩效自评情况 on a sheet of its own is checked for its amounts (seed 004’s agree with the tables), never for what only a 说明 must say', async () => {
      const wb = await readWorkbookFile(fixturePath('seed004-selfeval-text.xlsx'));
      const clean = checkWorkbook(wb);
      expect(clean.narrative).toBeUndefined();
      expect(clean.selfEvaluationText).toEqual({ sheet: '附件3', paragraphs: 31 });
      expect(clean.findings.filter((f) => f.table === '绩效自评情况')).toEqual([]);
      // 三公 1.47 re-typed 1.74: N01 at its paragraph's cell, against the table cell; the 减少1.01 after it is judged on the
      // table's 1.47, as the text had it before the typo, so no N03 (it had said 2.49 − 1.74 is no 1.01).
      const sheet = wb.sheets.find((x) => x.name === '附件3')!;
      const row = sheet.rows.findIndex((r) => r?.some((c) => String(c?.value ?? '').includes('决算支出数为1.47万元')));
      const col = sheet.rows[row]!.findIndex((c) => String(c?.value ?? '').includes('决算支出数为1.47万元'));
      const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
      const slipped = checkWorkbook(withCell(wb, '附件3', cell, (was) => ({ value: String(was!.value).replace('决算支出数为1.47万元', '决算支出数为1.74万元') })));
      const found = slipped.findings.filter((f) => f.table === '绩效自评情况');
      expect(found.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.actual, f.expected])).toEqual([
        ['N01', 'error', '附件3', cell, '1.74', '1.47'],
      ]);
      expect(found[0].related[0]).toMatchObject({ sheet: expect.stringMatching(/^公开1[01]表$/) });
      expect(found[0].fix).toEqual({ sheet: '附件3', cell, value: expect.stringContaining('决算支出数为1.47万元') });
      const text = formatReportText(slipped, 'x.xlsx');
      expect(text).toContain('■ 绩效自评情况');
      expect(text).toContain('  部门整体支出绩效自评情况：工作表“附件3”（31 段），其中的金额已与报表核对');
    });

    it('is not read when it is only a title page or a table of contents (too little prose)', () => {
      const wb = renamed('目录', () => ['曲靖市信访局2023年度部门决算', '目录', '第一部分 部门概况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明']);
      expect(checkWorkbook(wb).narrative).toBeUndefined();
    });
  });
});

describe('the whole package on one sheet (a PDF turned into a workbook: tables and 说明 together on Sheet1)', () => {
  it('checks the text around the tables under its 说明 title: the same slips as on a 说明 sheet, at their cells (was: not read)', async () => {
    const pkg = await readWorkbookFile(fixturePath('seed004-package.xlsx'));
    const report = checkWorkbook(pkg);
    expect(report.tables).toHaveLength(12);
    expect(report.narrative?.sheet).toBe('Sheet1');
    const found = narrativeFindings(pkg);
    const onSheet = narrativeFindings(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx')));
    // Same findings but for the paragraph numbers: the page's title line above the tables is paragraph 1 here.
    const shape = (fs: typeof found) => fs.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual} ${f.message.replace(/^第\d+段：/, '')}`).sort();
    expect(shape(found)).toEqual(shape(onSheet));
    // At the paragraphs' own cells below the tables, never in a table's title, header or notes.
    const sheet = pkg.sheets.find((s) => s.name === 'Sheet1')!;
    for (const f of found) {
      expect(f.sheet).toBe('Sheet1');
      const { row, col } = parseA1(f.cell);
      expect(SAMPLE_NARRATIVE).toContain(String(sheet.rows[row]![col]!.value));
    }
    const n01 = found.find((f) => f.rule === 'N01' && f.actual === '885.35')!;
    expect(n01.fix).toEqual({ sheet: 'Sheet1', cell: n01.cell, value: expect.stringContaining('一般公共服务支出885.53万元') });
  });

  it('with the 绩效自评 forms below the 说明 (the whole published package): the 说明 is read, the forms and their notes are not (was: not read)', async () => {
    const withForms = await readWorkbookFile(fixturePath('seed004-package-forms.xlsx'));
    const report = checkWorkbook(withForms);
    expect(report.tables).toHaveLength(12);
    expect(report.scores?.map((s) => s.kind)).toEqual(['dept', 'project', 'project', 'project']);
    const pkg = await readWorkbookFile(fixturePath('seed004-package.xlsx'));
    // Its paragraphs are the package's and the 附件 heading above the forms: no form cell, no note after a form.
    expect(report.narrative).toEqual({ sheet: 'Sheet1', paragraphs: checkWorkbook(pkg).narrative!.paragraphs + 1 });
    const shape = (wb: Workbook) => narrativeFindings(wb).map((f) => `${f.rule} ${f.severity} ${f.cell} ${f.expected} ${f.actual} ${f.message}`).sort();
    expect(shape(withForms)).toEqual(shape(pkg));
    // The forms' own findings are those of the same forms on sheets of their own.
    const own = checkWorkbook(await readWorkbookFile(fixturePath('selfeval-004-yunnan.xlsx')));
    const scoreShape = (r: typeof report) => r.scores!.map((s) => `${s.project} ${s.total.reported} ${s.total.recomputed} ${s.grade.recomputed}`);
    expect(scoreShape(report)).toEqual(scoreShape(own));
  });

  it('tables side by side in pairs, the 说明 below: only the text outside every table is read', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-side-by-side.xlsx'));
    const sheet = wb.sheets.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const first = sheet.rows.length + 2;
    SAMPLE_NARRATIVE.forEach((text, i) => (sheet.rows[first + i] = [{ value: text }]));
    const report = checkWorkbook(wb);
    // Its fourteen lines and nothing of the tables' titles, headers, rows or notes.
    expect(report.narrative).toEqual({ sheet: sheet.name, paragraphs: SAMPLE_NARRATIVE.length });
    const found = narrativeFindings(wb);
    expect(found.length).toBeGreaterThanOrEqual(SAMPLE_NARRATIVE_SLIPS.length);
    for (const f of found) expect(parseA1(f.cell).row).toBeGreaterThanOrEqual(first);
  });
});

describe('a PDF converted a page per sheet (Page1, Page2, …): the 说明 over two pages, a printed line per cell', () => {
  it('reads it from its title page on over the next page, joins the sentence the page break cut, drops the page numbers', async () => {
    const pages = await readWorkbookFile(fixturePath('seed004-pdf-pages.xlsx'));
    const report = checkWorkbook(pages);
    expect(report.tables).toHaveLength(12);
    // Its fourteen paragraphs: no “- 14 -” among them, the paragraph cut at the page break whole again.
    expect(report.narrative).toEqual({ sheet: 'Page14', sheets: ['Page14', 'Page15'], paragraphs: SAMPLE_NARRATIVE.length });
    expect(formatReportText(report, 'x.xlsx')).toContain('决算说明：工作表“Page14”至“Page15”共 2 张（14 段），已与报表核对');
    const found = narrativeFindings(pages);
    const onSheet = narrativeFindings(await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx')));
    const shape = (fs: typeof found) => fs.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual} ${f.message}`).sort();
    expect(shape(found)).toEqual(shape(onSheet));
    // The slip in the paragraph cut by the page break is at its first line, on the first page; no paragraph is one cell, so no fix.
    const n01 = found.find((f) => f.rule === 'N01' && f.actual === '885.35')!;
    expect(n01.sheet).toBe('Page14');
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });

  it('reads the 说明’s last page though the first 绩效自评 form starts below it on that page (was: the page passed over)', async () => {
    const pages = await readWorkbookFile(fixturePath('seed004-pdf-pages.xlsx'));
    const forms = await readWorkbookFile(fixturePath('selfeval-004-yunnan.xlsx'));
    const form = forms.sheets.find((s) => s.name === '项目支出绩效自评表1')!;
    const last = pages.sheets.find((s) => s.name === 'Page15')!;
    const withForm: Workbook = { ...pages, sheets: pages.sheets.map((s) => (s === last ? { ...s, rows: [...s.rows, [], ...form.rows], merges: [...s.merges, ...form.merges.map((m) => ({ ...m, top: m.top + s.rows.length + 1, bottom: m.bottom + s.rows.length + 1 }))] } : s)) };
    const report = checkWorkbook(withForm);
    expect(report.scores?.map((s) => `${s.sheet} ${s.project}`)).toEqual([`Page15 ${checkWorkbook(forms).scores![1].project}`]);
    expect(report.narrative).toEqual({ sheet: 'Page14', sheets: ['Page14', 'Page15'], paragraphs: SAMPLE_NARRATIVE.length });
    const shape = (wb: Workbook) => narrativeFindings(wb).map((f) => `${f.rule} ${f.sheet} ${f.cell} ${f.message}`).sort();
    expect(shape(withForm)).toEqual(shape(pages));
  });

  it('runs on only over sheets named as a converter names them: a 备注 sheet after the 说明 is not read with it', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
    const renamed: Workbook = {
      ...wb,
      sheets: [
        ...wb.sheets.map((s) => (s.name === '决算说明' ? { ...s, name: 'Sheet13' } : s)),
        { name: '备注', rows: [[{ value: '本单位2023年度决算数据已经审计，审计意见为无保留意见，详见审计报告，特此说明。' }]], merges: [] },
      ],
    };
    expect(checkWorkbook(renamed).narrative).toEqual({ sheet: 'Sheet13', paragraphs: SAMPLE_NARRATIVE.length });
  });
});

describe('fixes of the 说明 paragraphs', () => {
  let withNarrative: Workbook;
  beforeAll(async () => {
    withNarrative = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
  });

  it('three slips in one paragraph: each fix is the paragraph with all three corrected (was: each held its own correction only)', () => {
    const inA9 = narrativeFindings(withNarrative).filter((f) => f.cell === 'A9' && f.fix);
    expect(inA9.map((f) => f.rule).sort()).toEqual(['N01', 'N06', 'N10']);
    const values = new Set(inA9.map((f) => f.fix!.value));
    expect(values.size).toBe(1);
    const [value] = values;
    expect(value).toContain('一般公共服务支出885.53万元');
    expect(value).toContain('卫生健康支出43.31万元');
    expect(value).toContain('住房保障支出41.80万元');
    // Only the slips change: the rest of the paragraph is as typed.
    const typed = String(withNarrative.sheets.find((s) => s.name === '决算说明')!.rows[8]![0]!.value);
    expect(String(value).replace('885.53', '885.35').replace('卫生健康支出', '医疗卫生与计划生育支出').replace('41.80万元', '41.80元')).toBe(typed);
  });

  it('a paragraph joined from several cells (a PDF copy, one printed line per cell) gets no fix: no one cell holds it', () => {
    const sheet = withNarrative.sheets.find((s) => s.name === '决算说明')!;
    const rows: typeof sheet.rows = [];
    for (const line of sheet.rows) {
      const text = line?.[0]?.value;
      if (typeof text !== 'string') continue;
      for (let i = 0; i < text.length; i += 38) rows.push([{ value: text.slice(i, i + 38) }]);
    }
    const cut: Workbook = { ...withNarrative, sheets: withNarrative.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) };
    const found = narrativeFindings(cut);
    expect(found.map((f) => f.rule).sort()).toEqual(narrativeFindings(withNarrative).map((f) => f.rule).sort());
    const long = found.filter((f) => f.rule === 'N01' && f.actual === '885.35');
    expect(long).toHaveLength(1);
    expect(long[0].fix).toBeUndefined();
  });
});

describe('a 说明 of another year kept in the workbook (last year’s, as a model)', () => {
  it('is not checked against this year’s tables, and is listed as not checked with the reason', async () => {
    const wb = await readWorkbookFile(fixturePath('seed004-with-narrative.xlsx'));
    const sheet = wb.sheets.find((s) => s.name === '决算说明')!;
    for (const row of sheet.rows) for (const c of row ?? []) if (c && typeof c.value === 'string') c.value = c.value.replace(/2023/g, '2022');
    const report = checkWorkbook(wb);
    expect(report.narrative).toBeUndefined();
    expect(report.findings.filter((f) => /^N\d/.test(f.rule))).toEqual([]);
    expect(report.unrecognized).toContainEqual({ sheet: '决算说明', reason: expect.stringMatching(/^说明写的是2022年度，本工作簿的报表是2023年度，未与报表核对/) });
    expect(formatReportText(report, 'x.xlsx')).toContain('未检查：决算说明  —— 说明写的是2022年度');
  });
});
