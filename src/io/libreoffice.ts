/**
 * Old and foreign formats converted by a LibreOffice installed on this machine, run headless: workbooks
 * (.xls, WPS .et, .ods, .xlsb → .xlsx), which ExcelJS cannot read, and 说明 documents (.doc, WPS .wps, .rtf,
 * .odt → .docx). A bureau's folder of units holds them beside the .xlsx and .docx. Nothing leaves the
 * machine; without LibreOffice the user is told to save the file anew.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** Where LibreOffice installs its command on Linux, macOS and Windows, after JUESUAN_SOFFICE and the PATH. */
const KNOWN_PLACES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** The LibreOffice command of this machine, if it has one. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = fs.existsSync): string | undefined {
  if (env.JUESUAN_SOFFICE) return exists(env.JUESUAN_SOFFICE) ? env.JUESUAN_SOFFICE : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => names.map((n) => path.join(dir, n)));
  return [...onPath, ...KNOWN_PLACES].find((p) => exists(p));
}

/** Temporary folders holding copies of a unit's workbook: removed when the command ends. */
const workFolders = new Set<string>();

function removeWorkFolders(): void {
  for (const dir of workFolders) fs.rmSync(dir, { recursive: true, force: true });
  workFolders.clear();
}

/** Longest a conversion may take: LibreOffice's first start on a slow machine, a large workbook. */
const TIMEOUT_MS = 180_000;

/**
 * Converts `file` to `format` (xlsx, docx) in a fresh temporary folder and returns the new file's path. The input is
 * copied under a plain name first (LibreOffice mis-reads some non-ASCII paths on Windows), and each run
 * gets its own profile, so an open LibreOffice window or a parallel run does not block it.
 */
export function convertWithLibreOffice(file: string, soffice: string, format: 'xlsx' | 'docx'): Promise<string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-convert-'));
  if (!workFolders.size) process.once('exit', removeWorkFolders);
  workFolders.add(work);
  const input = path.join(work, `input${path.extname(file).toLowerCase()}`);
  fs.copyFileSync(file, input);
  const profile = path.join(work, 'profile');
  const outDir = path.join(work, 'out');
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: TIMEOUT_MS, windowsHide: true }, (error) => {
      const converted = path.join(outDir, `input.${format}`);
      if (!error && fs.existsSync(converted)) resolve(converted);
      else reject(new Error(error?.killed ? `LibreOffice 在 ${TIMEOUT_MS / 1000} 秒内未能完成转换` : 'LibreOffice 未能转换此文件（可能已加密或损坏）'));
    });
  });
}
