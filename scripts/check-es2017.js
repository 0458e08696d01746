#!/usr/bin/env node
/**
 * After `npm run build`: every script in dist/addin must parse as ES2017, the newest syntax Microsoft
 * Edge Legacy (EdgeHTML 18, used by volume-licensed Office 2019 on Windows 10) understands.
 * Usage: node scripts/check-es2017.js [dir]
 */
const fs = require('fs');
const path = require('path');
const acorn = require('acorn');

function checkDir(dir) {
  const failures = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    try {
      acorn.parse(code, { ecmaVersion: 2017, sourceType: 'script' });
    } catch (e) {
      failures.push(`${file}: ${e.message} near ${JSON.stringify(code.slice(Math.max(0, e.pos - 60), e.pos + 30))}`);
    }
  }
  return failures;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, '../dist/addin'));
  const failures = checkDir(dir);
  if (failures.length) {
    console.error(`Scripts newer than ES2017 in ${dir} (Office 2019's Edge Legacy webview cannot run them):\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log(`dist scripts parse as ES2017 (Edge Legacy / Office 2019): ${dir}`);
}

module.exports = { checkDir };
