/** Regenerates docs/rules.md from the rule modules. */
import * as fs from 'fs';
import * as path from 'path';
import { ruleCatalog } from '../src/core/rules/catalog';
import { rulesMarkdown } from '../src/cli/rules-markdown';

const target = path.resolve(__dirname, '../docs/rules.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, rulesMarkdown(ruleCatalog()));
console.log(`wrote ${path.relative(process.cwd(), target)} (${ruleCatalog().length} rules)`);
