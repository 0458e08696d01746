/**
 * Old and foreign formats converted by a LibreOffice installed on this machine, run headless: workbooks
 * (.xls, WPS .et, .ods, .xlsb → .xlsx), which ExcelJS cannot read, and 说明 documents (.doc, WPS .wps, .rtf,
 * .odt → .docx). A bureau's folder of units holds them beside the .xlsx and .docx. Nothing leaves the
 * machine; without LibreOffice the user is told to save the file anew.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { temporaryFolder } from './temp-folders';
import { fileVersionKey } from './file-version';

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

/** Longest a conversion may take: LibreOffice's first start on a slow machine, a large workbook; and each more file of a batch. */
const TIMEOUT_MS = 180_000;
const TIMEOUT_PER_MORE_FILE_MS = 30_000;

/** Files per LibreOffice run in a batch: a short command line on every system, and a run that fails costs little. */
const BATCH_SIZE = 40;

export type ConversionFormat = 'xlsx' | 'docx';

/** Conversions a batch made ahead (`convertAheadWithLibreOffice`), by file as it is now and format. */
const madeAhead = new Map<string, string>();

function aheadKey(file: string, format: ConversionFormat): string {
  return `${fileVersionKey(file)}|${format}`;
}

/**
 * Converts `files` to `format` in one LibreOffice run per few dozen files, so that a bureau's folder of .xls
 * (or .doc) pays LibreOffice's start-up (≈ 3–4 s, most of a conversion) once, not once a file;
 * `convertWithLibreOffice` then takes what was made. A file the batch could not convert is left to
 * `convertWithLibreOffice`, which converts it alone and says why it fails. Only for two files or more, on a
 * machine with LibreOffice; `onRun` hears of each run's start.
 */
export async function convertAheadWithLibreOffice(files: string[], format: ConversionFormat, onRun?: (done: number, total: number) => void): Promise<void> {
  const todo = [...new Set(files.map((f) => path.resolve(f)))].filter((f) => !madeAhead.has(aheadKey(f, format)));
  // One file gains nothing from going ahead; without LibreOffice each file is told so when it is read.
  const soffice = todo.length > 1 ? findLibreOffice() : undefined;
  if (!soffice) return;
  for (let i = 0; i < todo.length; i += BATCH_SIZE) {
    onRun?.(i, todo.length);
    const chunk = todo.slice(i, i + BATCH_SIZE);
    const made = await runLibreOffice(chunk, soffice, format).catch(() => new Map<string, string>());
    for (const [file, converted] of made) madeAhead.set(aheadKey(file, format), converted);
  }
}

/**
 * Converts `file` to `format` (xlsx, docx) and returns the new file's path: made ahead by a batch, or
 * now in a LibreOffice run of its own.
 */
export async function convertWithLibreOffice(file: string, soffice: string, format: ConversionFormat): Promise<string> {
  const ahead = madeAhead.get(aheadKey(file, format));
  if (ahead && fs.existsSync(ahead)) return ahead;
  const converted = (await runLibreOffice([file], soffice, format)).get(file);
  if (!converted) throw new Error('LibreOffice 未能转换此文件（可能已加密或损坏）');
  return converted;
}

/**
 * One LibreOffice run converting `files` in a fresh temporary folder: each input is copied under a plain
 * name first (LibreOffice mis-reads some non-ASCII paths on Windows), and the run gets its own profile,
 * so an open LibreOffice window or a parallel run does not block it. Resolves to the files it made.
 */
function runLibreOffice(files: string[], soffice: string, format: ConversionFormat): Promise<Map<string, string>> {
  const work = temporaryFolder('juesuan-convert-');
  const inputs = files.map((file, i) => {
    const input = path.join(work, `input-${i + 1}${path.extname(file).toLowerCase()}`);
    fs.copyFileSync(file, input);
    return input;
  });
  const profile = path.join(work, 'profile');
  const outDir = path.join(work, 'out');
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...inputs];
  const timeout = TIMEOUT_MS + (files.length - 1) * TIMEOUT_PER_MORE_FILE_MS;
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout, windowsHide: true }, (error) => {
      if (error?.killed) {
        reject(new Error(`LibreOffice 在 ${timeout / 1000} 秒内未能完成转换`));
        return;
      }
      const made = new Map<string, string>();
      files.forEach((file, i) => {
        const converted = path.join(outDir, `input-${i + 1}.${format}`);
        if (fs.existsSync(converted)) made.set(file, converted);
      });
      resolve(made);
    });
  });
}
