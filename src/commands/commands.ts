/*
 * Function file of the ribbon (commands.html). Registers 「检查本工作簿」 (manifest FunctionName
 * checkWorkbook). The same page, opened with ?notice=…, is the small dialog that shows the result.
 */
import { runCheckCommand } from './run-check';
import { renderNotice } from './notice';

export const FUNCTIONS = { checkWorkbook: 'checkWorkbook' } as const;

export function registerCommands(): void {
  Office.actions.associate(FUNCTIONS.checkWorkbook, (event: Office.AddinCommands.Event) => runCheckCommand(event));
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    const notice = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('notice') : null;
    if (notice !== null) renderNotice(notice);
    else registerCommands();
  });
}
