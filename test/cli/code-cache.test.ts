import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import ExcelJS from 'exceljs';
import { ROOT } from './cli-helpers';
import { codeCacheDir, type CodeCacheStats } from '../../src/io/code-cache';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';

// Jest runs modules through its own loader, so the cache is tried in plain Node child processes,
// on the module compiled to JavaScript here.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-code-cache-'));
const cacheModule = path.join(work, 'code-cache.js');
const runner = path.join(work, 'runner.js');

/** A module with one large function, compiled lazily only when called. */
function writeLibrary(dir: string, extra = ''): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'helper.js'), 'exports.twice = (x) => 2 * x;\n');
  const branches = Array.from({ length: 300 }, (_, i) => `  if (x === ${i}) return helper.twice(${i}) + ${i * 7};`).join('\n');
  fs.writeFileSync(
    path.join(dir, 'lib.js'),
    `#!/usr/bin/env node\nconst helper = require('./helper');\n${extra}\nfunction big(x) {\n${branches}\n  return -1;\n}\n` +
      `exports.run = (call) => ({ value: call ? big(Number(call)) : 0, dir: __dirname, resolved: require.resolve('./helper'), same: module.exports === exports });\n`,
  );
  return path.join(dir, 'lib.js');
}

interface Run {
  result: { value: number; dir: string; resolved: string; same: boolean };
  stats: CodeCacheStats | null;
}

function run(lib: string, dir: string, call = ''): Run {
  const r = spawnSync(process.execPath, [runner, lib, dir, call], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const entries = (dir: string) => fs.readdirSync(dir).filter((n) => /^[0-9a-f]{40}$/.test(n));
const entrySizes = (dir: string) => entries(dir).map((n) => fs.statSync(path.join(dir, n)).size).sort((a, b) => a - b);

beforeAll(() => {
  const source = fs.readFileSync(path.join(ROOT, 'src/io/code-cache.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
  fs.writeFileSync(cacheModule, js);
  fs.writeFileSync(
    runner,
    `const { useCodeCache } = require(${JSON.stringify(cacheModule)});
const [lib, dir, call] = process.argv.slice(2);
const stats = useCodeCache(dir);
const result = require(lib).run(call);
process.on('exit', () => process.stdout.write(JSON.stringify({ result, stats: stats ?? null })));
`,
  );
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the V8 code cache of the command line', () => {
  it('compiles a module from the entry the run before made, and the module runs as from source', () => {
    const lib = writeLibrary(path.join(work, 'same'));
    const dir = path.join(work, 'same-cache');
    const first = run(lib, dir, '42');
    expect(first.stats).toMatchObject({ hits: 0, misses: 2, rejected: 0, written: 2 });
    expect(entries(dir)).toHaveLength(2);
    const second = run(lib, dir, '42');
    expect(second.stats).toMatchObject({ hits: 2, misses: 0, rejected: 0, written: 0 });
    expect(second.result).toEqual(first.result);
    expect(first.result).toEqual({ value: 84 + 42 * 7, dir: path.dirname(lib), resolved: path.join(path.dirname(lib), 'helper.js'), same: true });
  });

  it('holds the functions compiled while the program ran, not only the module bodies', () => {
    const lib = writeLibrary(path.join(work, 'lazy'));
    run(lib, path.join(work, 'lazy-not-called'));
    run(lib, path.join(work, 'lazy-called'), '7');
    const [, notCalled] = entrySizes(path.join(work, 'lazy-not-called'));
    const [, called] = entrySizes(path.join(work, 'lazy-called'));
    expect(called).toBeGreaterThan(notCalled * 1.5);
  });

  it('rewrites an entry a later run outgrew, at most once a day', () => {
    const lib = writeLibrary(path.join(work, 'grow'));
    const dir = path.join(work, 'grow-cache');
    run(lib, dir);
    const small = entrySizes(dir)[1];
    expect(run(lib, dir, '7').stats).toMatchObject({ hits: 2, written: 0 });
    expect(entrySizes(dir)[1]).toBe(small);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(path.join(dir, 'refreshed'), twoDaysAgo, twoDaysAgo);
    expect(run(lib, dir, '7').stats).toMatchObject({ hits: 2, written: 2 }); // lib's big() and helper's twice()
    expect(entrySizes(dir)[1]).toBeGreaterThan(small * 1.5);
  });

  it('refuses a damaged entry, compiles afresh and replaces it', () => {
    const lib = writeLibrary(path.join(work, 'damaged'));
    const dir = path.join(work, 'damaged-cache');
    const first = run(lib, dir, '3');
    for (const name of entries(dir)) fs.writeFileSync(path.join(dir, name), Buffer.alloc(64, 7));
    const damaged = run(lib, dir, '3');
    expect(damaged.stats).toMatchObject({ hits: 0, rejected: 2, written: 2 });
    expect(damaged.result).toEqual(first.result);
    expect(run(lib, dir, '3').stats).toMatchObject({ hits: 2, rejected: 0 });
  });

  it('compiles a changed module afresh and keeps the entry of the unchanged one', () => {
    const dir = path.join(work, 'changed-cache');
    run(writeLibrary(path.join(work, 'changed')), dir, '1');
    const changed = run(writeLibrary(path.join(work, 'changed'), 'const unused = 1;'), dir, '1');
    expect(changed.stats).toMatchObject({ hits: 1, misses: 1 });
    expect(changed.result.value).toBe(9);
  });

  it('runs without a cache where none can be made', () => {
    const lib = writeLibrary(path.join(work, 'nowhere'));
    const file = path.join(work, 'a-file');
    fs.writeFileSync(file, '');
    const r = run(lib, path.join(file, 'cache'), '5');
    expect(r.stats).toBeNull();
    expect(r.result.value).toBe(10 + 35);
  });

  it('lives in the user’s cache folder, or where JUESUAN_CODE_CACHE says, or nowhere when it says off', () => {
    const version = `v8-${process.versions.v8}-${process.arch}`;
    expect(codeCacheDir({}, 'linux', '/home/u')).toBe(path.join('/home/u/.cache/juesuan', version));
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u')).toBe(path.join('/xdg/juesuan', version));
    expect(codeCacheDir({}, 'darwin', '/Users/u')).toBe(path.join('/Users/u/Library/Caches/juesuan', version));
    expect(codeCacheDir({ LOCALAPPDATA: 'C:/Users/u/AppData/Local' }, 'win32', 'C:/Users/u')).toBe(path.join('C:/Users/u/AppData/Local/juesuan/Cache', version));
    expect(codeCacheDir({ JUESUAN_CODE_CACHE: '/elsewhere' }, 'linux', '/home/u')).toBe(path.join('/elsewhere', version));
    expect(codeCacheDir({ JUESUAN_CODE_CACHE: 'off' }, 'linux', '/home/u')).toBeUndefined();
    expect(codeCacheDir({}, 'linux', '')).toBeUndefined();
  });
});

describe('juesuan check with the code cache', () => {
  const bin = path.join(ROOT, 'bin/juesuan.js');
  const check = (file: string, cache: string) =>
    spawnSync(process.execPath, [bin, 'check', file, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, JUESUAN_CODE_CACHE: cache } });

  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status).toBe(0);
  }, 120_000);

  it('gives the same report as without it, and keeps no workbook data in its entries', async () => {
    // The sample with a mark of its own in every sheet name and in the unit's name in its texts.
    const mark = 'QZX7Mark';
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE_WORKBOOK);
    book.eachSheet((sheet, i) => {
      sheet.name = `${mark}${i}`;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = cell.value.replace(/曲靖市信访局/g, `${mark}局`);
      }));
    });
    const copy = path.join(work, 'marked.xlsx');
    await book.xlsx.writeFile(copy);
    const cache = path.join(work, 'cli-cache');
    const without = check(copy, 'off');
    const first = check(copy, cache);
    const second = check(copy, cache);
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(without.stdout));
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(without.stdout));
    expect(without.stdout).toContain(`${mark}1`);
    const dir = codeCacheDir({ JUESUAN_CODE_CACHE: cache });
    const names = entries(dir!);
    expect(names.length).toBeGreaterThan(100);
    const seen = [Buffer.from(mark, 'latin1'), Buffer.from(mark, 'utf16le')];
    const datas = names.map((name) => fs.readFileSync(path.join(dir!, name)));
    for (const data of datas) for (const needle of seen) expect(data.includes(needle)).toBe(false);
    // The search does find text when it is there: the program's own words are in its compiled code.
    expect(datas.some((data) => data.includes(Buffer.from('未识别到决算表', 'utf16le')))).toBe(true);
  }, 120_000);
});
