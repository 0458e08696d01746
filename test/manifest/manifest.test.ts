import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { ExcelSimulator } from '../excel-sim';

/*
 * Offline manifest check (office-addin-manifest validate needs a Microsoft web service; `npm run
 * validate` still runs it where the internet is reachable). Element order follows the XSD sequences of
 * OfficeAppManifestV1_1.xsd and TaskPaneAppVersionOverridesV1_0.xsd.
 */

const ROOT = path.resolve(__dirname, '../..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../../scripts/manifest-url') as { rewriteManifest: (xml: string, base?: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require('../../scripts/make-icons') as { render: (size: number) => Buffer; SIZES: number[] };

type Node = { [tag: string]: Node[] | string } & { ':@'?: Record<string, string> };

const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(XML) as Node[];

function tagOf(n: Node): string {
  return Object.keys(n).find((k) => k !== ':@')!;
}
function children(n: Node): Node[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? v.filter((c) => !('#text' in c) && !('#comment' in c)) : [];
}
function attrs(n: Node): Record<string, string> {
  return n[':@'] ?? {};
}
function child(n: Node, tag: string): Node {
  const c = children(n).find((x) => tagOf(x) === tag);
  if (!c) throw new Error(`<${tagOf(n)}> has no <${tag}>`);
  return c;
}
function text(n: Node): string {
  const v = n[tagOf(n)] as Node[];
  return String((v.find((c) => '#text' in c)?.['#text'] as string | undefined) ?? '');
}
function all(n: Node, tag: string, out: Node[] = []): Node[] {
  for (const c of children(n)) {
    if (tagOf(c) === tag) out.push(c);
    all(c, tag, out);
  }
  return out;
}
/** The children appear in the schema's sequence order (optional ones may be missing). */
function expectOrder(n: Node, sequence: string[]): void {
  const tags = children(n).map(tagOf);
  for (const t of tags) expect(sequence).toContain(t);
  const positions = tags.map((t) => sequence.indexOf(t));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

const root = parsed.find((n) => tagOf(n) === 'OfficeApp')!;
const overrides = child(root, 'VersionOverrides');
const resources = child(overrides, 'Resources');

function resourceIds(kind: string): Map<string, Node> {
  return new Map(children(child(resources, kind)).map((n) => [attrs(n).id, n]));
}

describe('manifest.xml (offline validation)', () => {
  test('is a task pane add-in for Excel requiring ExcelApi 1.7 (Office 2019 loads it)', () => {
    expect(attrs(root)['xsi:type']).toBe('TaskPaneApp');
    expect(all(child(root, 'Hosts'), 'Host').map((h) => attrs(h).Name)).toEqual(['Workbook']);
    const sets = all(child(root, 'Requirements'), 'Set').map((s) => [attrs(s).Name, attrs(s).MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
    expect(text(child(root, 'Permissions'))).toBe('ReadWriteDocument');
  });

  test('elements are in schema order', () => {
    expectOrder(root, [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'Dictionary', 'VersionOverrides',
    ]);
    expectOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins']);
    expectOrder(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    for (const d of all(overrides, 'DesktopFormFactor')) expectOrder(d, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    for (const g of all(overrides, 'Group')) expectOrder(g, ['Label', 'Icon', 'Control']);
    for (const c of all(overrides, 'Control')) expectOrder(c, ['Label', 'Supertip', 'Icon', 'Action']);
    for (const s of all(overrides, 'Supertip')) expectOrder(s, ['Title', 'Description']);
    for (const gs of all(overrides, 'GetStarted')) expectOrder(gs, ['Title', 'Description', 'LearnMoreUrl']);
  });

  test('id, version and string length limits', () => {
    expect(text(child(root, 'Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(root, 'Version'))).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(text(child(root, 'ProviderName')).length).toBeLessThanOrEqual(125);
    const short = (n: Node) => [attrs(n).DefaultValue, ...children(n).map((o) => attrs(o).Value)];
    for (const v of short(child(root, 'DisplayName'))) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of short(child(root, 'Description'))) expect(v.length).toBeLessThanOrEqual(250);
    for (const [id, n] of resourceIds('bt:ShortStrings')) {
      expect(id.length).toBeLessThanOrEqual(32);
      for (const v of short(n)) expect(v.length).toBeLessThanOrEqual(125);
    }
    for (const [id, n] of resourceIds('bt:LongStrings')) {
      expect(id.length).toBeLessThanOrEqual(32);
      for (const v of short(n)) expect(v.length).toBeLessThanOrEqual(250);
    }
    for (const kind of ['bt:Images', 'bt:Urls']) for (const id of resourceIds(kind).keys()) expect(id.length).toBeLessThanOrEqual(32);
    const ids = [...all(overrides, 'Group'), ...all(overrides, 'Control')].map((n) => attrs(n).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
  });

  test('every URL is HTTPS and every resid points at a resource of the right kind', () => {
    const urls = XML.replace(/<!--[\s\S]*?-->/g, '').match(/(?:DefaultValue|Value)="(https?:[^"]*)"|<AppDomain>([^<]*)</g) ?? [];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/https:\/\//);
    const images = resourceIds('bt:Images');
    const urlIds = resourceIds('bt:Urls');
    const shorts = resourceIds('bt:ShortStrings');
    const longs = resourceIds('bt:LongStrings');
    for (const n of all(overrides, 'bt:Image')) if (attrs(n).resid) expect(images.has(attrs(n).resid)).toBe(true);
    for (const tag of ['FunctionFile', 'SourceLocation', 'LearnMoreUrl']) for (const n of all(overrides, tag)) expect(urlIds.has(attrs(n).resid)).toBe(true);
    for (const n of [...all(overrides, 'Label'), ...all(overrides, 'Title')]) expect(shorts.has(attrs(n).resid)).toBe(true);
    for (const n of all(overrides, 'Description')) expect(longs.has(attrs(n).resid)).toBe(true);
  });

  test('Home tab group 决算助手 with 检查本工作簿 (ExecuteFunction) and 打开助手 (ShowTaskpane), zh-CN over en-US', () => {
    const zh = (resid: string) => {
      const n = resourceIds('bt:ShortStrings').get(resid)!;
      return children(n).find((o) => attrs(o).Locale === 'zh-CN') ? attrs(children(n).find((o) => attrs(o).Locale === 'zh-CN')!).Value : undefined;
    };
    const tab = all(overrides, 'OfficeTab')[0];
    expect(attrs(tab).id).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(zh(attrs(child(group, 'Label')).resid)).toBe('决算助手');
    const controls = all(group, 'Control').map((c) => ({ label: zh(attrs(child(c, 'Label')).resid), action: attrs(child(c, 'Action'))['xsi:type'] }));
    expect(controls).toEqual([
      { label: '检查本工作簿', action: 'ExecuteFunction' },
      { label: '打开助手', action: 'ShowTaskpane' },
    ]);
    for (const n of [...resourceIds('bt:ShortStrings').values(), ...resourceIds('bt:LongStrings').values()]) {
      expect(children(n).map((o) => attrs(o).Locale)).toEqual(['zh-CN']);
      expect(attrs(n).DefaultValue).toMatch(/^[\x20-\x7e]+$/); // the English fallback
    }
    expect(text(child(root, 'DefaultLocale'))).toBe('en-US');
  });

  test('icons 16/32/64/80 exist with those pixel sizes and are exactly what scripts/make-icons.js draws', () => {
    const referenced = new Set((XML.match(/assets\/icon-\d+\.png/g) ?? []).map((p) => p));
    expect([...referenced].sort()).toEqual(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']);
    for (const size of icons.SIZES) {
      const file = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(file.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
      expect(file.equals(icons.render(size))).toBe(true);
    }
    for (const n of all(overrides, 'bt:Image').filter((x) => attrs(x).size)) {
      const url = attrs(resourceIds('bt:Images').get(attrs(n).resid)!).DefaultValue;
      expect(url).toContain(`icon-${attrs(n).size}.png`);
    }
  });

  test('every FunctionName is registered with Office.actions.associate by the function file', () => {
    const names = all(overrides, 'FunctionName').map(text);
    expect(names).toEqual(['checkWorkbook']);
    const sim = new ExcelSimulator({ sheets: [] });
    const uninstall = sim.install();
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/commands/commands');
    });
    return Promise.resolve().then(() => {
      for (const name of names) expect(typeof sim.actions.get(name)).toBe('function');
      uninstall();
    });
  });

  test('npm run build rewrites every URL from ADDIN_BASE_URL and refuses plain http', () => {
    const built = rewriteManifest(XML, 'https://addins.czj.example.gov.cn/juesuan');
    expect(built).not.toContain('localhost');
    const urls = built.match(/https:\/\/[^"<\s]+/g)!;
    for (const u of urls) expect(u.startsWith('https://addins.czj.example.gov.cn')).toBe(true);
    expect(built).toContain('<AppDomain>https://addins.czj.example.gov.cn</AppDomain>');
    expect(built).toContain('https://addins.czj.example.gov.cn/juesuan/taskpane.html');
    expect(rewriteManifest(XML)).toContain('https://localhost:3000/commands.html');
    expect(() => rewriteManifest(XML, 'http://intranet/juesuan/')).toThrow(/https/);
  });
});
