#!/usr/bin/env node
/**
 * Builds the command-line checker into dist/node (run by `npm install` through `prepare`), so a
 * `juesuan` call starts without compiling TypeScript. A failed build is not fatal: the CLI then
 * runs from the sources (bin/cli-entry.js), only slower to start.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { STAMP } = require('../bin/cli-entry');

const root = path.join(__dirname, '..');
const stamp = path.join(root, STAMP);
fs.rmSync(stamp, { force: true });
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  tsc = undefined; // installed without dev dependencies
}
const r = tsc && spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
if (!r || r.status !== 0) {
  console.error('[build-cli] 命令行工具编译失败：juesuan 将直接运行 TypeScript 源码（启动较慢）。');
  process.exit(0);
}
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
