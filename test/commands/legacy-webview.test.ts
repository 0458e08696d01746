import fs from 'fs';
import path from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { ExcelSimulator } from '../excel-sim';

const HTML = fs.readFileSync(path.resolve(__dirname, '../../src/commands/commands.html'), 'utf8');
const INLINE = [...HTML.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);

function page(userAgent: string, search = '') {
  const sim = new ExcelSimulator({ sheets: [] }, { sharedRuntime: false });
  const notice = { innerText: '' };
  const window: Record<string, unknown> = {
    navigator: { userAgent },
    location: { href: `https://localhost:3000/commands.html${search}`, search },
    document: { getElementById: () => notice },
    setTimeout: () => 0,
    Office: sim.officeGlobal(),
  };
  window.window = window;
  for (const code of INLINE) vm.runInNewContext(code, window);
  return { sim, window, notice };
}

describe('Internet Explorer webview (Office 2019 on older Windows)', () => {
  test('the fallback script is plain ES5', () => {
    expect(INLINE).toHaveLength(1);
    expect(() => acorn.parse(INLINE[0], { ecmaVersion: 5 })).not.toThrow();
  });

  test('in Trident the ribbon button opens a dialog that explains why and what to use instead', async () => {
    const { sim, window } = page('Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko');
    await Promise.resolve();
    const handler = sim.actions.get('checkWorkbook')!;
    expect(window.checkWorkbook).toBe(handler);
    const event = { completed: jest.fn() };
    handler(event);
    expect(sim.dialogs[0].url).toBe('https://localhost:3000/commands.html?legacy=1');
    expect(event.completed).not.toHaveBeenCalled();
    sim.dialogs[0].userClosed();
    expect(event.completed).toHaveBeenCalledTimes(1);
    const dialog = page('Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko', '?legacy=1');
    await Promise.resolve();
    expect(dialog.notice.innerText).toContain('决算助手无法在其中运行');
    expect(dialog.notice.innerText).toContain('Excel 网页版');
  });

  test('in any other webview the fallback does nothing', async () => {
    const { sim, window } = page('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0');
    await Promise.resolve();
    expect(sim.actions.size).toBe(0);
    expect(window.checkWorkbook).toBeUndefined();
  });
});

describe('the task pane page in Internet Explorer', () => {
  const PANE = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
  const [script] = [...PANE.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  function paneRoot(userAgent: string): { innerHTML: string } {
    const root = { innerHTML: '<p>正在加载决算助手…</p>' };
    vm.runInNewContext(script, { navigator: { userAgent }, document: { getElementById: () => root } });
    return root;
  }

  test('its fallback script is plain ES5', () => {
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  test('replaces “正在加载” with what to use instead', () => {
    const root = paneRoot('Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko');
    expect(root.innerHTML).toContain('决算助手无法在其中运行');
    expect(root.innerHTML).not.toContain('正在加载');
  });

  test('leaves modern webviews alone', () => {
    const root = paneRoot('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0');
    expect(root.innerHTML).toContain('正在加载');
  });
});
