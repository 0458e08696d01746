import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './cli-helpers';
import { fixturePath } from '../fixtures/registry';

/**
 * A script reads `check --format json` from a pipe, and may start reading late. The bin had called process.exit as
 * soon as the work was done, dropping what the pipe (64 KB) had not yet taken. A shell pipe whose reader sleeps first
 * is that script (a pipe from Node would not do: the parent drains it into its own buffer at once).
 */
function checkThroughSlowPipe(files: string[]): { code: number; stdout: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-pipe-'));
  const codeFile = path.join(dir, 'code');
  try {
    const r = spawnSync(
      'sh',
      ['-c', '{ "$0" bin/juesuan.js check "$@" --format json; echo $? > "$CODE_FILE"; } | { sleep 2; cat; }', process.execPath, ...files],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CODE_FILE: codeFile }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    return { code: Number(fs.readFileSync(codeFile, 'utf8')), stdout: r.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('JSON larger than a pipe holds reaches a reader who starts late, whole, with the exit code', () => {
  const files = ['inj-x01.xlsx', 'inj-x02.xlsx', 'inj-x03.xlsx', 'inj-total.xlsx', 'inj-rowsum.xlsx', 'sample.xlsx'].map(fixturePath);
  const { code, stdout } = checkThroughSlowPipe(files);
  expect(Buffer.byteLength(stdout)).toBeGreaterThan(2 * 65536);
  const report = JSON.parse(stdout) as { files: { findings: unknown[] }[] };
  expect(report.files).toHaveLength(files.length);
  expect(code).toBe(1);
}, 120_000);
