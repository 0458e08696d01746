#!/usr/bin/env node
// Runs the prebuilt CLI when it is up to date, else the TypeScript sources (see cli-entry.js).
const path = require('path');
const { chooseCliEntry } = require('./cli-entry');

const root = path.join(__dirname, '..');
const entry = chooseCliEntry(root);
if (entry.kind === 'built') {
  // Reuses the bytecode the last call compiled (dist/node/io/code-cache.js says why).
  require(path.join(root, 'dist/node/io/code-cache')).useCodeCache();
} else {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(root, 'tsconfig.json'),
    compilerOptions: { module: 'commonjs' },
  });
}
require(entry.main).main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`决算助手：内部错误：${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
