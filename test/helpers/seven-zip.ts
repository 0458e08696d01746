/** Archives for the tests, made by 7-Zip (the 7z-wasm package the checker opens them with): .7z, and .zip with a password. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import SevenZip from '7z-wasm';

/** An entry's content, or a symbolic link to `link`. */
export type EntryContent = Buffer | string | { link: string };

/** Makes `file` holding `entries` (path with '/' → content); `switches` as 7-Zip's `a` takes them (-t7z, -pSECRET, -mhe=on …). */
export async function sevenZipArchive(file: string, entries: Record<string, EntryContent>, switches: string[] = []): Promise<string> {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-7z-source-'));
  for (const [name, content] of Object.entries(entries)) {
    const target = path.join(source, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'object' && 'link' in content) fs.symlinkSync(content.link, target);
    else fs.writeFileSync(target, content);
  }
  const lines: string[] = [];
  const sevenZip = await SevenZip({ print: (l) => lines.push(l), printErr: (l) => lines.push(l) });
  sevenZip.FS.mkdir('/source');
  sevenZip.FS.mount(sevenZip.NODEFS, { root: source }, '/source');
  sevenZip.FS.mkdir('/target');
  sevenZip.FS.mount(sevenZip.NODEFS, { root: path.dirname(path.resolve(file)) }, '/target');
  sevenZip.FS.chdir('/source');
  const tops = [...new Set(Object.keys(entries).map((name) => name.split('/')[0]))];
  const code = sevenZip.callMain(['a', `/target/${path.basename(file)}`, ...tops, '-bd', '-snl', ...switches]) as unknown as number;
  fs.rmSync(source, { recursive: true, force: true });
  if (code !== 0) throw new Error(`7-Zip could not make ${file}:\n${lines.join('\n')}`);
  return file;
}
