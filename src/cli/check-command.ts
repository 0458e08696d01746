import * as fs from 'fs';
import * as path from 'path';
import { type CheckOptions, type CheckReport, checkWorkbook } from '../core/check';
import { convertNarrativesAhead, readNarrativeFile } from '../io/narrative/read-text';
import { type ParsedArgs, flagString, formatFlag } from './args';
import { writeAnnotatedCopy } from './annotate';
import type { FixMode } from '../core/findings/fix-write';
import type { CopyFixes, FixedCopy } from './fix-copy';
import { fixFlag, fixedText } from './fix-option';
import { formatReportText } from './format-text';
import { UnreadableFileError, conversionOf, convertWorkbooksAhead, loadWorkbook } from './load';
import { ProgressBar } from './progress';
import { expandInputs } from './input-files';
import { batchNames, placeInArchive, shownPath } from './shown-path';
import { pairNarratives } from './narrative-pairs';
import { SUMMARY_FILE, fileNote, writeBatchSummary } from './batch-summary';
import { UnwritableOutputError, writing } from './output-errors';
import { padToWidth } from './text-width';
import { sameExistingFile } from './same-file';

export interface FileResult {
  file: string;
  report?: CheckReport;
  error?: string;
  annotated?: string;
  /** What of the input its annotated copy could not keep (charts, macros …). */
  copyLacks?: string[];
  /** With --fix: what was corrected in the copy, and the copy checked again. */
  fixed?: FixedCopy;
  /** An .xls, .et, .ods or .xlsb read through LibreOffice: what it was. */
  convertedFrom?: string;
}

const OTHER_WORKBOOK = /\.(xlsm|xltx|xltm|xls|xlsb|et|ods|csv)$/i;

/**
 * Where the annotated copy of each file goes: named after it, with as many of its folders as tell it from
 * the batch's other files (甲单位/2023/决算报表.xlsx and 乙单位/2023/决算报表.xlsx: 甲单位-2023-决算报表.检查结果.xlsx),
 * and its extension when a file of the same name beside it has another (报表.xls, 报表.xlsx).
 */
async function annotatedTargets(out: string | undefined, files: string[]): Promise<(string | undefined)[]> {
  if (!out) return files.map(() => undefined);
  // copy.xlsm or copy.xls is a file the user meant, not a folder; the copy can only be .xlsx (no macros in it).
  if (files.length === 1 && OTHER_WORKBOOK.test(out)) throw new UnwritableOutputError(`无法写入“${out}”：批注副本只能保存为 .xlsx 文件（副本不保留宏等内容）。请把文件名改为“${out.replace(OTHER_WORKBOOK, '.xlsx')}”。`);
  if (files.length === 1 && out.toLowerCase().endsWith('.xlsx')) {
    const folder = path.dirname(path.resolve(out));
    await writing(folder, () => fs.mkdirSync(folder, { recursive: true }));
    return [out];
  }
  await writing(out, () => fs.mkdirSync(out, { recursive: true }));
  const names = batchNames(files, (name) => path.basename(name, path.extname(name)));
  const uses = new Map<string, number>();
  for (const name of names.values()) uses.set(name, (uses.get(name) ?? 0) + 1);
  return files.map((f) => {
    const name = names.get(f)!;
    return path.join(out, `${name.split(/[\\/]/).join('-')}${uses.get(name)! > 1 ? path.extname(f) : ''}.检查结果.xlsx`);
  });
}

export async function checkFiles(
  files: string[],
  options: { out?: string; profile?: string; narrative?: CheckOptions['narrative']; narratives?: Map<string, string>; progress?: boolean; fix?: FixMode },
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const bar = options.progress ? new ProgressBar(files.length) : undefined;
  const names = batchNames(files);
  const targets = await annotatedTargets(options.out, files);
  // A folder's .xls (and .doc 说明s) converted together: LibreOffice starts once, not once a file.
  const converting = (done: number, total: number) => bar?.update(0, `正在用 LibreOffice 转换文件（${done}/${total}）…`);
  await convertWorkbooksAhead(files, converting);
  if (options.narratives) await convertNarrativesAhead([...options.narratives.values()], converting);
  for (const [i, file] of files.entries()) {
    bar?.update(i, names.get(file)!);
    try {
      const workbook = await loadWorkbook(file);
      const conversion = await conversionOf(file);
      // The copy is made from what was read: the .xlsx LibreOffice made of an .xls.
      const source = conversion?.xlsx ?? file;
      // The 说明 beside it in its folder; one that cannot be read is said, and the tables checked all the same.
      const paired = options.narratives?.get(file);
      const { narrative, problem } = paired ? await readGivenNarrative(paired) : { narrative: options.narrative, problem: undefined };
      const checkOptions = { profile: options.profile, narrative };
      const report = checkWorkbook(workbook, checkOptions);
      const target = targets[i];
      if (target && sameExistingFile(target, file)) throw new UnreadableFileError('输出文件不能与输入文件相同：决算助手从不修改原文件。');
      // The check stands when its copy cannot be written (open in Excel, no permission): report it, say why.
      const copy: { fixes?: CopyFixes; lacks?: string[]; error?: string } = target
        ? await writing(target, () => writeAnnotatedCopy(source, target, report, options.fix && { mode: options.fix, workbook, options: checkOptions })).then(
            (made) => made,
            (e) => ({ error: copyFailure(target, e) }),
          )
        : {};
      const { fixes, lacks, error: copyError } = copy;
      // The corrected copy checked again: what the corrections left (a total that now disagrees one level up).
      const fixed = fixes && target ? { ...fixes, after: checkWorkbook(await loadWorkbook(target), checkOptions).summary } : undefined;
      const error = [problem, copyError].filter(Boolean).join('；') || undefined;
      const written = copyError ? {} : { annotated: target, ...(fixed ? { fixed } : {}), ...(lacks?.length ? { copyLacks: lacks } : {}) };
      results.push({ file, report, ...(error ? { error } : {}), ...written, ...(conversion ? { convertedFrom: conversion.from } : {}) });
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      results.push({ file, error: e.message });
    }
  }
  bar?.update(files.length, '完成');
  bar?.finish();
  return results;
}

/**
 * Why one file's copy could not be written. Not the file system's fault is a bug, but one workbook's
 * (an odd construct ExcelJS cannot write) that must not stop the rest of a batch: said, and the batch goes on.
 */
function copyFailure(target: string, e: unknown): string {
  if (e instanceof UnwritableOutputError) return e.message;
  return `无法写出批注副本“${target}”（原文件不受影响）：内部错误：${(e as Error)?.message ?? String(e)}`;
}

/** What a copy does not keep, said where the user looks: the input keeps it. */
function lacksNote(file: string, lacks: string[]): string {
  return `注意：“${shownPath(file)}”的批注副本未能保留原文件中的${lacks.join('、')}（原文件不受影响）。`;
}

/** The message of an output that could not be written; anything else is a bug and propagates. */
function copyProblem(e: unknown): string {
  if (e instanceof UnwritableOutputError) return e.message;
  throw e;
}

function jsonOf(r: FileResult): object {
  // A file from an archive: `file` is its place in it; `archive` and `entry` say the same for a script to use.
  const where = { file: shownPath(r.file), ...placeInArchive(r.file) };
  if (!r.report) return { ...where, error: r.error };
  return {
    ...where,
    ...r.report,
    annotated: r.annotated,
    ...(r.copyLacks ? { copyLacks: r.copyLacks } : {}),
    ...(r.fixed ? { fixed: r.fixed } : {}),
    ...(r.convertedFrom ? { convertedFrom: r.convertedFrom } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

function batchTable(results: FileResult[]): string {
  const lines = ['', '汇总：', `${padToWidth('文件', 40)}表数  错误  警告  提示`];
  const names = batchNames(results.map((r) => r.file));
  for (const r of results) {
    const name = padToWidth(names.get(r.file)!, 40);
    if (!r.report) lines.push(`${name}无法读取`);
    else {
      const s = r.report.summary;
      const note = fileNote(r);
      const unchecked = note.includes('未检查') ? `  ${note}` : '';
      lines.push(`${name}${String(r.report.tables.length).padStart(4)}${String(s.errors).padStart(6)}${String(s.warnings).padStart(6)}${String(s.infos).padStart(6)}${unchecked}`);
    }
  }
  return lines.join('\n');
}

export const CHECK_USAGE = '用法：juesuan check <文件.xlsx|文件夹|压缩包.zip|*.xlsx>... [--format text|json] [--out <批注副本.xlsx|目录>] [--fix value|formula] [--profile <评分规则>] [--text <说明.docx|.txt>]';

/** A 说明 document's paragraphs, or the message why it cannot be read. */
async function readGivenNarrative(file: string): Promise<{ narrative?: CheckOptions['narrative']; problem?: string }> {
  try {
    return { narrative: { file: path.basename(file), paragraphs: await readNarrativeFile(file) } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: `无法读取说明文件“${path.basename(file)}”：${code === 'ENOENT' || code === 'EACCES' ? '文件不存在或没有读取权限。' : (e as Error).message}` };
  }
}

/** The 说明 given with --text (one workbook only), or the message why it cannot be used. */
async function givenNarrative(textFile: string | undefined, files: string[]): Promise<{ narrative?: CheckOptions['narrative']; problem?: string }> {
  if (!textFile) return {};
  if (files.length !== 1) return { problem: `--text 只能与一个工作簿一起使用（现有 ${files.length} 个）：说明属于哪个单位的报表需要明确。` };
  return readGivenNarrative(textFile);
}

/** `juesuan check <file.xlsx>... [--format text|json] [--out <annotated.xlsx|dir>] [--profile name] [--text 说明.docx]` */
export async function runCheckCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) {
    process.stderr.write(`${CHECK_USAGE}\n`);
    return 2;
  }
  const format = formatFlag(args, ['text', 'json'] as const);
  if (!format) return 2;
  // A folder of units' archives takes a while to open: said, as the checking is.
  let unpackingBar: ProgressBar | undefined;
  const { files, fromFolders, problems, notes: inputNotes } = await expandInputs(args.positionals, (done, total, archive) => {
    if (total < 2) return;
    if (done === 0) unpackingBar = new ProgressBar(total);
    unpackingBar?.update(done, `正在解压 ${path.basename(archive)}…`);
    if (done === total - 1) unpackingBar?.finish();
  });
  for (const p of [...problems, ...inputNotes]) process.stderr.write(`${p}\n`);
  if (files.length === 0) return 2;
  const textFile = flagString(args, 'text');
  const { narrative, problem } = await givenNarrative(textFile, files);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 2;
  }
  // Without --text, each unit's 说明 document beside its workbook in a folder given.
  const { pairs, notes } = textFile ? { pairs: undefined, notes: [] } : pairNarratives(fromFolders);
  for (const n of notes) process.stderr.write(`${n}\n`);
  const out = flagString(args, 'out');
  const fix = fixFlag(args, out);
  if (fix === null) return 2;
  let results: FileResult[];
  try {
    results = await checkFiles(files, { out, profile: flagString(args, 'profile'), narrative, narratives: pairs, progress: files.length > 1, fix });
  } catch (e) {
    if (!(e instanceof UnwritableOutputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  for (const r of results) if (r.error) process.stderr.write(`${r.error}\n`);
  for (const r of results) if (r.copyLacks) process.stderr.write(`${lacksNote(r.file, r.copyLacks)}\n`);
  // A batch into a folder also gets one workbook summing it up.
  let summary = out && files.length > 1 ? path.join(out, SUMMARY_FILE) : undefined;
  let summaryProblem: string | undefined;
  if (summary) {
    const target = summary;
    summaryProblem = await writing(target, () => writeBatchSummary(target, results)).then(() => undefined, copyProblem);
    if (summaryProblem) {
      process.stderr.write(`${summaryProblem}\n`);
      summary = undefined;
    }
  }
  if (format === 'json') {
    const payload = results.length === 1 ? jsonOf(results[0]) : { files: results.map(jsonOf), summaryWorkbook: summary };
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (!r.report) continue;
      if (r.convertedFrom) process.stdout.write(`（“${path.basename(r.file)}”是${r.convertedFrom}，已用本机的 LibreOffice 转换为 .xlsx 后检查）\n`);
      process.stdout.write(`${formatReportText(r.report, shownPath(r.file))}\n`);
      if (r.annotated) process.stdout.write(`\n已写出带批注的副本：${r.annotated}\n`);
      if (r.fixed) process.stdout.write(`${fixedText(r.fixed)}\n`);
      process.stdout.write('\n');
    }
    if (results.length > 1) process.stdout.write(`${batchTable(results)}\n`);
    if (summary) process.stdout.write(`\n汇总工作簿（每个文件一行，另有全部问题的清单）：${summary}\n`);
  }
  if (problems.length || summaryProblem || results.some((r) => r.error)) return 2;
  return results.some((r) => (r.report?.summary.errors ?? 0) > 0) ? 1 : 0;
}
