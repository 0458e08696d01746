import * as fs from 'fs';
import * as path from 'path';
import { PROFILES } from '../../src/core/scoring';
import { SCORE_RULES } from '../../src/core/scoring/rules';

const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/profiles.md'), 'utf8');

test('docs/profiles.md documents every profile and every scoring rule', () => {
  for (const p of PROFILES) expect(doc.includes(`**${p.name}**`) || doc.includes(`**${p.name}（`)).toBe(true);
  for (const r of SCORE_RULES) expect(doc).toContain(`| ${r.id} | ${r.title} |`);
});
