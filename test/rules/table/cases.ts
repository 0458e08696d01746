/**
 * One-cell edits of the clean sample and where each rule must fire: each case changes one amount,
 * runs one rule, and expects a finding at the named cell with the named severity.
 */
import type { CellValue, Workbook } from '../../../src/core/model/workbook';
import type { Rule } from '../../../src/core/rules/types';
import type { TableId, TableRow } from '../../../src/core/tables/types';
import type { Severity } from '../../../src/core/findings/finding';
import { at, cellOf, clean, edited, run, where } from './harness';

export interface Place {
  table: TableId;
  row: (r: TableRow) => boolean;
  key: string;
}

export interface EditCase {
  name: string;
  edit: Place;
  value: CellValue;
  /** Where the finding points (the total or the cell the identity is about). */
  fires: Place;
  severity: Severity;
  /** Text the message must contain. */
  says?: string[];
  /** Expected value written by the fix, when one is offered. */
  fix?: number | null;
}

/** The seed-004 verdict findings of a rule (rounding cases); every other rule must stay silent. */
export function ruleSuite(rule: Rule, cases: EditCase[], verdictCells: string[] = []): void {
  describe(`${rule.id} ${rule.title}`, () => {
    let wb: Workbook;
    beforeAll(async () => {
      wb = await clean();
    });

    it('passes on the clean sample (only the seed’s own rounding cases)', () => {
      expect(run([rule], wb).map(where)).toEqual(verdictCells);
    });

    it.each(cases.map((c) => [c.name, c] as const))('fires when %s', (_name, c) => {
      const ref = cellOf(wb, c.edit.table, c.edit.row, c.edit.key);
      const changed = edited(wb, ref, c.value);
      const target = at(cellOf(changed, c.fires.table, c.fires.row, c.fires.key));
      const findings = run([rule], changed).filter((f) => !verdictCells.includes(where(f)) || where(f) === target);
      const hit = findings.find((f) => where(f) === target);
      expect(hit).toBeDefined();
      expect(hit!.severity).toBe(c.severity);
      expect(hit!.rule).toBe(rule.id);
      for (const s of c.says ?? []) expect(hit!.message).toContain(s);
      if (c.fix !== undefined) expect(hit!.fix?.value ?? null).toBe(c.fix);
    });
  });
}
