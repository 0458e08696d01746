import * as fs from 'fs';
import * as path from 'path';

/**
 * Writes `data` to `target` whole or not at all: into a temporary file beside it, then renamed over it,
 * so a failure (a full disk, a bug) never leaves a 0-byte or half-written copy where the user looks.
 */
export function writeWholeFile(target: string, data: Uint8Array): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
