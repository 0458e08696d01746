import * as fs from 'fs';
import * as path from 'path';

/** A file as it is now: its path, size and time. A memo keyed by it treats a rewritten file as another. */
export function fileVersionKey(file: string): string {
  const stat = fs.statSync(file);
  return `${path.resolve(file)}|${stat.size}|${stat.mtimeMs}`;
}
