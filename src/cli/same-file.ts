import * as fs from 'fs';

/**
 * Whether two paths name one existing file: compared by device and inode, not by their text, so a
 * symlinked folder, a hard link, or another letter case on a case-insensitive disk (Windows, macOS) is
 * seen for what it is. A path that does not exist yet is no existing file.
 */
export function sameExistingFile(a: string, b: string): boolean {
  const sa = fs.statSync(a, { bigint: true, throwIfNoEntry: false });
  const sb = fs.statSync(b, { bigint: true, throwIfNoEntry: false });
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}
