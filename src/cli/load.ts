import * as fs from 'fs';
import * as path from 'path';
import type { Workbook } from '../core/model/workbook';
import { readWorkbookFile } from '../io/exceljs-reader';

/** A file the CLI could not read, with the Chinese reason shown to the user. */
export class UnreadableFileError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Part names stored in the clear in a zip's headers, telling what kind of document it is. */
const ZIP_KINDS: { part: string; reason: string }[] = [
  { part: 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet', reason: '这是 OpenDocument 表格（.ods，WPS 或 LibreOffice 格式），请另存为 .xlsx 后再检查。' },
  { part: 'xl/workbook.bin', reason: '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查。' },
  { part: 'word/document.xml', reason: '这是 Word 文档（.docx），不是 Excel 工作簿；请选择决算报表的 .xlsx 文件。' },
  { part: 'ppt/presentation.xml', reason: '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿；请选择决算报表的 .xlsx 文件。' },
];

/** Why a zip that ExcelJS opened has no worksheet. */
export function notAWorkbook(zip: Buffer): string {
  const kind = ZIP_KINDS.find((k) => zip.includes(k.part, 0, 'latin1'));
  return kind?.reason ?? '压缩包里没有 Excel 工作表，不是有效的 .xlsx 工作簿（可能是改了扩展名的其他文件）。';
}

/** Reads an .xlsx into the model, turning every low-level failure into one clear Chinese message. */
export async function loadWorkbook(file: string): Promise<Workbook> {
  const name = path.basename(file);
  let head: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new UnreadableFileError(`无法读取“${name}”：不是文件。`);
    if (stat.size === 0) throw new UnreadableFileError(`无法读取“${name}”：文件为空。`);
    const fd = fs.openSync(file, 'r');
    head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError(`无法读取“${name}”：文件不存在或没有读取权限。`);
  }
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    const what = /\.et[t]?$/i.test(name) ? 'WPS 表格文件（.et）' : '旧版 .xls 文件（或加密的工作簿）';
    throw new UnreadableFileError(`无法读取“${name}”：这是${what}，请另存为 .xlsx 后再检查。`);
  }
  if (!head.subarray(0, 4).equals(ZIP_MAGIC)) {
    const what = /\.(csv|txt)$/i.test(name) ? '文本文件（CSV），没有表格格式和合并单元格' : '不是有效的 .xlsx 工作簿（可能是改了扩展名的其他文件）';
    throw new UnreadableFileError(`无法读取“${name}”：${what}，请在 Excel 或 WPS 中另存为 .xlsx 后再检查。`);
  }
  let workbook: Workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (e) {
    throw new UnreadableFileError(`无法读取“${name}”：工作簿已损坏或格式不受支持（${(e as Error).message}）。`);
  }
  // Every real .xlsx has a worksheet; a zip without one is another kind of file that ExcelJS reads as empty.
  if (workbook.sheets.length === 0) throw new UnreadableFileError(`无法读取“${name}”：${notAWorkbook(fs.readFileSync(file))}`);
  return workbook;
}
