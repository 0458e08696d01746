/**
 * A unit's package sent as a .rar or .7z — what Chinese offices most often send — or split in volumes
 * (x.7z.001, x.part1.rar: 7-Zip finds the later parts beside the first), opened with 7-Zip,
 * compiled to WebAssembly (the 7z-wasm package): nothing to install, the same on Windows, macOS and
 * Linux, and read from and written to disk through Node, so a large archive is not held in memory.
 * Its 1.6 MB module is loaded only when an archive is opened.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SevenZipModule, SevenZipModuleFactory } from '7z-wasm';
import { PASSWORD_PROTECTED, UnreadableArchiveError, archiveRoot, checkUnpackedSize, damaged, entryParts, isFirstVolume } from './archives';

/** Passed so 7-Zip never waits for a password on the terminal; no archive of ours carries it. */
const NO_PASSWORD = '-pjuesuan-no-password';

interface SevenZipRun {
  ok: boolean;
  /** What 7-Zip printed, standard output and errors together, line by line. */
  lines: string[];
}

/** 7-Zip's WebAssembly, compiled once per process: a folder of units' archives runs it twice an archive. */
let compiled: Promise<WebAssembly.Module> | undefined;

function sevenZipWasm(): Promise<WebAssembly.Module> {
  return (compiled ??= WebAssembly.compile(fs.readFileSync(require.resolve('7z-wasm/7zz.wasm'))));
}

/** One 7-Zip command, with host folders mounted at the given points of its file system. */
async function runSevenZip(args: string[], mounts: Record<string, string>): Promise<SevenZipRun> {
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const SevenZip = require('7z-wasm') as SevenZipModuleFactory;
  const wasm = await sevenZipWasm();
  // Emscripten's hook for a module compiled beforehand (not in 7z-wasm's typings).
  const instantiateWasm = (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
    void WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm));
    return {};
  };
  const options = { print, printErr: print, stdin: () => null as unknown as number, instantiateWasm };
  const sevenZip: SevenZipModule = await SevenZip(options as Parameters<SevenZipModuleFactory>[0]);
  for (const [point, hostDir] of Object.entries(mounts)) {
    sevenZip.FS.mkdir(point);
    sevenZip.FS.mount(sevenZip.NODEFS, { root: hostDir }, point);
  }
  // callMain gives 7-Zip's exit code: 0 done, 1 warnings, 2 and up errors (undefined when it stopped early).
  const code = sevenZip.callMain([...args, '-bd', '-y', NO_PASSWORD]) as unknown as number | undefined;
  return { ok: code === 0, lines };
}

interface ListedEntry {
  path: string;
  size: number;
  folder: boolean;
  encrypted: boolean;
  link: boolean;
}

/** 7-Zip's technical listing (`l -slt`): one `Key = Value` block per entry, after the archive's own. */
function parseListing(lines: string[]): ListedEntry[] {
  const start = lines.indexOf('----------');
  if (start < 0) return [];
  const entries: ListedEntry[] = [];
  let block: Record<string, string> = {};
  const flush = () => {
    if (block.Path !== undefined) {
      const attributes = block.Attributes ?? '';
      entries.push({
        path: block.Path,
        size: Number(block.Size) || 0,
        folder: block.Folder === '+' || attributes.startsWith('D'),
        encrypted: block.Encrypted === '+',
        link: /\sl[rwx-]{9}/.test(attributes),
      });
    }
    block = {};
  };
  for (const line of lines.slice(start + 1)) {
    const m = /^(\w[\w ]*?) = (.*)$/.exec(line);
    if (m) block[m[1]] = m[2];
    else if (!line.trim()) flush();
  }
  flush();
  return entries;
}

function unreadable(file: string, lines: string[]): UnreadableArchiveError {
  const said = lines.join('\n');
  if (/Wrong password|encrypted archive/i.test(said)) return new UnreadableArchiveError(PASSWORD_PROTECTED);
  if (isFirstVolume(file)) return new UnreadableArchiveError('分卷压缩包的分卷不全或已损坏：请把各分卷放在同一文件夹中再检查，或先解压');
  return new UnreadableArchiveError(damaged(path.extname(file).toLowerCase()));
}

/** Links an archive may carry are not followed: only plain files and folders stay. */
function removeLinks(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removeLinks(full);
    else if (!entry.isFile()) fs.rmSync(full, { force: true });
  }
}

/**
 * Extracts the entries whose file name `wanted` accepts, as `extractZip` does: into a fresh temporary
 * folder, under a folder named after the archive, which is returned. The entries are listed first, so
 * a password, a link or an unpacked size over the limit is found before anything is written.
 */
export async function extractWithSevenZip(file: string, wanted: (name: string) => boolean): Promise<string> {
  const archive = `/archive/${path.basename(file)}`;
  const archiveDir = path.dirname(path.resolve(file));
  const listing = await runSevenZip(['l', '-slt', '-sccUTF-8', archive], { '/archive': archiveDir });
  if (!listing.ok) throw unreadable(file, listing.lines);
  const taken = parseListing(listing.lines).filter((e) => !e.folder && !e.link && entryParts(e.path, wanted));
  if (taken.some((e) => e.encrypted)) throw new UnreadableArchiveError(PASSWORD_PROTECTED);
  checkUnpackedSize(taken.reduce((sum, e) => sum + e.size, 0));
  const root = archiveRoot(file, 'juesuan-7z-');
  fs.mkdirSync(root, { recursive: true });
  if (!taken.length) return root;
  // The names go in a list file beside the folder: on the command line, a name beginning with '-'
  // would be taken for a switch.
  const work = path.dirname(root);
  fs.writeFileSync(path.join(work, 'entries.txt'), `${taken.map((e) => e.path).join('\n')}\n`);
  const extraction = await runSevenZip(
    ['x', archive, `-o/work/${path.basename(root)}`, '-scsUTF-8', '-sccUTF-8', '@/work/entries.txt'],
    { '/archive': archiveDir, '/work': work },
  );
  if (!extraction.ok) throw unreadable(file, extraction.lines);
  removeLinks(root);
  return root;
}
