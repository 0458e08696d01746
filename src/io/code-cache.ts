/**
 * V8 code cache for the command line. Each `juesuan` call is a fresh process, and about half of a
 * cold check of one workbook went to V8 parsing and compiling the engine and its libraries, the same
 * code every call. The bytecode one call compiled is kept on disk and handed back to V8 by the next.
 * It is made when the process exits, after the work, so it holds the functions compiled lazily while
 * checking (a cache made at load time, as v8-compile-cache makes it, holds little more than the module
 * bodies). It holds compiled code only, never a workbook's data; V8 checks each entry against the
 * source text and its own version and flags and compiles afresh when it does not match.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

export interface CodeCacheStats {
  dir: string;
  /** Modules compiled from the cache. */
  hits: number;
  /** Modules with no entry yet. */
  misses: number;
  /** Entries V8 refused (another Node, other flags, a damaged file): compiled afresh and replaced. */
  rejected: number;
  /** Entries written when the process exits (none are written for an interrupted run). */
  written: number;
}

/** More entries than this (old builds' modules) and those this run did not use are removed. */
const ENTRY_LIMIT = 4000;
const REFRESH_INTERVAL_MS = 24 * 3600 * 1000;

/**
 * Where entries live: `JUESUAN_CODE_CACHE` (a folder; `off` turns the cache off), else the user's
 * cache folder. Never a shared temporary folder: an entry there could be planted by another user.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  const setting = env.JUESUAN_CODE_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  const base = setting || userCacheDir(env, platform, home);
  return base ? path.join(base, `v8-${process.versions.v8}-${process.arch}`) : undefined;
}

function userCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'juesuan', 'Cache') : undefined;
  if (!home) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'juesuan');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'juesuan');
}

interface Compiled {
  script: vm.Script;
  file: string;
  /** The entry it was compiled from, if any: rewritten when this run compiled more of the module. */
  size: number;
}

type CompileMethod = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown;
type ModuleInternals = typeof Module & {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: { paths?: string[] }): string;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeJS.Module>;
};

let installed: CodeCacheStats | undefined;

/**
 * Compiles every CommonJS module loaded from now on through the cache in `dir`. Call it before the
 * modules it should speed up are required. Any failure (a read-only home, a full disk) only means
 * no cache: the command itself never fails for it.
 */
export function useCodeCache(dir = codeCacheDir()): CodeCacheStats | undefined {
  if (installed || !dir) return installed;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    return undefined;
  }
  const stats: CodeCacheStats = { dir, hits: 0, misses: 0, rejected: 0, written: 0 };
  const compiled: Compiled[] = [];
  const internals = Module as ModuleInternals;
  const proto = Module.prototype as unknown as { _compile: CompileMethod };
  const original = proto._compile;
  proto._compile = function (this: Module, content: string, filename: string, ...rest: unknown[]) {
    const format = rest[0];
    // JavaScript, or TypeScript ts-node has already made JavaScript of (the bench, the CLI run from sources).
    if (!/\.c?[jt]s$/.test(filename) || (format !== undefined && format !== 'commonjs')) return original.call(this, content, filename, ...rest);
    const file = path.join(dir, entryName(filename, content));
    const cachedData = readEntry(file);
    let script: vm.Script;
    try {
      script = new vm.Script(internals.wrap(withoutHashbang(content)), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    } catch {
      // A syntax error (Node reports it its own way), or a Node before 20.12 without the loader option.
      return original.call(this, content, filename, ...rest);
    }
    if (!cachedData) stats.misses++;
    else if (script.cachedDataRejected) stats.rejected++;
    else stats.hits++;
    compiled.push({ script, file, size: cachedData && !script.cachedDataRejected ? cachedData.length : 0 });
    return runModule(this, script, filename, internals);
  };
  process.once('exit', () => {
    stats.written = writeEntries(refreshDue(dir) ? compiled : compiled.filter((c) => !c.size));
    pruneEntries(dir, new Set([...compiled.map((c) => path.basename(c.file)), 'refreshed']));
  });
  installed = stats;
  return stats;
}

function entryName(filename: string, content: string): string {
  return crypto.createHash('sha1').update(filename).update('\0').update(content).digest('hex');
}

function readEntry(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** `#!` is allowed only at the very start of a script, which the module wrapper no longer is; kept as a comment so positions stay. */
function withoutHashbang(content: string): string {
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

function runModule(mod: Module, script: vm.Script, filename: string, internals: ModuleInternals): unknown {
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  require.resolve = Object.assign((request: string, options?: { paths?: string[] }) => internals._resolveFilename(request, mod, false, options), {
    paths: (request: string) => Module.createRequire(filename).resolve.paths(request),
  });
  require.main = process.mainModule;
  require.extensions = internals._extensions;
  require.cache = internals._cache;
  return wrapper.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
}

/**
 * An entry holds what its run compiled; a later run may use more of the module (`juesuan rules`
 * first, `juesuan check` after). Serializing every module again to find out costs about 25 ms, so
 * a run does it at most once a day.
 */
function refreshDue(dir: string): boolean {
  const stamp = path.join(dir, 'refreshed');
  try {
    if (Date.now() - fs.statSync(stamp).mtimeMs < REFRESH_INTERVAL_MS) return false;
  } catch {
    // never refreshed
  }
  try {
    fs.writeFileSync(stamp, '');
  } catch {
    return false;
  }
  return true;
}

/**
 * Writes an entry for each module that had none, or whose entry this run outgrew. Written to a
 * temporary name and renamed, so a batch running several calls at once never reads half a file.
 */
function writeEntries(compiled: Compiled[]): number {
  let written = 0;
  for (const { script, file, size } of compiled) {
    try {
      const data = script.createCachedData();
      if (size && data.length <= size * 1.05) continue;
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, data);
      fs.renameSync(temporary, file);
      written++;
    } catch {
      // no room, no right to write: the next run compiles as this one did
    }
  }
  return written;
}

/** Old builds' entries pile up as the program is rebuilt or upgraded: past the limit, only this run's are kept. */
function pruneEntries(dir: string, used: Set<string>): void {
  try {
    const names = fs.readdirSync(dir);
    if (names.length <= ENTRY_LIMIT) return;
    for (const name of names) if (!used.has(name)) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // a cache that cannot be tidied is still a cache
  }
}
