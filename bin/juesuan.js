#!/usr/bin/env node
// Runs the TypeScript CLI directly (transpile-only): no separate build step for users of the repo.
const path = require('path');
require('ts-node').register({
  transpileOnly: true,
  project: path.join(__dirname, '..', 'tsconfig.json'),
  compilerOptions: { module: 'commonjs' },
});
require('../src/cli/main').main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`决算助手：内部错误：${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
