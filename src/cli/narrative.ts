import * as path from 'path';
import { type ParsedArgs, flagString, formatFlag } from './args';
import { UnreadableFileError, conversionOf, loadWorkbook } from './load';
import { lintNarrative, refusalMessage, supplementTemplate, type NarrativeFamily, type NarrativeFinding } from '../core/narrative';
import { findNarrative } from '../core/narrative/lint/sheet-source';
import { spanExcerpt } from '../core/narrative/lint/excerpt';
import { NARRATIVE_RULES } from '../core/narrative/lint/registry';
import { recognizeTables } from '../core/tables/recognize';
import { recognizeScoreForms } from '../core/scoring/recognize';
import { SEVERITY_LABEL } from '../core/findings/finding';
import { FAMILY_LABEL, PLACEHOLDER } from '../core/narrative/model';
import { draftFromFile, writeNarrativeFile } from '../io/narrative/outputs';
import { renderMarkdown } from '../io/narrative/markdown';
import { readNarrativeFile } from '../io/narrative/read-text';
import { writeSupplementTemplate } from '../io/narrative/supplement-xlsx';
import { UnwritableOutputError, writing } from './output-errors';

const FAMILIES: Record<string, NarrativeFamily> = {
  tenpart: 'tenpart',
  '十段式': 'tenpart',
  central: 'tenpart',
  shanghai: 'tenpart',
  sichuan: 'tenpart',
  yunnan: 'yunnan',
  '云南': 'yunnan',
  beijing: 'beijing',
  '北京': 'beijing',
};

export const NARRATIVE_USAGE = `用法：juesuan narrative <文件.xlsx> [--prior <上年.xlsx>] [--family 十段式|云南|北京] [--out <说明.docx|.html|.md|.txt>] [--template-out <含补充信息表的副本.xlsx>] [--profile <评分规则>]`;
export const LINT_NARRATIVE_USAGE = `用法：juesuan lint-narrative <文件.xlsx> [--text <说明.txt|.docx>] [--sheet <工作表名>] [--prior <上年.xlsx>] [--format text|json]`;

/**
 * `juesuan narrative <file.xlsx> [--prior last.xlsx] [--family …] [--out file] [--template-out copy.xlsx]`
 * Drafts the 决算说明; the output format follows the --out extension (Markdown on stdout without --out).
 * --template-out writes a copy of the workbook with a 补充信息 sheet to fill (上年数, 年初预算数, reasons…).
 * Exit: 0 written; 2 unreadable input or bad arguments.
 */
export async function runNarrativeCommand(args: ParsedArgs): Promise<number> {
  const [file] = args.positionals;
  if (!file) {
    process.stderr.write(`${NARRATIVE_USAGE}\n`);
    return 2;
  }
  const familyFlag = flagString(args, 'family');
  const family = familyFlag ? FAMILIES[familyFlag.toLowerCase()] ?? FAMILIES[familyFlag] : undefined;
  if (familyFlag && !family) {
    process.stderr.write(`未知的说明格式“${familyFlag}”：可选 十段式（tenpart）、云南（yunnan）、北京（beijing）\n`);
    return 2;
  }
  const priorFile = flagString(args, 'prior');
  // What is read below: the file, or the .xlsx LibreOffice made of an .xls.
  let xlsx: string;
  let prior: string | undefined;
  try {
    await loadWorkbook(file);
    xlsx = (await conversionOf(file))?.xlsx ?? file;
    if (priorFile) await loadWorkbook(priorFile);
    prior = priorFile && ((await conversionOf(priorFile))?.xlsx ?? priorFile);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const built = await draftFromFile(xlsx, { prior, family, profile: flagString(args, 'profile') });
  const templateOut = flagString(args, 'template-out');
  if (templateOut) {
    if (path.resolve(templateOut) === path.resolve(file)) {
      process.stderr.write('输出文件不能与输入文件相同：决算助手从不修改原文件。\n');
      return 2;
    }
    let how;
    try {
      how = await writing(templateOut, () => writeSupplementTemplate(xlsx, templateOut, supplementTemplate(built.facts)));
    } catch (e) {
      if (!(e instanceof UnwritableOutputError)) throw e;
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(how === 'added' ? `已写出含“补充信息”工作表的副本：${templateOut}\n` : `工作簿已有“补充信息”工作表，副本中保留原内容：${templateOut}\n`);
  }
  const out = flagString(args, 'out');
  const doc = built.document;
  if (out) {
    try {
      await writing(out, () => writeNarrativeFile(doc, out));
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
  } else if (!templateOut) process.stdout.write(renderMarkdown(doc));
  const text = doc.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
  const pending = text.match(PLACEHOLDER)?.length ?? 0;
  const chosen = family ? '（按 --family 指定）' : built.tablesRead ? '（按报表自动判断）' : '（未识别到报表，用默认格式）';
  process.stderr.write(
    `说明格式：${FAMILY_LABEL[doc.family]}${chosen}；待补充 ${pending} 处${prior ? '；上年数取自 ' + path.basename(priorFile!) : ''}${out ? `；已写出 ${out}` : ''}\n`,
  );
  for (const r of built.supplement.refused ?? []) process.stderr.write(`注意：${refusalMessage(r)}。\n`);
  if (!built.tablesRead) process.stderr.write('注意：工作簿中没有识别到决算公开表，说明里只有固定文字和待补充内容。可先运行 check 查看哪些表格未能识别及原因。\n');
  return 0;
}

function marked(f: NarrativeFinding, paragraphText: string): string {
  const e = spanExcerpt(paragraphText, f.span);
  return `${e.before}【${e.marked}】${e.after}`;
}

/**
 * `juesuan lint-narrative <file.xlsx> [--text 说明.txt|.docx] [--sheet name] [--prior last.xlsx] [--format text|json]`
 * Checks a 说明 against its own arithmetic and the workbook's tables (and last year's, with --prior). Without --text the 说明 is
 * looked for inside the workbook (a sheet named or titled like 决算说明/情况说明, or the sheet of prose).
 * JSON: { file, source, findings: [{ rule, severity, sheet, cell, expected, actual, message,
 * related, paragraph, span, excerpt, … }], summary: { errors, warnings, infos } }.
 * Exit: 0 no error; 1 errors found; 2 unreadable input or no 说明 found.
 */
export async function runLintNarrativeCommand(args: ParsedArgs): Promise<number> {
  const [file] = args.positionals;
  if (!file) {
    process.stderr.write(`${LINT_NARRATIVE_USAGE}\n`);
    return 2;
  }
  const format = formatFlag(args, ['text', 'json'] as const);
  if (!format) return 2;
  let workbook;
  try {
    workbook = await loadWorkbook(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const recognition = recognizeTables(workbook);
  const textFile = flagString(args, 'text');
  let paragraphs;
  let source: string;
  if (textFile) {
    try {
      paragraphs = await readNarrativeFile(textFile);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES';
      process.stderr.write(`无法读取说明文件“${path.basename(textFile)}”：${missing ? '文件不存在或没有读取权限。' : (e as Error).message}\n`);
      return 2;
    }
    source = path.basename(textFile);
  } else {
    const sheetName = flagString(args, 'sheet');
    // The 公开表 and the 绩效自评 forms are no 说明, though their notes read as prose.
    const found = findNarrative(workbook, { ...recognition, forms: recognizeScoreForms(workbook) }, sheetName);
    if (!found) {
      process.stderr.write(sheetName ? `工作簿中没有名为“${sheetName}”的工作表。\n` : '工作簿中没有找到决算说明（没有名为或标题为“决算说明/情况说明”的工作表，也没有成段文字的工作表）。请用 --text 指定说明文件或用 --sheet 指定工作表。\n');
      return 2;
    }
    paragraphs = found.paragraphs;
    source = found.sheet.name;
  }
  const priorFile = flagString(args, 'prior');
  let priorWorkbook;
  if (priorFile) {
    try {
      priorWorkbook = await loadWorkbook(priorFile);
    } catch (e) {
      if (e instanceof UnreadableFileError) {
        process.stderr.write(`${e.message}\n`);
        return 2;
      }
      throw e;
    }
  }
  const report = lintNarrative(paragraphs, {
    workbook,
    tables: recognition.tables,
    source,
    priorWorkbook,
    priorTables: priorWorkbook ? recognizeTables(priorWorkbook).tables : undefined,
  });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ file, source, tables: recognition.tables.map((t) => t.label), findings: report.findings, summary: report.summary }, null, 2)}\n`);
  } else {
    const title = (id: string) => NARRATIVE_RULES.find((r) => r.id === id)?.title ?? id;
    const lines = [`决算说明检查：${path.basename(file)}（说明来自“${source}”，${report.paragraphs} 段；识别到报表 ${recognition.tables.length} 张）`];
    for (const f of report.findings) {
      const where = f.cell ? `${f.sheet}!${f.cell}` : `第${f.paragraph + 1}段`;
      lines.push(`[${SEVERITY_LABEL[f.severity]}] ${f.rule} ${title(f.rule)}（${where}）`);
      lines.push(`  ${f.message}`);
      lines.push(`  原文：${marked(f, paragraphs[f.paragraph]?.text ?? f.excerpt)}`);
      if (f.related.length) lines.push(`  报表：${f.related.map((r) => `${r.sheet}!${r.cell}${r.role ? `（${r.role}）` : ''}`).join('；')}`);
    }
    const s = report.summary;
    lines.push(`共 ${report.findings.length} 条：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}。`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return report.summary.errors > 0 ? 1 : 0;
}
