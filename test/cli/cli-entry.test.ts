import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { chooseCliEntry, STAMP } = require('../../bin/cli-entry') as {
  chooseCliEntry: (root: string, env?: Record<string, string | undefined>) => { kind: string; main: string };
  STAMP: string;
};

/** A project tree with the files the chooser looks at, every mtime set to `at` (seconds). */
function tree(at: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-entry-'));
  const files = ['src/core/check.ts', 'src/io/reader.ts', 'src/cli/main.ts', 'tsconfig.json', 'tsconfig.cli.json', 'dist/node/cli/main.js', STAMP];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), '');
    fs.utimesSync(path.join(root, f), at, at);
  }
  return root;
}

const touch = (root: string, file: string, at: number) => fs.utimesSync(path.join(root, file), at, at);

describe('bin/cli-entry: prebuilt CLI or sources', () => {
  it('runs the build when it is as new as every source', () => {
    const root = tree(1_000);
    expect(chooseCliEntry(root, {})).toEqual({ kind: 'built', main: path.join(root, 'dist/node/cli/main.js') });
  });

  it.each(['src/core/check.ts', 'src/io/reader.ts', 'src/cli/main.ts', 'tsconfig.json', 'tsconfig.cli.json'])(
    'runs the sources when %s changed after the build',
    (file) => {
      const root = tree(1_000);
      touch(root, file, 2_000);
      expect(chooseCliEntry(root, {}).kind).toBe('source');
    },
  );

  it('runs the sources when a source file in a subfolder changed', () => {
    const root = tree(1_000);
    fs.mkdirSync(path.join(root, 'src/core/rules/table'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src/core/rules/table/t01.ts'), '');
    touch(root, 'src/core/rules/table/t01.ts', 2_000);
    expect(chooseCliEntry(root, {}).kind).toBe('source');
  });

  it('runs the sources when there is no finished build or when asked to', () => {
    const noStamp = tree(1_000);
    fs.rmSync(path.join(noStamp, STAMP));
    expect(chooseCliEntry(noStamp, {}).kind).toBe('source');
    const noMain = tree(1_000);
    fs.rmSync(path.join(noMain, 'dist/node/cli/main.js'));
    expect(chooseCliEntry(noMain, {}).kind).toBe('source');
    expect(chooseCliEntry(tree(1_000), { JUESUAN_FROM_SOURCE: '1' }).kind).toBe('source');
  });
});
