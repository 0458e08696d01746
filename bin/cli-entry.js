/**
 * Which CLI to run: the prebuilt JavaScript in dist/node (what `npm install` builds; starts in a
 * fraction of a second) when it is at least as new as every source file it was built from,
 * otherwise the TypeScript sources through ts-node (seconds of start-up, but never stale code).
 */
const fs = require('fs');
const path = require('path');

const SOURCE_DIRS = ['src/core', 'src/io', 'src/cli'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.cli.json'];
const STAMP = 'dist/node/.built';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** @returns {{ kind: 'built' | 'source', main: string }} */
function chooseCliEntry(root, env = process.env) {
  const source = { kind: 'source', main: path.join(root, 'src/cli/main.ts') };
  const built = { kind: 'built', main: path.join(root, 'dist/node/cli/main.js') };
  if (env.JUESUAN_FROM_SOURCE) return source;
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(stamp) || !fs.existsSync(built.main)) return source;
  const builtAt = fs.statSync(stamp).mtimeMs;
  for (const dir of SOURCE_DIRS) if (newestMtime(path.join(root, dir)) > builtAt) return source;
  for (const file of SOURCE_FILES) if (fs.statSync(path.join(root, file)).mtimeMs > builtAt) return source;
  return built;
}

module.exports = { chooseCliEntry, STAMP };
