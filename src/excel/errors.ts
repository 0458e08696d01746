/** An error whose message is already a sentence for the finance officer (Chinese, says what to do). */
export class AddinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddinError';
  }
}

/** Excel's own messages are English and technical; the user gets a Chinese sentence with the detail after it. */
export function chineseError(action: string, e: unknown): string {
  if (e instanceof AddinError) return e.message;
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? '';
  if (code === 'AccessDenied' || /protect/i.test(err?.message ?? '')) return `${action}失败：工作表或工作簿受保护。请先撤销保护再试。`;
  if (code === 'InvalidOperationInCellEditMode') return `${action}失败：Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑再试。`;
  if (code === 'ItemNotFound') return `${action}失败：找不到要操作的工作表或单元格，可能已被删除或改名。请重新检查。`;
  return `${action}失败：${err?.message ?? String(e)}`;
}

/** Runs an operation and turns any Excel error into an AddinError with a Chinese message. */
export async function friendly<T>(action: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof AddinError ? e : new AddinError(chineseError(action, e));
  }
}
