/**
 * Pane settings live in the workbook (Office document settings), so a colleague who opens the
 * same 决算 file gets the same scoring profile and narrative family.
 */
export interface PaneSettings {
  /** Scoring profile name (core/scoring PROFILES). */
  profile?: string;
  /** Narrative family for the 决算说明 draft. */
  narrativeFamily?: string;
  /** File name of the prior-year workbook last used (the file itself is re-chosen each session). */
  priorYearName?: string;
}

export const DEFAULT_SETTINGS: PaneSettings = {};

const KEY = 'juesuan.paneSettings';

interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message?: string } }) => void): void;
}

function documentSettings(): DocumentSettings | undefined {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office;
  return office?.context?.document?.settings;
}

export function loadSettings(): PaneSettings {
  const store = documentSettings();
  const raw = store?.get(KEY);
  if (raw && typeof raw === 'object') return { ...DEFAULT_SETTINGS, ...(raw as Partial<PaneSettings>) };
  if (typeof raw === 'string') {
    try {
      return { ...DEFAULT_SETTINGS, ...(JSON.parse(raw) as Partial<PaneSettings>) };
    } catch {
      /* a damaged entry falls back to defaults */
    }
  }
  return { ...DEFAULT_SETTINGS };
}

/** Saves into the workbook; resolves false (not an error) where the host has no document settings. */
export function saveSettings(settings: PaneSettings): Promise<boolean> {
  const store = documentSettings();
  if (!store) return Promise.resolve(false);
  store.set(KEY, settings);
  return new Promise((resolve, reject) =>
    store.saveAsync((result) => {
      if (result.status === 'failed') reject(new Error(`设置未能保存到工作簿：${result.error?.message ?? '未知原因'}`));
      else resolve(true);
    }),
  );
}
