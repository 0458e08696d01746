#!/usr/bin/env node
/**
 * pretest: the end-to-end and document tests need Debian's chromium, LibreOffice and a CJK font, and the
 * archive tests libarchive's bsdtar (a second reader of the .rar files they write).
 * Installs whichever is missing (as root, from Debian's packages); never downloads anything else.
 */
const { execSync } = require('child_process');
const fs = require('fs');

const wanted = [
  { check: () => fs.existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { check: () => fs.existsSync('/usr/bin/soffice') || fs.existsSync('/usr/bin/libreoffice'), packages: ['libreoffice-calc', 'libreoffice-writer'] },
  { check: () => fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), packages: ['fonts-noto-cjk'] },
  { check: () => fs.existsSync('/usr/bin/bsdtar'), packages: ['libarchive-tools'] },
];

const missing = wanted.filter((w) => !w.check()).flatMap((w) => w.packages);
if (missing.length === 0) process.exit(0);
if (process.env.JUESUAN_SKIP_APT) {
  console.error(`[pretest] missing Debian packages: ${missing.join(' ')} (JUESUAN_SKIP_APT set, not installing)`);
  process.exit(0);
}
const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
console.error(`[pretest] installing Debian packages: ${missing.join(' ')}`);
try {
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit' });
} catch (e) {
  console.error('[pretest] 无法安装测试所需的 Debian 软件包（chromium / LibreOffice / bsdtar）。请以 root 运行或手动安装。');
  process.exit(1);
}
