import * as fs from 'fs';
import * as path from 'path';
import { ruleCatalog } from '../../src/core/rules/catalog';
import { rulesMarkdown } from '../../src/cli/rules-markdown';

describe('the rule catalogue', () => {
  const rules = ruleCatalog();

  it('every rule has a unique id, a Chinese title and a description', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('covers every identity of REFERENCE §2.1 and §2.2', () => {
    const ids = new Set(rules.map((r) => r.id));
    const reference = fs.readFileSync(path.resolve(__dirname, '../../../shared/domain/REFERENCE.md'), 'utf8');
    const listed = [...reference.matchAll(/^\| (T\d\d-\d|X\d\d|X-EMPTY) \|/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(30);
    const missing = listed.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('docs/rules.md is up to date (run `npm run rules-doc`)', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
    expect(doc).toBe(rulesMarkdown(rules));
  });
});
