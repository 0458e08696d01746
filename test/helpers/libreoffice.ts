import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

/**
 * Converts a file with headless LibreOffice (a real office suite opening what we wrote).
 * Each call gets its own profile so parallel test workers don't lock each other out.
 * Throws when LibreOffice is missing: the pretest step installs it, a silent skip would hide that.
 */
export function convertWithLibreOffice(file: string, filter: string): { outDir: string; files: string[] } {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: run `node scripts/ensure-test-deps.js` as root');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-lo-profile-'));
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return { outDir, files: fs.readdirSync(outDir).map((f) => path.join(outDir, f)) };
}

/** Every sheet of a workbook as CSV text, keyed by sheet name (LibreOffice ≥ 7.2 exports all sheets). */
export function sheetsAsCsv(xlsx: string): Map<string, string> {
  const { files } = convertWithLibreOffice(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
  const base = path.basename(xlsx, path.extname(xlsx));
  const out = new Map<string, string>();
  for (const f of files) out.set(path.basename(f, '.csv').slice(base.length + 1), fs.readFileSync(f, 'utf8'));
  return out;
}
