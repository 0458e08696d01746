import * as path from 'path';

/** Folders an archive was extracted to → the archive as the user named it. */
const archiveFolders = new Map<string, string>();

/** Files under `folder` are shown as inside `archive`. */
export function showAsArchive(folder: string, archive: string): void {
  archiveFolders.set(path.resolve(folder), archive);
}

/**
 * The path to show for a checked file: as given, or for one taken out of an archive, the archive's path
 * and the file's place in it ('单位报送.zip/甲单位/报表.xlsx'), not the temporary copy's.
 */
export function shownPath(file: string): string {
  const full = path.resolve(file);
  for (const [folder, archive] of archiveFolders) {
    if (full.startsWith(folder + path.sep)) return path.join(archive, path.relative(folder, full));
  }
  return file;
}

/**
 * Each file's name as a batch shows it (progress, summary table): its own name, or as many of its folders
 * as tell it from the batch's other files (决算报表.xlsx in each unit's folder: 甲单位/决算报表.xlsx; the same
 * folder and name in two units' archives: 甲.rar/甲单位/决算报表.xlsx).
 */
export function batchNames(files: string[]): Map<string, string> {
  const parts = new Map(files.map((f) => [f, shownPath(f).split(/[\\/]+/).filter(Boolean)]));
  const names = new Map<string, string>();
  let open = [...new Set(files)];
  for (let depth = 1; open.length; depth++) {
    const suffix = (f: string) => parts.get(f)!.slice(-depth).join(path.sep);
    const count = new Map<string, number>();
    for (const f of open) count.set(suffix(f), (count.get(suffix(f)) ?? 0) + 1);
    // Told apart at this depth, or no folder left to add.
    for (const f of open) if (count.get(suffix(f)) === 1 || depth >= parts.get(f)!.length) names.set(f, suffix(f));
    open = open.filter((f) => !names.has(f));
  }
  return names;
}
