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
  const place = placeInArchive(file);
  return place ? path.join(place.archive, place.entry) : file;
}

/** For a file taken out of an archive: the archive as the user named it, and the file's path inside it ('/'-separated, as archives store it). */
export function placeInArchive(file: string): { archive: string; entry: string } | undefined {
  const full = path.resolve(file);
  for (const [folder, archive] of archiveFolders) {
    if (full.startsWith(folder + path.sep)) return { archive, entry: path.relative(folder, full).split(path.sep).join('/') };
  }
  return undefined;
}

/**
 * Each file's name as a batch shows it (progress, summary table): its own name, or as many of its folders
 * as tell it from the batch's other files (决算报表.xlsx in each unit's folder: 甲单位/决算报表.xlsx; the same
 * folder and name in two units' archives: 甲.rar/甲单位/决算报表.xlsx). `nameOf` reads the file's own name
 * (without its extension, for copies named after it).
 */
export function batchNames(files: string[], nameOf = (fileName: string) => fileName): Map<string, string> {
  const parts = new Map(
    files.map((f) => {
      const all = shownPath(f).split(/[\\/]+/).filter(Boolean);
      return [f, [...all.slice(0, -1), nameOf(all[all.length - 1])]];
    }),
  );
  const names = new Map<string, string>();
  let open = [...new Set(files)];
  for (let depth = 1; open.length; depth++) {
    const suffix = (f: string) => parts.get(f)!.slice(-depth).join(path.sep);
    const folder = (f: string) => parts.get(f)!.slice(0, -1).join(path.sep);
    const groups = new Map<string, string[]>();
    for (const f of open) {
      const group = groups.get(suffix(f));
      if (group) group.push(f);
      else groups.set(suffix(f), [f]);
    }
    // Told apart at this depth; or in one folder (报表.xls beside 报表.xlsx), which no folder name tells apart.
    for (const [name, group] of groups) if (group.length === 1 || new Set(group.map(folder)).size === 1) for (const f of group) names.set(f, name);
    open = open.filter((f) => !names.has(f));
  }
  return names;
}
