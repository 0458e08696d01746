import * as path from 'path';
import { extractWithSevenZip } from './seven-zip-archive';
import { extractZip } from './zip-archive';

/**
 * Takes the entries `wanted` accepts out of a .zip, .rar or .7z (or the first volume of a split one)
 * into a temporary folder named after the archive, and returns it. A .zip goes through JSZip, which
 * reads a Chinese Windows' GBK names; the others, split zips too, through 7-Zip.
 */
export function extractArchive(file: string, wanted: (name: string) => boolean): Promise<string> {
  return path.extname(file).toLowerCase() === '.zip' ? extractZip(file, wanted) : extractWithSevenZip(file, wanted);
}
