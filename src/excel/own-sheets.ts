/** Every comment, reply and results sheet the add-in writes starts with this mark; nothing else is ever deleted. */
export const MARK = '【决算助手】';

/** Hidden store for the fix journal, dismissals and highlight records (see journal.ts for why a sheet). */
export const JOURNAL_SHEET = '_juesuan_journal';

/** Results sheet written where comments are unavailable (ExcelApi < 1.10). */
export const RESULTS_SHEET = '检查结果';
/** Used when the user already has a sheet of that name that the add-in did not create. */
export const RESULTS_SHEET_ALT = '决算助手检查结果';

export function isOwnMark(text: unknown): boolean {
  return typeof text === 'string' && text.startsWith(MARK);
}
