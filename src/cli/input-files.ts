import * as fs from 'fs';
import * as path from 'path';
import { SUMMARY_FILE } from './batch-summary';
import { isDocument } from './narrative-pairs';
import { showAsArchive, shownPath } from './shown-path';
import { ARCHIVE_NAME, LATER_VOLUME, OPENED_ARCHIVE_NAME, UnreadableArchiveError, firstVolumeOf } from '../io/archives';
import { extractArchive } from '../io/extract-archive';

/**
 * Workbooks the checker reads: .xlsx and .xlsm (a workbook with macros is the same file inside), and
 * .xls, WPS .et, .ods and .xlsb — read through LibreOffice where the machine has it, else each named
 * as unreadable with what to do, never passed over in silence (a unit's .xls in a bureau's folder).
 * Excel's own lock files (~$…), our annotated copies and batch summaries are not inputs.
 */
function isInputWorkbook(name: string): boolean {
  return /\.(xls[xmb]?|ett?|ods)$/i.test(name) && !name.startsWith('~$') && !/\.检查结果\.xlsx$/i.test(name) && name !== SUMMARY_FILE;
}

/** What lies under a folder: the workbooks, the archives to open (.zip .rar .7z), those that cannot be, and the rest. */
interface FolderContent {
  workbooks: string[];
  archives: string[];
  /** Later parts of split archives, read with their first part. */
  laterVolumes: string[];
  otherArchives: string[];
  /** Anything else but lock files: a unit's PDF, its 说明, pictures. */
  others: string[];
}

function contentUnder(dir: string, into: FolderContent = { workbooks: [], archives: [], laterVolumes: [], otherArchives: [], others: [] }): FolderContent {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) contentUnder(full, into);
    else if (isInputWorkbook(entry.name)) into.workbooks.push(full);
    else if (LATER_VOLUME.test(entry.name)) into.laterVolumes.push(full);
    else if (OPENED_ARCHIVE_NAME.test(entry.name)) into.archives.push(full);
    else if (ARCHIVE_NAME.test(entry.name)) into.otherArchives.push(full);
    else if (!entry.name.startsWith('~$')) into.others.push(full);
  }
  return into;
}

/** The workbooks (and 说明 documents, to pair) inside a .zip, .rar or .7z, taken out to a temporary folder; or why not. */
async function workbooksInArchive(archive: string): Promise<{ workbooks: string[]; problems: string[] }> {
  try {
    const folder = await extractArchive(archive, (name) => isInputWorkbook(name) || isDocument(name) || ARCHIVE_NAME.test(name));
    showAsArchive(folder, archive);
    const { workbooks, archives, laterVolumes, otherArchives } = contentUnder(folder);
    // An archive inside the archive is not opened (one level is what a unit sends; and no zip of zips without end).
    const problems = [...archives, ...laterVolumes, ...otherArchives].map((a) => `“${shownPath(a)}”是压缩包中的压缩包，未打开：请先解压后再检查。`);
    if (!workbooks.length) problems.push(`“${archive}”压缩包中没有工作簿（.xlsx .xlsm .xls .et .ods .xlsb）。`);
    return { workbooks, problems };
  } catch (e) {
    if (!(e instanceof UnreadableArchiveError)) throw e;
    return { workbooks: [], problems: [`无法打开“${archive}”：${e.message}。`] };
  }
}

/** A later volume given alone, or in a folder without the first part it is read with. */
function laterVolumeProblem(file: string): string {
  return `“${file}”是分卷压缩包的后续分卷，需与第一卷“${path.basename(firstVolumeOf(file))}”放在同一文件夹中，并指定第一卷（或它所在的文件夹）。`;
}

function otherArchiveProblem(file: string): string {
  return `“${file}”是压缩包，决算助手能直接打开 .zip .rar .7z，这种不能：请先解压后再检查。`;
}

const byShownPath = (a: string, b: string) => shownPath(a).localeCompare(shownPath(b), 'zh-CN');

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
  /** Units' folders (the first level under a folder given) holding files but no workbook: said, so no unit goes missing unseen. */
  notes: string[];
}

/**
 * The units' folders (first level under `dir`) holding files but no workbook or archive anywhere under them,
 * told from the folder's content as walked once: what each holds instead.
 */
function unitsWithoutWorkbook(dir: string, content: FolderContent): string[] {
  const unitOf = (file: string) => {
    const [first, ...rest] = path.relative(dir, file).split(path.sep);
    return rest.length ? first : undefined; // a file lying in `dir` itself belongs to no unit's folder
  };
  const withWorkbook = new Set([...content.workbooks, ...content.archives, ...content.laterVolumes, ...content.otherArchives].map(unitOf));
  const held = new Map<string, string[]>();
  for (const file of content.others) {
    const unit = unitOf(file);
    if (unit !== undefined && !withWorkbook.has(unit)) held.set(unit, [...(held.get(unit) ?? []), file]);
  }
  return [...held].map(([unit, files]) => {
    const shown = files.slice(0, 3).map((f) => path.basename(f)).join('、');
    return `“${path.join(dir, unit)}”中没有工作簿（只有 ${shown}${files.length > 3 ? ` 等 ${files.length} 个文件` : ''}），未检查；如这是一个单位的报送材料，请向其索取 Excel 报表。`;
  });
}

/**
 * The files named on the command line: a folder stands for every workbook under it, a .zip, .rar or .7z
 * (named, or in a folder) for the workbooks in it, and a name with * or ? for the files it matches in its
 * folder (Windows' cmd passes wildcards on unexpanded). Another archive (.tar.gz …) is named, with what to do.
 * `unpacking` hears of each archive of a folder as it is opened (a bureau's folder may hold a hundred).
 * Anything else is passed through as given, so a missing file is reported by the reader.
 */
export async function expandInputs(args: string[], unpacking?: (done: number, total: number, archive: string) => void): Promise<InputFiles> {
  const files: string[] = [];
  const fromFolders: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const addFromFolder = (found: string[]) => {
    files.push(...found);
    fromFolders.push(...found);
  };
  for (const arg of args) {
    const stat = fs.statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const content = contentUnder(arg);
      const found = [...content.workbooks];
      const archives = [...content.archives].sort((a, b) => a.localeCompare(b, 'zh-CN'));
      for (const [i, archive] of archives.entries()) {
        unpacking?.(i, archives.length, archive);
        const inArchive = await workbooksInArchive(archive);
        found.push(...inArchive.workbooks);
        problems.push(...inArchive.problems);
      }
      problems.push(...content.otherArchives.map(otherArchiveProblem));
      // x.r00 … is read with x.rar; x.7z.002 with x.7z.001: only a part whose first is missing is said.
      const firsts = new Set(content.archives);
      problems.push(...content.laterVolumes.filter((v) => !firsts.has(firstVolumeOf(v))).map(laterVolumeProblem));
      notes.push(...unitsWithoutWorkbook(arg, content));
      if (found.length) addFromFolder(found.sort(byShownPath));
      else if (!content.archives.length && !content.laterVolumes.length && !content.otherArchives.length) problems.push(`“${arg}”文件夹中没有工作簿（.xlsx .xlsm .xls .et .ods .xlsb）。`);
      continue;
    }
    if (stat && LATER_VOLUME.test(arg)) {
      problems.push(laterVolumeProblem(arg));
      continue;
    }
    if (stat && OPENED_ARCHIVE_NAME.test(arg)) {
      const inArchive = await workbooksInArchive(arg);
      addFromFolder(inArchive.workbooks.sort(byShownPath));
      problems.push(...inArchive.problems);
      continue;
    }
    if (stat && ARCHIVE_NAME.test(arg)) {
      problems.push(otherArchiveProblem(arg));
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
  return { files: [...new Set(files)], fromFolders: [...new Set(fromFolders)], problems, notes };
}
