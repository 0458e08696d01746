/**
 * A unit's package sent as a .zip: the workbooks and documents in it, extracted to a temporary folder
 * (removed when the command ends) to be checked as a folder is. A zip made by a Chinese Windows stores
 * its names in GBK without the UTF-8 flag: they are read as such, not as mojibake.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { temporaryFolder } from './temp-folders';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GBK = new TextDecoder('gbk');

/** An entry name stored without the UTF-8 flag: UTF-8 when it decodes as such (macOS, 7-Zip), else GBK. */
export function decodeEntryName(bytes: ArrayLike<number>): string {
  const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
  try {
    return UTF8.decode(b);
  } catch {
    return GBK.decode(b);
  }
}

/** A .zip, which the checker opens; and every archive name, .zip or one the user must unpack first (.rar, .7z …). */
export const ZIP_NAME = /\.zip$/i;
export const ARCHIVE_NAME = /\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$/i;

/** An archive that cannot be opened, with the reason in Chinese. */
export class UnreadableArchiveError extends Error {}

/**
 * Extracts the entries whose file name `wanted` accepts into a fresh temporary folder, under a folder named
 * after the archive, and returns that folder. Nothing lands outside it (JSZip resolves '../' in names; a '..'
 * left is skipped), and macOS's __MACOSX copies are skipped.
 */
export async function extractZip(file: string, wanted: (name: string) => boolean): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(file), { decodeFileName: decodeEntryName as (bytes: string[] | Uint8Array | Buffer) => string });
  } catch (e) {
    const message = (e as Error).message ?? '';
    throw new UnreadableArchiveError(/encrypt/i.test(message) ? '压缩包设有密码，请先解压后再检查' : '压缩包已损坏或不是 .zip 格式，请先解压后再检查');
  }
  const root = path.join(temporaryFolder('juesuan-zip-'), path.basename(file, path.extname(file)));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // Windows' zip may separate folders with '\'.
    const parts = entry.name.split(/[\\/]+/).filter((p) => p && p !== '.');
    const name = parts[parts.length - 1] ?? '';
    if (!parts.length || parts.includes('..') || parts[0] === '__MACOSX' || name.startsWith('._') || !wanted(name)) continue;
    // Characters Windows refuses in a file name (a zip made elsewhere may hold them).
    const target = path.join(root, ...parts.map((p) => p.replace(/[<>:"|?*\x00-\x1f]/g, '_')));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
  return root;
}
