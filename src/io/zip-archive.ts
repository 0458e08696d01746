/**
 * A unit's package sent as a .zip: the workbooks and documents in it, extracted to a temporary folder
 * (removed when the command ends) to be checked as a folder is. A zip made by a Chinese Windows stores
 * its names in GBK without the UTF-8 flag: they are read as such, not as mojibake.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { PASSWORD_PROTECTED, UnreadableArchiveError, archiveRoot, checkUnpackedSize, damaged, entryParts } from './archives';

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

/** The size an entry declares in the zip's directory (JSZip keeps it, untyped). */
function declaredSize(entry: JSZip.JSZipObject): number {
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

const DAMAGED = damaged('.zip');

/** An entry's content; one whose data was damaged in transit (it inflates to the wrong size, or not at all) names the archive as damaged. */
async function inflated(entry: JSZip.JSZipObject): Promise<Buffer> {
  try {
    return await entry.async('nodebuffer');
  } catch {
    throw new UnreadableArchiveError(DAMAGED);
  }
}

/**
 * Extracts the entries whose file name `wanted` accepts into a fresh temporary folder, under a folder named
 * after the archive, and returns that folder. Nothing lands outside it (JSZip resolves '../' in names; a '..'
 * left is skipped). Entries are inflated in memory, so their total is held to the unpacked limit by the
 * sizes the zip declares (JSZip refuses an entry inflating to another size than declared).
 */
export async function extractZip(file: string, wanted: (name: string) => boolean): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(file), { decodeFileName: decodeEntryName as (bytes: string[] | Uint8Array | Buffer) => string });
  } catch (e) {
    const message = (e as Error).message ?? '';
    throw new UnreadableArchiveError(/encrypt/i.test(message) ? PASSWORD_PROTECTED : DAMAGED);
  }
  const taken = Object.values(zip.files).flatMap((entry) => {
    const parts = entry.dir ? undefined : entryParts(entry.name, wanted);
    return parts ? [{ entry, parts }] : [];
  });
  checkUnpackedSize(taken.reduce((sum, { entry }) => sum + declaredSize(entry), 0));
  const root = archiveRoot(file, 'juesuan-zip-');
  for (const { entry, parts } of taken) {
    const data = await inflated(entry);
    const target = path.join(root, ...parts);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  return root;
}
