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
/**
 * Exits once stdout and stderr have handed all their output over. On a pipe Node writes asynchronously, and
 * process.exit at once dropped what the reader had not yet taken: a batch's JSON was cut at 64 KB.
 */
function exitAfterOutput(code) {
  let pending = 2;
  for (const stream of [process.stdout, process.stderr]) {
    let handedOver = false;
    const done = () => {
      if (handedOver) return;
      handedOver = true;
      if (--pending === 0) process.exit(code);
    };
    // A reader gone (`| head`) is an error here, not a crash: nothing more to hand over.
    stream.on('error', done);
    stream.write('', done);
  }
}

require(entry.main).main(process.argv.slice(2)).then(exitAfterOutput, (err) => {
  console.error(`决算助手：内部错误：${err && err.stack ? err.stack : err}`);
  exitAfterOutput(2);
});
