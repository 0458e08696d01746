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
