import { buildNarrative, documentParagraphs, lintNarrative, paragraphsFromText } from '../../src/core/narrative';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { recognizeTables } from '../../src/core/tables/recognize';
import type { Workbook } from '../../src/core/model/workbook';
import type { RecognizedTable } from '../../src/core/tables/types';
import { seedNarrativeLines } from '../fixtures/builders/narrative';
import { fixturePath } from '../fixtures/registry';

/** N02's whole: named by the sentence or paragraph, else the one the list's shares fit; never an item of the list. */

let sample: Workbook;
let tables: RecognizedTable[];
/** The tool's own draft for the seed-004 sample: its 类 paragraph states every share right. */
let draft: string[];

beforeAll(async () => {
  sample = await readWorkbookFile(fixturePath('seed004-clean.xlsx'));
  tables = recognizeTables(sample).tables;
  draft = documentParagraphs(buildNarrative(sample).document);
});

const LEAD = /^2023年度一般公共预算财政拨款支出1095\.72万元，主要用于以下方面：/;

/** The draft with its 类 paragraph's lead-in (“…1095.72万元，主要用于以下方面：”) taken out, as officers often write it. */
function withoutLeadIn(): string[] {
  const i = draft.findIndex((p) => LEAD.test(p));
  expect(i).toBeGreaterThanOrEqual(0);
  return draft.map((p, j) => (j === i ? p.replace(LEAD, '') : p));
}

const lint = (paragraphs: string[]) => lintNarrative(paragraphs.map((text) => ({ text })), { workbook: sample, tables }).findings.filter((f) => f.rule === 'N02');

describe('N02: the whole of a 类 list without a lead-in', () => {
  it('the draft’s right shares stay right once the lead-in is gone (the first 类 is no whole)', () => {
    expect(lint(draft)).toEqual([]);
    expect(lint(withoutLeadIn())).toEqual([]);
  });

  it('only the 类 paragraph, the total stated nowhere: the whole is the tables’ 一般公共预算财政拨款支出', () => {
    const only = withoutLeadIn().filter((p) => /^一般公共服务支出885\.53万元，占80\.82%/.test(p));
    expect(only).toHaveLength(1);
    expect(lint(only)).toEqual([]);
    const slipped = only.map((p) => p.replace('占11.42%', '占12.42%'));
    const f = lint(slipped);
    expect(f.map((x) => [x.expected, x.actual])).toEqual([['11.42%', '12.42%']]);
    expect(f[0].message).toContain('一般公共预算财政拨款支出 1095.72万元');
    expect(f[0].replacement).toBe(only[0]);
  });

  it('a slipped share of the first 类 is checked too, against 1095.72', () => {
    const f = lint(withoutLeadIn().map((p) => p.replace('占80.82%', '占81.82%')));
    expect(f.map((x) => [x.expected, x.actual])).toEqual([['80.82%', '81.82%']]);
  });
});

describe('N02 on seed 001 without tables', () => {
  const lines = seedNarrativeLines('001');
  const at = lines.findIndex((l) => l.startsWith('2020年度一般公共预算财政拨款支出1779.16万元，一般公共服务支出1426.10万元'));

  it('“X万元，A…占本年财政拨款支出p%；B…”: the whole the sentence names, not A', () => {
    expect(at).toBeGreaterThanOrEqual(0);
    const bare = lines.map((l, i) => (i === at ? l.replace(/占本年财政拨款支出/g, '占') : l));
    expect(lintNarrative(paragraphsFromText(bare.join('\n'))).findings.filter((f) => f.rule === 'N02')).toEqual([]);
    const slipped = bare.map((l, i) => (i === at ? l.replace('占7.40%', '占8.40%') : l));
    const f = lintNarrative(paragraphsFromText(slipped.join('\n'))).findings.filter((x) => x.rule === 'N02');
    expect(f.map((x) => [x.expected, x.actual])).toEqual([['7.40%', '8.40%']]);
  });

  it('the total named nowhere: shares right for one whole are not judged against the first 类, nor a near total (本年支出合计 1780.09)', () => {
    const bare = lines.map((l, i) => (i === at ? l.replace('2020年度一般公共预算财政拨款支出1779.16万元，', '').replace(/占本年财政拨款支出/g, '占') : l));
    const n02 = (text: string[]) => lintNarrative(paragraphsFromText(text.join('\n'))).findings.filter((f) => f.rule === 'N02');
    expect(n02(bare)).toEqual([]);
    // One share slipped: no stated total fits most of them, so no correction is guessed.
    expect(n02(bare.map((l, i) => (i === at ? l.replace('占7.40%', '占8.40%') : l)))).toEqual([]);
  });
});
