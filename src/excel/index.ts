/** The add-in's Excel layer: everything the task pane and the ribbon command need (contract: notes/ADDIN.md). */
export type {
  AddinApi,
  AddinCheckResult,
  AppliedFix,
  ApplyResult,
  Capabilities,
  CheckOptionsForAddin,
  Dismissal,
  Progress,
  RevealResult,
  UndoResult,
} from './types';
export { createAddinApi, type AddinApiOptions } from './api';
export { AddinError, chineseError } from './errors';
export { detectCapabilities, sharedRuntimeSupported } from './capabilities';
export { MARK, JOURNAL_SHEET, RESULTS_SHEET } from './own-sheets';
export { markText } from './marks';
