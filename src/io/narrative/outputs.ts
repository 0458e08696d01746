import * as fs from 'fs';
import * as path from 'path';
import type { Workbook } from '../../core/model/workbook';
import { buildNarrative, type BuiltNarrative, type NarrativeDocument, type NarrativeFamily } from '../../core/narrative';
import type { ChartSpec } from '../../core/narrative/model';
import { selfEvaluationSummary } from '../../core/narrative/self-evaluation';
import { recognizeTables } from '../../core/tables/recognize';
import { narrativeDocxBytes } from '../docx-narrative';
import { readWorkbookFile } from '../exceljs-reader';
import { renderHtml } from './html';
import { renderMarkdown, renderPlainText } from './markdown';
import { rasterizeCharts } from './rasterize-node';

export function chartsOf(doc: NarrativeDocument): ChartSpec[] {
  return doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
}

export interface DraftFileOptions {
  prior?: string;
  family?: NarrativeFamily;
  profile?: string;
}

/** Reads the workbook (and last year's), scores the self-evaluation forms, drafts the 说明. */
export async function draftFromFile(file: string, options: DraftFileOptions = {}): Promise<BuiltNarrative & { workbook: Workbook }> {
  const workbook = await readWorkbookFile(file);
  const prior = options.prior ? await readWorkbookFile(options.prior) : undefined;
  // Tables recognised once, for the draft and the self-evaluation it cites.
  const recognition = recognizeTables(workbook);
  let selfEvaluation;
  try {
    selfEvaluation = selfEvaluationSummary(workbook, options.profile, recognition);
  } catch {
    selfEvaluation = undefined; // a form the scorer cannot read leaves the section to the 补充信息 sheet
  }
  return { ...buildNarrative(workbook, { prior, family: options.family, selfEvaluation, recognition }), workbook };
}

/** Writes the document in the format the extension asks for: .docx, .html/.htm, .md, .txt. */
export async function writeNarrativeFile(doc: NarrativeDocument, out: string): Promise<void> {
  const ext = path.extname(out).toLowerCase();
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  if (ext === '.docx') {
    fs.writeFileSync(out, await narrativeDocxBytes(doc, { chartImages: rasterizeCharts(chartsOf(doc)) }));
  } else if (ext === '.html' || ext === '.htm') {
    fs.writeFileSync(out, renderHtml(doc, { fullDocument: true }), 'utf8');
  } else if (ext === '.md' || ext === '.markdown') {
    fs.writeFileSync(out, renderMarkdown(doc), 'utf8');
  } else if (ext === '.txt') {
    fs.writeFileSync(out, renderPlainText(doc), 'utf8');
  } else {
    throw new Error(`不支持的输出格式“${ext || out}”：请用 .docx、.html、.md 或 .txt`);
  }
}

/** For `npm run demo`: drafts the 说明 of a workbook and writes 决算说明.docx and 决算说明.html into outDir. */
export async function writeNarrativeOutputs(workbookPath: string, outDir: string, options: DraftFileOptions = {}): Promise<{ docx: string; html: string; placeholders: number }> {
  const built = await draftFromFile(workbookPath, options);
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.basename(workbookPath, path.extname(workbookPath)).replace(/部门决算$/, '');
  const docx = path.join(outDir, `${base}决算说明（草稿）.docx`);
  const html = path.join(outDir, `${base}决算说明（草稿）.html`);
  await writeNarrativeFile(built.document, docx);
  await writeNarrativeFile(built.document, html);
  const placeholders = renderPlainText(built.document).match(/【待补充/g)?.length ?? 0;
  return { docx, html, placeholders };
}
