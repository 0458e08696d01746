/**
 * What the checker knows of archives, whichever tool opens them: which names are archives, the error
 * for one that cannot be opened, where an archive's content goes, and which entries are taken out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { temporaryFolder } from './temp-folders';

/** Archives the checker opens: .zip (JSZip), .rar and .7z (7-Zip), and the first part of one split in volumes. */
export const OPENED_ARCHIVE_NAME = /\.(zip|rar|7z)$|\.(7z|zip)\.001$/i;
/** Every archive name: those opened, their later volumes, and those the user must unpack first. */
export const ARCHIVE_NAME = /\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$|\.(7z|zip)\.\d{3}$|\.r\d{2}$/i;

/**
 * A later part of an archive split in volumes (x.7z.002, x.part2.rar, the older x.r00 beside x.rar):
 * 7-Zip reads it with the first part, from the same folder; it is not opened on its own.
 */
export const LATER_VOLUME = /\.(7z|zip)\.(?!001$)\d{3}$|\.part0*([2-9]|[1-9]\d+)\.rar$|\.r\d{2}$/i;
const FIRST_VOLUME = /\.(7z|zip)\.001$|\.part0*1\.rar$/i;

/** The first part a later volume is read with: x.7z.002 → x.7z.001, x.part02.rar → x.part01.rar, x.r00 → x.rar. */
export function firstVolumeOf(file: string): string {
  return file
    .replace(/\.(\d{3})$/, '.001')
    .replace(/\.part(\d+)\.rar$/i, (_, n: string) => `.part${'1'.padStart(n.length, '0')}.rar`)
    .replace(/\.r\d{2}$/i, '.rar');
}

/** Whether `file` is the first part of an archive split in volumes (x.7z.001, x.part1.rar, or x.rar with x.r00, x.r01 … beside it). */
export function isFirstVolume(file: string): boolean {
  if (FIRST_VOLUME.test(file)) return true;
  if (!/\.rar$/i.test(file)) return false;
  const later = `${path.basename(file, path.extname(file))}.r`.toLowerCase();
  return fs.readdirSync(path.dirname(file)).some((name) => name.toLowerCase().startsWith(later) && /\.r\d{2}$/i.test(name));
}

/** An archive that cannot be opened, with the reason in Chinese. */
export class UnreadableArchiveError extends Error {}

export const PASSWORD_PROTECTED = '压缩包设有密码，请先解压后再检查';

/** What is said of an archive that cannot be read as its kind ('.zip', '.rar' …). */
export function damaged(kind: string): string {
  return `压缩包已损坏或不是 ${kind} 格式，请先解压后再检查`;
}

/**
 * The most the entries taken out of one archive may come to. A unit's package of workbooks and
 * documents is megabytes; far more is a mistake or a “zip bomb” (a small file unpacking to gigabytes).
 */
export function unpackedLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.JUESUAN_ARCHIVE_LIMIT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 512) * 1024 * 1024;
}

/** Refuses an archive whose entries to take out come to more than the limit. */
export function checkUnpackedSize(bytes: number, limit = unpackedLimitBytes()): void {
  if (bytes <= limit) return;
  const mb = (n: number) => Math.ceil(n / 1024 / 1024);
  throw new UnreadableArchiveError(`压缩包中的工作簿和文档解压后达 ${mb(bytes)} MB，超过 ${mb(limit)} MB 的上限，未打开（确需检查可设 JUESUAN_ARCHIVE_LIMIT_MB 放宽，或先解压）`);
}

/** A fresh temporary folder named after the archive, for its content (removed when the command ends). */
export function archiveRoot(file: string, prefix: string): string {
  return path.join(temporaryFolder(prefix), path.basename(file, path.extname(file)));
}

/**
 * Where an entry goes under the archive's folder, as path parts; undefined for one not taken out: a
 * folder, a name `wanted` refuses, one climbing out with '..', macOS's __MACOSX copies and ._ files.
 * Windows separates folders with '\' in some zips; characters Windows refuses in a name become '_'.
 */
export function entryParts(name: string, wanted: (fileName: string) => boolean): string[] | undefined {
  const parts = name.split(/[\\/]+/).filter((p) => p && p !== '.');
  const fileName = parts[parts.length - 1] ?? '';
  if (!parts.length || parts.includes('..') || parts[0] === '__MACOSX' || fileName.startsWith('._') || !wanted(fileName)) return undefined;
  return parts.map((p) => p.replace(/[<>:"|?*\x00-\x1f]/g, '_'));
}
