import * as fs from 'fs';
import * as path from 'path';

/**
 * The project's root folder (where package.json is), found by walking up from this file: the CLI
 * runs both from `src/cli` (ts-node) and from the prebuilt `dist/node/cli`.
 */
export function packageRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`决算助手：找不到项目根目录（自 ${from} 向上没有 package.json）`);
  }
}
