/** Turns whatever Office.js, the simulator or the core threw into one plain Chinese sentence. */

const HAS_CJK = /[\u4e00-\u9fff]/;

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

const BY_CODE: Record<string, string> = {
  AccessDenied: '工作表受保护或工作簿为只读，无法写入。请先在「审阅 → 撤销工作表保护」后再试。',
  InvalidOperation: 'Excel 当前不允许此操作（工作表可能受保护，或正在编辑单元格）。请按 Esc 退出编辑后再试。',
  ItemNotFound: '找不到相应的工作表或单元格，可能已被重命名或删除。请重新检查本工作簿。',
  ItemAlreadyExists: '要创建的对象已存在，请重新检查本工作簿。',
  RequestPayloadSizeLimitExceeded: '工作簿数据量超出 Excel 网页版单次请求的上限，请分批处理或使用桌面版 Excel。',
  ApiNotFound: '当前 Excel 版本不支持所需的接口，请升级到 Office 2019 或更新版本。',
  InsertDeleteConflict: '单元格在检查后被插入或删除，请重新检查本工作簿。',
  Conflict: '单元格在检查后已被修改，请重新检查本工作簿。',
  GeneralException: 'Excel 内部出错，请稍后再试。',
};

/** The reason only; the caller's message title names the action ('修正失败'). */
export function describeError(e: unknown): string {
  const err = (e ?? {}) as OfficeLikeError;
  const raw = typeof e === 'string' ? e : err.message ?? '';
  const code = err.code ?? err.debugInfo?.code;
  if (raw && HAS_CJK.test(raw)) return raw;
  if (code && BY_CODE[code]) return BY_CODE[code];
  if (/protect/i.test(raw)) return BY_CODE.AccessDenied;
  return `Excel 接口出错${raw ? `（${raw}）` : ''}。请重试；如仍失败，请保存工作簿后重新打开。`;
}
