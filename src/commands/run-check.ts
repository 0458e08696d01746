import { type AddinApi, createAddinApi } from '../excel';
import { errorParams, summaryParams } from './summary';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  api?: AddinApi;
  /** Address of commands.html (the dialog page); defaults to the page the function file runs in. */
  pageUrl?: string;
  /** Longest wait for the user to close the dialog before the command reports completion anyway. */
  dialogTimeoutMs?: number;
}

function supported(set: string, version: string): boolean {
  try {
    return Boolean(Office.context.requirements.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** Shows the result: in the task pane where the shared runtime allows it, else in a small dialog. */
async function notify(params: URLSearchParams, deps: CommandDeps): Promise<void> {
  const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  if (addin?.showAsTaskpane && supported('SharedRuntime', '1.1')) {
    await addin.showAsTaskpane();
    return;
  }
  if (!supported('DialogApi', '1.1')) return;
  const page = deps.pageUrl ?? (typeof location !== 'undefined' ? location.href : '');
  if (!page) return;
  const url = new URL(page);
  url.search = params.toString();
  url.hash = '';
  await new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, deps.dialogTimeoutMs ?? 5 * 60 * 1000);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return finish();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish());
    });
  });
}

/**
 * 「检查本工作簿」: the whole check without the pane, comments written, counts shown. Always calls
 * event.completed(), also when Excel or the dialog fails, or Office shows an error instead.
 */
export async function runCheckCommand(event: CommandEvent, deps: CommandDeps = {}): Promise<void> {
  try {
    const api = deps.api ?? createAddinApi();
    let params: URLSearchParams;
    try {
      const result = await api.check();
      params = summaryParams(result, (await api.capabilities()).apiVersion);
    } catch (e) {
      params = errorParams((e as Error)?.message ?? String(e));
    }
    await notify(params, deps);
  } catch {
    /* the notice could not be shown: the marks in the workbook are the result */
  } finally {
    event.completed();
  }
}
