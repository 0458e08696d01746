import * as fs from 'fs';
import * as path from 'path';
import { SUMMARY_FILE } from './batch-summary';

/**
 * Workbooks the checker reads: .xlsx and .xlsm (a workbook with macros is the same file inside), and
 * .xls, WPS .et, .ods and .xlsb — read through LibreOffice where the machine has it, else each named
 * as unreadable with what to do, never passed over in silence (a unit's .xls in a bureau's folder).
 * Excel's own lock files (~$…), our annotated copies and batch summaries are not inputs.
 */
function isInputWorkbook(name: string): boolean {
  return /\.(xls[xmb]?|ett?|ods)$/i.test(name) && !name.startsWith('~$') && !/\.检查结果\.xlsx$/i.test(name) && name !== SUMMARY_FILE;
}

function workbooksUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...workbooksUnder(full));
    else if (isInputWorkbook(entry.name)) out.push(full);
  }
  return out.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** '*.xlsx', '2023年*.xlsx', '单位?.xlsx' → a whole-name regular expression. */
function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export interface InputFiles {
  files: string[];
  /** Those found by expanding a folder (a bureau's folder of units: their 说明 documents are paired with them). */
  fromFolders: string[];
  /** Arguments that named nothing to check, with the reason in Chinese. */
  problems: string[];
}

/**
 * The files named on the command line: a folder stands for every workbook under it, and a name with
 * * or ? for the files it matches in its folder (Windows' cmd passes wildcards on unexpanded).
 * Anything else is passed through as given, so a missing file is reported by the reader.
 */
export function expandInputs(args: string[]): InputFiles {
  const files: string[] = [];
  const fromFolders: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const stat = fs.statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = workbooksUnder(arg);
      if (found.length) {
        files.push(...found);
        fromFolders.push(...found);
      }
      else problems.push(`“${arg}”文件夹中没有工作簿（.xlsx .xlsm .xls .et .ods .xlsb）。`);
      continue;
    }
    if (stat || !/[*?]/.test(path.basename(arg))) {
      files.push(arg);
      continue;
    }
    const dir = path.dirname(arg);
    const re = wildcard(path.basename(arg));
    const askedForCopies = arg.includes('检查结果');
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => re.test(n) && (isInputWorkbook(n) || (askedForCopies && !n.startsWith('~$')))) : [];
    const found = names.map((n) => path.join(dir, n)).filter((f) => fs.statSync(f).isFile());
    if (found.length) files.push(...found.sort((a, b) => a.localeCompare(b, 'zh-CN')));
    else problems.push(`没有与“${arg}”匹配的文件。`);
  }
  return { files: [...new Set(files)], fromFolders: [...new Set(fromFolders)], problems };
}
