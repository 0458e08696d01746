/** An output the CLI could not write (annotated copy, summary, folder), with the reason in the officer's words. */
export class UnwritableOutputError extends Error {}

/** Node's file-system error codes, as an officer would read them. */
const REASONS: Record<string, string> = {
  EBUSY: '文件正在被其他程序使用（可能正在 Excel 或 WPS 中打开）。请关闭该文件后重试。',
  EPERM: '没有写入权限，或文件正在 Excel 或 WPS 中打开。请关闭该文件，或换一个位置。',
  EACCES: '没有写入权限。请换一个有权限的位置（例如“文档”或桌面）。',
  EROFS: '位置是只读的（例如光盘或只读共享）。请换一个位置。',
  ENOSPC: '磁盘空间不足。请清理磁盘或换一个位置。',
  EISDIR: '这里已有同名的文件夹。请换一个文件名。',
  ENOTDIR: '路径中有一段是文件而不是文件夹。请检查路径。',
  EEXIST: '这里已有同名的文件，不能作为文件夹。请换一个名字。',
};

export function unwritable(target: string, e: unknown): UnwritableOutputError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const reason = REASONS[code] ?? (e as Error)?.message ?? String(e);
  return new UnwritableOutputError(`无法写入“${target}”：${reason}`);
}

/** Runs a write; a file-system failure becomes an UnwritableOutputError naming the target. */
export async function writing<T>(target: string, write: () => T | Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code) throw unwritable(target, e);
    throw e;
  }
}
