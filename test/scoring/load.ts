import { readWorkbookFile } from '../../src/io/exceljs-reader';
import type { Workbook } from '../../src/core/model/workbook';
import { type ScoreResult, scoreWorkbook } from '../../src/core/scoring';
import type { Finding } from '../../src/core/findings/finding';
import { fixturePath } from '../fixtures/registry';

/** Reads a fixture built by `npm run fixtures` (test/fixtures/builders/selfeval-*.ts). */
export function loadFixture(file: string): Promise<Workbook> {
  return readWorkbookFile(fixturePath(file));
}

export async function scoreFixture(file: string, profile?: string): Promise<ScoreResult> {
  return scoreWorkbook(await loadFixture(file), { profile });
}

export const at = (findings: Finding[], rule: string, sheet: string, cell: string) =>
  findings.filter((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);

export const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
