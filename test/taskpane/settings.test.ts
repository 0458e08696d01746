import { loadSettings, saveSettings } from '../../src/taskpane/model/settings';

function installOffice(initial: Record<string, unknown> = {}, fail = false) {
  const store = new Map(Object.entries(initial));
  const saved: Record<string, unknown>[] = [];
  (globalThis as { Office?: unknown }).Office = {
    context: {
      document: {
        settings: {
          get: (k: string) => (store.has(k) ? store.get(k) : null),
          set: (k: string, v: unknown) => store.set(k, v),
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) => {
            saved.push(Object.fromEntries(store));
            cb(fail ? { status: 'failed', error: { message: '只读' } } : { status: 'succeeded' });
          },
        },
      },
    },
  };
  return saved;
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe('pane settings in the workbook', () => {
  test('saves into Office document settings and reads back', async () => {
    const saved = installOffice();
    await expect(saveSettings({ profile: '云南', narrativeFamily: 'yunnan', priorYearName: '2022.xlsx' })).resolves.toBe(true);
    expect(saved[0]['juesuan.paneSettings']).toEqual({ profile: '云南', narrativeFamily: 'yunnan', priorYearName: '2022.xlsx' });
    expect(loadSettings()).toEqual({ profile: '云南', narrativeFamily: 'yunnan', priorYearName: '2022.xlsx' });
  });

  test('a failed save is a Chinese error; no host settings is not an error', async () => {
    installOffice({}, true);
    await expect(saveSettings({ profile: '国家' })).rejects.toThrow('设置未能保存到工作簿：只读');
    delete (globalThis as { Office?: unknown }).Office;
    await expect(saveSettings({ profile: '国家' })).resolves.toBe(false);
    expect(loadSettings()).toEqual({});
  });

  test('a damaged stored entry falls back to defaults; a JSON string is accepted', () => {
    installOffice({ 'juesuan.paneSettings': '{bad' });
    expect(loadSettings()).toEqual({});
    installOffice({ 'juesuan.paneSettings': '{"profile":"北京"}' });
    expect(loadSettings()).toEqual({ profile: '北京' });
  });
});
