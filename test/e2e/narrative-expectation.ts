import type { CheckReport } from '../../src/core/check';
import type { Workbook } from '../../src/core/model/workbook';

export async function narrativeExpectation(_workbook: Workbook, _report: CheckReport): Promise<{ html: string; someLines: string[] }> {
  throw new Error('narrative draft not available yet');
}
