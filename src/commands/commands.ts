/*
 * Function file of the ribbon (commands.html). Registers 「检查本工作簿」 (manifest FunctionName
 * checkWorkbook). The same page, opened with the result in its address (?t=…&e=… or ?x=…), is the
 * small dialog that shows it.
 */
import { runCheckCommand } from './run-check';
import { renderNotice } from './notice';
import { summaryFromParams } from './summary';

export const FUNCTIONS = { checkWorkbook: 'checkWorkbook' } as const;

export function registerCommands(): void {
  const handler = (event: Office.AddinCommands.Event) => runCheckCommand(event);
  // Office.actions.associate is how current Office finds the function; older builds (Office 2019)
  // look the manifest's FunctionName up on the function file's global object.
  Office.actions?.associate?.(FUNCTIONS.checkWorkbook, handler);
  (globalThis as unknown as Record<string, unknown>)[FUNCTIONS.checkWorkbook] = handler;
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    const params = new URLSearchParams(typeof location !== 'undefined' ? location.search : '');
    if (params.has('t') || params.has('x')) renderNotice(summaryFromParams(params));
    else registerCommands();
  });
}
