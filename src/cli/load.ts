import * as fs from 'fs';
import * as path from 'path';
import type { Workbook } from '../core/model/workbook';
import { readWorkbookFile } from '../io/exceljs-reader';
import { fileVersionKey } from '../io/file-version';
import { ARCHIVE_NAME } from '../io/archives';
import { convertAheadWithLibreOffice, convertWithLibreOffice, findLibreOffice } from '../io/libreoffice';

/** A file the CLI could not read, with the Chinese reason shown to the user. */
export class UnreadableFileError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An .ods stores this uncompressed at its very start (OpenDocument requires it). */
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';
const XLSB_PART = 'xl/workbook.bin';

/** Part names stored in the clear in a zip's headers, telling what kind of document it is. */
const ZIP_KINDS: { part: string; reason: string }[] = [
  { part: 'word/document.xml', reason: '这是 Word 文档（.docx），不是 Excel 工作簿；请选择决算报表的 .xlsx 文件。' },
  { part: 'ppt/presentation.xml', reason: '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿；请选择决算报表的 .xlsx 文件。' },
];

/** Why a zip that ExcelJS opened has no worksheet. */
export function notAWorkbook(zip: Buffer): string {
  const kind = ZIP_KINDS.find((k) => zip.includes(k.part, 0, 'latin1'));
  return kind?.reason ?? '压缩包里没有 Excel 工作表，不是有效的 .xlsx 工作簿（可能是改了扩展名的其他文件）。';
}

/** A workbook read through a conversion: the .xlsx LibreOffice made, and what the original was. */
export interface Conversion {
  xlsx: string;
  /** What it was: '旧版 .xls 文件', 'WPS 表格文件（.et）' … */
  from: string;
}

/** One conversion per file as it is now (its size and time, as a rewritten file is another): the check reads it, the annotated copy is made from it. */
const conversions = new Map<string, Promise<Conversion>>();

/** The conversion `file` was read through, if it was. */
export function conversionOf(file: string): Promise<Conversion> | undefined {
  return conversions.get(fileVersionKey(file));
}

/** A spreadsheet ExcelJS cannot read: converted by this machine's LibreOffice, or the user told to save it as .xlsx. */
function converted(file: string, format: string, what = format): Promise<Conversion> {
  const name = path.basename(file);
  const soffice = findLibreOffice();
  if (!soffice) return Promise.reject(new UnreadableFileError(`无法读取“${name}”：这是${what}，请另存为 .xlsx 后再检查（或在本机安装 LibreOffice，决算助手会自动转换）。`));
  const key = fileVersionKey(file);
  const known = conversions.get(key);
  if (known) return known;
  const made = convertWithLibreOffice(file, soffice, 'xlsx').then((xlsx) => ({ xlsx, from: format }));
  conversions.set(key, made);
  // A failure is not kept: the next run tries again.
  return made.catch((e) => {
    conversions.delete(key);
    throw new UnreadableFileError(`无法读取“${name}”：这是${what}，${(e as Error).message}；请另存为 .xlsx 后再检查。`);
  });
}

/** A workbook ExcelJS cannot read, told by its first bytes: what it is (and how to name it when it fails). */
function foreignFormat(name: string, head: Buffer): { format: string; what?: string } | undefined {
  if (head.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted .xlsx is such a file too: LibreOffice cannot open it without its password.
    return /\.ett?$/i.test(name) ? { format: 'WPS 表格文件（.et）' } : { format: '旧版 .xls 文件', what: '旧版 .xls 文件（或加密的工作簿）' };
  }
  if (head.subarray(0, 4).equals(ZIP_MAGIC) && head.includes(ODS_MIMETYPE, 0, 'latin1')) return { format: 'OpenDocument 表格（.ods）' };
  return undefined;
}

const XLSB_FORMAT = 'Excel 二进制工作簿（.xlsb）';

/**
 * Converts in one LibreOffice run the workbooks of a batch that need it (.xls, .et, .ods, .xlsb), when
 * there are several: each conversion then costs ≈ 0.5 s instead of LibreOffice's start-up of ≈ 4 s.
 * What fails here is converted again alone by `loadWorkbook`, which says why.
 */
export async function convertWorkbooksAhead(files: string[], onRun?: (done: number, total: number) => void): Promise<void> {
  const foreign = files.filter((file) => {
    try {
      const head = headOf(file, path.basename(file));
      if (foreignFormat(path.basename(file), head)) return true;
      return /\.xlsb$/i.test(file) && fs.readFileSync(file).includes(XLSB_PART, 0, 'latin1');
    } catch {
      return false; // said when the file itself is read
    }
  });
  await convertAheadWithLibreOffice(foreign, 'xlsx', onRun);
}

/** The first bytes of a file, or the reason it cannot be opened. */
function headOf(file: string, name: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UnreadableFileError(`无法读取“${name}”：不是文件。`);
    if (stat.size === 0) throw new UnreadableFileError(`无法读取“${name}”：文件为空。`);
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(128);
    fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    return head;
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(`无法读取“${name}”：文件不存在或没有读取权限。`);
  }
}

/** Reads `xlsx` as the workbook `file` (its own path, or the conversion's). */
async function readXlsx(xlsx: string, file: string): Promise<Workbook> {
  const name = path.basename(file);
  try {
    return { ...(await readWorkbookFile(xlsx)), source: file };
  } catch (e) {
    throw new UnreadableFileError(`无法读取“${name}”：工作簿已损坏或格式不受支持（${(e as Error).message}）。`);
  }
}

/**
 * Reads `file` through its conversion. A file LibreOffice cannot open as a workbook (a truncated download,
 * a damaged .xls) it reads as text instead, into one sheet named after the file: that is said, not
 * checked as a workbook without tables (0 errors, exit 0 — a bureau's batch would count it clean).
 */
async function readConverted(file: string, format: string, what = format): Promise<Workbook> {
  const { xlsx } = await converted(file, format, what);
  const workbook = await readXlsx(xlsx, file);
  if (workbook.sheets.length === 1 && workbook.sheets[0].name === path.basename(xlsx, path.extname(xlsx))) {
    throw new UnreadableFileError(`无法读取“${path.basename(file)}”：这是${what}，LibreOffice 也无法把它作为工作簿打开（文件可能已损坏、未传输完整或设有打开密码）；请向报送单位重新索取，或取消密码后再检查。`);
  }
  return workbook;
}

/**
 * Reads a workbook into the model, turning every low-level failure into one clear Chinese message.
 * An .xlsx or .xlsm is read as it is; an .xls, WPS .et, .ods or .xlsb through LibreOffice when the
 * machine has it (`conversionOf` then says so).
 */
export async function loadWorkbook(file: string): Promise<Workbook> {
  const name = path.basename(file);
  const head = headOf(file, name);
  if (ARCHIVE_NAME.test(name)) {
    throw new UnreadableFileError(`无法读取“${name}”：这是压缩包，不是工作簿；请解压后指定其中的工作簿（check 命令可直接检查 .zip .rar .7z 中的全部工作簿）。`);
  }
  const foreign = foreignFormat(name, head);
  if (foreign) return readConverted(file, foreign.format, foreign.what);
  if (!head.subarray(0, 4).equals(ZIP_MAGIC)) {
    const what = /\.(csv|txt)$/i.test(name) ? '文本文件（CSV），没有表格格式和合并单元格' : '不是有效的 .xlsx 工作簿（可能是改了扩展名的其他文件）';
    throw new UnreadableFileError(`无法读取“${name}”：${what}，请在 Excel 或 WPS 中另存为 .xlsx 后再检查。`);
  }
  const workbook = await readXlsx(file, file);
  if (workbook.sheets.length > 0) return workbook;
  // Every real .xlsx has a worksheet; a zip without one is another kind of file that ExcelJS reads as empty.
  const zip = fs.readFileSync(file);
  if (zip.includes(XLSB_PART, 0, 'latin1')) return readConverted(file, XLSB_FORMAT);
  throw new UnreadableFileError(`无法读取“${name}”：${notAWorkbook(zip)}`);
}
