import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => Promise<webpack.Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkDir } = require('../../scripts/check-es2017.js') as { checkDir: (dir: string) => string[] };

/**
 * The ribbon's function file, built exactly as `npm run build` does, parses as ES2017 (Edge Legacy,
 * Office 2019). The whole bundle is checked the same way after every `npm run build` (postbuild).
 */
test('the production function file parses as ES2017 and registers the command', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-commands-'));
  const config = await factory({}, { mode: 'production' });
  const entry = (config.entry as Record<string, string[]>).commands;
  await new Promise<void>((resolve, reject) =>
    webpack(
      { ...config, mode: 'production', entry: { commands: entry }, output: { ...config.output, path: out }, plugins: [], stats: 'errors-only', infrastructureLogging: { level: 'error' } },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString({ all: false, errors: true }))) : resolve()),
    ),
  );
  const scripts = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(checkDir(out)).toEqual([]);
  const code = scripts.map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
  expect(code).toContain('checkWorkbook');
  fs.rmSync(out, { recursive: true, force: true });
}, 300000);
