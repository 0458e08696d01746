import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Temporary folders holding copies of a unit's files (conversions, an archive's content): removed when the command ends. */
const folders = new Set<string>();

function removeAll(): void {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** Interrupted (Ctrl+C, a scheduler's stop): the copies go too, then the process ends as it would have. */
function removeAllAndStop(signal: NodeJS.Signals): void {
  removeAll();
  process.kill(process.pid, signal);
}

/** A fresh temporary folder, removed when the process exits or is interrupted. */
export function temporaryFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!folders.size) {
    process.once('exit', removeAll);
    process.once('SIGINT', removeAllAndStop);
    process.once('SIGTERM', removeAllAndStop);
  }
  folders.add(dir);
  return dir;
}
