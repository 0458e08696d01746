import type { Workbook } from '../../src/core/model/workbook';
import { SimError } from './errors';
import { evaluate } from './formula';
import { SimWorkbookObject } from './objects';
import { SimContext } from './runtime';
import { type SimWorkbook, fromModel, key, open, save, toModel } from './state';

/**
 * Highest ExcelApi of each volume-licensed Office on Windows (Microsoft's requirement-set table; retail
 * and Microsoft 365 builds follow the subscription channel). See docs/addin.md.
 */
export const OFFICE_VERSIONS = {
  office2016: '1.1',
  office2019: '1.7',
  office2021: '1.14',
  office2024: '1.17',
  microsoft365: '1.20',
} as const;

export interface SimulatorOptions {
  /** Highest ExcelApi version the simulated Excel supports (default Microsoft 365: '1.20'). */
  excelApi?: string;
  /** Shared runtime (Office.addin.showAsTaskpane); default true when excelApi ≥ 1.13. */
  sharedRuntime?: boolean;
  /** Response budget per sync in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  user?: { name: string; email: string };
  fileName?: string;
  now?: () => Date;
}

/** An Office dialog opened by the add-in; tests fire its events (the user clicking 关闭 or ×). */
export class SimDialog {
  closed = false;
  private readonly handlers = new Map<string, ((arg: unknown) => void)[]>();

  constructor(readonly url: string, readonly options: unknown) {}

  addEventHandler(eventType: string, handler: (arg: unknown) => void, callback?: (r: unknown) => void): void {
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
    callback?.({ status: 'succeeded' });
  }
  close(): void {
    this.closed = true;
  }
  messageChild(): void {}
  /** The dialog page called Office.context.ui.messageParent(message). */
  sendToParent(message: string): void {
    for (const h of this.handlers.get('dialogMessageReceived') ?? []) h({ type: 'dialogMessageReceived', message, origin: undefined });
  }
  /** The user closed the dialog with × (12006). */
  userClosed(): void {
    this.closed = true;
    for (const h of this.handlers.get('dialogEventReceived') ?? []) h({ type: 'dialogEventReceived', error: 12006 });
  }
  /** Query parameters the dialog page was opened with. */
  get params(): URLSearchParams {
    return new URL(this.url).searchParams;
  }
}

type Batch<T> = (context: SimContext & { workbook: SimWorkbookObject }) => Promise<T>;

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2 = 0] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/**
 * An in-memory Excel behind the Office.js API shapes the add-in uses. Load-before-read is enforced,
 * every context.sync() is counted, and requirement sets gate the newer APIs (ApiNotFound at sync).
 */
export class ExcelSimulator {
  state: SimWorkbook;
  syncCount = 0;
  runs: { mergeUndoGroup?: boolean }[] = [];
  excelApi: string;
  sharedRuntime: boolean;
  payloadLimit: number;
  user: { name: string; email: string };
  fileName?: string;
  now: () => Date;
  /** Functions registered with Office.actions.associate. */
  readonly actions = new Map<string, (event: unknown) => unknown>();
  /** Dialogs opened with Office.context.ui.displayDialogAsync, and task pane shows. */
  readonly dialogs: SimDialog[] = [];
  taskpaneShown = 0;
  /** Test hook: return an error to make the command with this description fail at sync. */
  failOn?: (what: string) => SimError | undefined;
  /** Test hook: sees each batch's command list before it runs. */
  beforeSync?: (commands: string[]) => void;

  constructor(workbook: Workbook | SimWorkbook, options: SimulatorOptions = {}) {
    this.state = 'sheets' in workbook && workbook.sheets[0] && 'cells' in workbook.sheets[0] ? (workbook as SimWorkbook) : fromModel(workbook as Workbook);
    this.excelApi = options.excelApi ?? OFFICE_VERSIONS.microsoft365;
    this.sharedRuntime = options.sharedRuntime ?? versionAtLeast(this.excelApi, '1.13');
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.user = options.user ?? { name: '张会计', email: 'zhang@example.gov.cn' };
    this.fileName = options.fileName;
    this.now = options.now ?? (() => new Date('2026-03-01T08:00:00Z'));
  }

  /** "Save, close and reopen": a new simulator over the saved file (fresh ids, same content). */
  static reopen(saved: string, options: SimulatorOptions = {}): ExcelSimulator {
    return new ExcelSimulator(open(saved), options);
  }

  save(): string {
    return save(this.state);
  }

  /** The workbook as the core model, e.g. to compare with the original. */
  model(): Workbook {
    return toModel(this.state);
  }

  supports(set: string, version = '1.1'): boolean {
    if (set === 'ExcelApi') return versionAtLeast(this.excelApi, version);
    if (set === 'SharedRuntime') return this.sharedRuntime && versionAtLeast('1.1', version);
    if (set === 'DialogApi') return versionAtLeast('1.2', version);
    if (set === 'RibbonApi') return versionAtLeast(this.excelApi, '1.13') && versionAtLeast('1.1', version);
    return false;
  }

  /** Sets the protection flag of a sheet (what the user does with 审阅 → 保护工作表). */
  protectSheet(name: string, on = true): void {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    s.protected = on;
  }

  /** Direct cell edit by the "user" (outside the add-in). */
  edit(sheet: string, row: number, col: number, value: string | number, formula?: string): void {
    const s = this.state.sheets.find((x) => x.name === sheet)!;
    const old = s.cells.get(key(row, col));
    s.cells.set(key(row, col), { ...old, value, formula });
    this.recalculate();
  }

  /** Recomputes formulas the simulator understands (the add-in's own SUM/+/− fixes). */
  recalculate(): void {
    const byName = new Map(this.state.sheets.map((s) => [s.name, s]));
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.state.sheets) {
        for (const cell of sheet.cells.values()) {
          if (!cell.formula) continue;
          const v = evaluate(cell.formula, (name, row, col) => (name ? byName.get(name) : sheet)?.cells.get(key(row, col))?.value ?? '');
          if (v !== undefined) cell.value = v;
        }
      }
    }
  }

  async run<T>(a: Batch<T> | { mergeUndoGroup?: boolean }, b?: Batch<T>): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as Batch<T>;
    const options = typeof a === 'function' ? {} : a;
    if (options.mergeUndoGroup && !this.supports('ExcelApi', '1.20')) {
      throw new SimError('ApiNotFound', 'RunOptions.mergeUndoGroup needs ExcelApi 1.20.');
    }
    this.runs.push({ mergeUndoGroup: options.mergeUndoGroup });
    const ctx = new SimContext(this) as SimContext & { workbook: SimWorkbookObject };
    ctx.workbook = new SimWorkbookObject(ctx);
    const result = await batch(ctx);
    // Excel.run sends what is still queued when the batch function returns.
    if (ctx.pending) await ctx.sync();
    return result;
  }

  /** The `Excel` global. */
  excelGlobal(): Record<string, unknown> {
    return {
      run: (a: never, b?: never) => this.run(a, b),
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ErrorCodes: {
        accessDenied: 'AccessDenied',
        apiNotFound: 'ApiNotFound',
        invalidArgument: 'InvalidArgument',
        itemNotFound: 'ItemNotFound',
        itemAlreadyExists: 'ItemAlreadyExists',
        invalidOperation: 'InvalidOperation',
        requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
      },
    };
  }

  /** The `Office` global. */
  officeGlobal(): Record<string, unknown> {
    const sim = this;
    const office: Record<string, unknown> = {
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        host: 'Excel',
        platform: 'PC',
        diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.simulated' },
        requirements: { isSetSupported: (name: string, version?: string) => sim.supports(name, version) },
        ui: {
          displayDialogAsync(url: string, options: unknown, callback?: (r: unknown) => void) {
            const cb = typeof options === 'function' ? (options as (r: unknown) => void) : callback;
            const dialog = new SimDialog(url, typeof options === 'function' ? undefined : options);
            sim.dialogs.push(dialog);
            cb?.({ status: 'succeeded', value: dialog });
          },
        },
      },
      actions: {
        associate(name: string, fn: (event: unknown) => unknown) {
          sim.actions.set(name, fn);
        },
      },
      onReady(cb?: (info: { host: string; platform: string }) => void) {
        const info = { host: 'Excel', platform: 'PC' };
        cb?.(info);
        return Promise.resolve(info);
      },
    };
    if (this.sharedRuntime) {
      office.addin = {
        showAsTaskpane: async () => {
          sim.taskpaneShown++;
        },
        hide: async () => undefined,
      };
    }
    return office;
  }

  /** Installs `Office` and `Excel` on the global object (window in a browser); returns an uninstall. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const before = { Office: target.Office, Excel: target.Excel };
    target.Office = this.officeGlobal();
    target.Excel = this.excelGlobal();
    return () => {
      target.Office = before.Office;
      target.Excel = before.Excel;
    };
  }
}
