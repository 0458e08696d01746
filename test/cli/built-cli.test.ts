import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './cli-helpers';
import { SAMPLE_WORKBOOK } from '../fixtures/registry';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { chooseCliEntry } = require('../../bin/cli-entry') as { chooseCliEntry: (root: string) => { kind: string } };

const BIN = path.join(ROOT, 'bin/juesuan.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

// What `npm install` does through `prepare`; the bin must then run the build, with the same answers.
describe('the prebuilt CLI (dist/node)', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status).toBe(0);
    expect(chooseCliEntry(ROOT).kind).toBe('built');
  }, 120_000);

  it('checks a workbook exactly as the TypeScript sources do', () => {
    const built = run(['check', SAMPLE_WORKBOOK, '--format', 'json']);
    const source = run(['check', SAMPLE_WORKBOOK, '--format', 'json'], { JUESUAN_FROM_SOURCE: '1' });
    expect(built.status).toBe(source.status);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(source.stdout));
    expect(JSON.parse(built.stdout).findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('finds the bundled sample from dist for the demo', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-demo-'));
    const demo = run(['demo', '--out', out]);
    expect(demo.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/检查结果\.xlsx$/), expect.stringMatching(/\.docx$/)]),
    );
  }, 120_000);
});
