import type { Capabilities } from './types';

/** Highest ExcelApi minor version we probe; newer sets add nothing we use. */
const HIGHEST_MINOR = 20;

function supported(version: string): boolean {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported('ExcelApi', version));
  } catch {
    return false;
  }
}

/** Asks Office which requirement sets exist; never throws (no Office → nothing supported). */
export function detectCapabilities(): Capabilities {
  let minor = 0;
  for (let m = HIGHEST_MINOR; m >= 1; m--) {
    if (supported(`1.${m}`)) {
      minor = m;
      break;
    }
  }
  return {
    apiVersion: minor ? `1.${minor}` : '0',
    comments: minor >= 10,
    resolveComments: minor >= 11,
    visibleCells: minor >= 9,
    mergedAreas: minor >= 13,
    undoGroup: minor >= 20,
  };
}

/** Office.actions / Office.addin exist only with the shared runtime; check before use. */
export function sharedRuntimeSupported(): boolean {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported('SharedRuntime', '1.1'));
  } catch {
    return false;
  }
}
