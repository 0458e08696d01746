/**
 * A 说明 kept in Word is often the whole published package: cover, the twelve 公开表 and the 绩效自评表
 * as Word tables, the 说明's sentences between them. Its tables are left out of what is checked;
 * a document whose text is all in tables (a PDF converted to Word lays its pages out so) keeps them.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { checkWorkbook } from '../../src/core/check';
import { paragraphsFromDocument } from '../../src/io/narrative/document-text';
import { readWorkbookFile } from '../../src/io/exceljs-reader';
import { SAMPLE_NARRATIVE } from '../fixtures/builders/narrative';
import { seed004DeptRows, seed004ProjectForms } from '../fixtures/builders/selfeval-yunnan';
import { seed004Tables } from '../fixtures/seed004-tables';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

const table = (rows: string[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({ rows: rows.map((r) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })) })) });
};
const docx = async (children: (Paragraph | Table)[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));

/** The package as one Word document: cover, the tables, the sample 说明, then the 绩效自评表. */
function wholePackage(): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = ['曲靖市信访局2023年度部门决算', '目录', '第一部分 部门概况', '第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明'].map((t) => new Paragraph(t));
  for (const t of seed004Tables()) out.push(new Paragraph(t.rows[0][0] ?? ''), table(t.rows.slice(1)));
  for (const t of SAMPLE_NARRATIVE) out.push(new Paragraph(t));
  out.push(new Paragraph('附件：2023年度部门整体支出绩效自评表'), table(seed004DeptRows()));
  for (const f of seed004ProjectForms()) out.push(new Paragraph(f.title), table([[f.title, f.name], ...f.meta, f.fundColumns, ...f.fundRows.map((r) => [r.label, ...r.values]), f.indicatorColumns, ...f.indicators]));
  return out;
}

describe('a 说明 in Word that holds the whole package', () => {
  it('is checked on its sentences only: the same findings as the 说明 alone (was: two false N06 from the 绩效自评 tables)', async () => {
    const workbook = await readWorkbookFile(SAMPLE_WORKBOOK);
    const narrativeOf = async (bytes: Uint8Array) => {
      const paragraphs = await paragraphsFromDocument('说明.docx', bytes);
      const found = checkWorkbook(workbook, { narrative: { file: '说明.docx', paragraphs } }).findings.filter((f) => /^N\d/.test(f.rule));
      return { paragraphs, found: found.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual} ${f.message.replace(/^第\d+段：/, '')}`).sort() };
    };
    const whole = await narrativeOf(await docx(wholePackage()));
    const alone = await narrativeOf(await docx(SAMPLE_NARRATIVE.map((t) => new Paragraph(t))));
    expect(whole.found).toEqual(alone.found);
    expect(alone.found.length).toBeGreaterThan(0);
    // Its paragraphs: the cover, the table titles and the 说明's, not a table cell.
    for (const p of SAMPLE_NARRATIVE) expect(whole.paragraphs.map((x) => x.text)).toContain(p);
    expect(whole.paragraphs.map((x) => x.text)).not.toContain('一般公共服务支出');
  });

  it('a document whose text is all in tables (a PDF converted to Word) is read with its tables', async () => {
    const laidOut = await docx([table(SAMPLE_NARRATIVE.map((t) => [t]))]);
    expect((await paragraphsFromDocument('说明.docx', laidOut)).map((p) => p.text)).toEqual(SAMPLE_NARRATIVE);
  });
});
