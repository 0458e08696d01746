import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Temporary folders holding copies of a unit's files (conversions, an archive's content): removed when the command ends. */
const folders = new Set<string>();

function removeAll(): void {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** A fresh temporary folder, removed when the process exits. */
export function temporaryFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!folders.size) process.once('exit', removeAll);
  folders.add(dir);
  return dir;
}
