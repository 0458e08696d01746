import type { CheckReport } from '../../core/check';
import type { Workbook } from '../../core/model/workbook';

/** The drafted 决算说明 in the three forms the tab needs. */
export interface NarrativeDraft {
  title: string;
  html: string;
  text: string;
}

export function draftNarrative(_workbook: Workbook, _report: CheckReport, _family?: string, _prior?: Workbook): NarrativeDraft {
  throw new Error('决算说明起草模块尚未就绪。');
}

export async function narrativeDocx(_draft: NarrativeDraft): Promise<Blob> {
  throw new Error('决算说明起草模块尚未就绪。');
}
