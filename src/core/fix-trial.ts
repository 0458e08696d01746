import { type CheckOptions, checkWorkbook } from './check';
import { groupReportingUnits } from './reporting-units';
import { recognizeTables } from './tables/recognize';
import type { Finding, Fix } from './findings/finding';
import { type Cell, type Workbook, withCell } from './model/workbook';

/**
 * 全部修正 made safe. One identity cannot tell which of its cells is wrong: a cross-table rule writes
 * 公开01表's total from 公开03表's when 公开03表's is the wrong one, and a total fixed from a part that
 * is itself wrong moves the error one level up. So each correction is tried on the model first, on the
 * state the corrections before it left (its value computed anew from that state). What it brings up is
 * followed where that has a correction of its own in a cell not yet written (a 得分 corrected makes its
 * form's 总分 wrong: the 总分 is corrected with it). The chain is kept only when the check then reports
 * fewer problems and none it did not report before. What is left is said, with the problem it would
 * have caused: a person must judge which cell is wrong.
 */
export interface FixTrial {
  /** Findings corrected, in order, each with its writes: its own fix and those it brought with it. */
  accepted: { finding: Finding; fixes: Fix[] }[];
  /** Findings an earlier correction made right (X01 once 公开03表's total is): nothing to write for them. */
  resolved: Finding[];
  rejected: { finding: Finding; reason: string }[];
}

/** A finding's place: a re-check words and keys the same problem anew when the numbers moved. */
const placeOf = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}`;
const cellOf = (fix: Fix) => `${fix.sheet}!${fix.cell}`;
const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');
/** Longest chain of corrections one correction may bring with it. */
const MAX_CHAIN = 8;

/** The workbook with a fix's value written (a formula's value is the fix's value too). */
export function withFix(workbook: Workbook, fix: Fix): Workbook {
  return withCell(workbook, fix.sheet, fix.cell, (was) => {
    const { formula: _formula, error: _error, ...kept } = was ?? ({ value: null } as Cell);
    return { ...kept, value: fix.value, ...(fix.numFmt ? { numFmt: fix.numFmt } : {}) };
  });
}

const WORSE = '修正后会出现新的问题：';
const NOT_BETTER = '修正后问题并未减少，未自动修正，请人工核对。';
const ADVICE = '。未自动修正：请核对是哪一处数字有误。';

/** A refusal of the trial's own (the correction would make things worse), which a person may overrule. */
export function isTrialRefusal(reason: string): boolean {
  return reason.startsWith(WORSE) || reason === NOT_BETTER;
}

/** The problem a trial refusal names, without its opening and its advice: 公开02表!D23 T02-1（…）. */
export function problemOf(reason: string): string {
  if (reason === NOT_BETTER) return '问题并未减少';
  return reason.startsWith(WORSE) && reason.endsWith(ADVICE) ? reason.slice(WORSE.length, -ADVICE.length) : reason;
}

function wordsOf(introduced: Finding[]): string {
  const [first, ...rest] = introduced;
  return `${first.sheet}!${first.cell} ${first.rule}（${first.message}）${rest.length ? ` 等 ${introduced.length} 处` : ''}`;
}

type Chain = { ok: true; state: Workbook; findings: Finding[]; fixes: Fix[] } | { ok: false; reason: string };

/**
 * `first`'s correction on `state`, and the corrections of what it brings up, each cell written once;
 * kept when no problem (error or warning) comes up that `findings` did not have, and there are fewer
 * problems, or `first` itself is gone (a 提示 corrected leaves the problems as they were).
 */
function chainFrom(state: Workbook, findings: Finding[], first: Finding, options: CheckOptions, blocked: (fix: Fix) => string | undefined): Chain {
  const count = problems(findings).length;
  const before = new Set(problems(findings).map(placeOf));
  const written = new Set<string>();
  const fixes: Fix[] = [];
  let next: Finding | undefined = first;
  let introduced: Finding[] = [];
  while (next && fixes.length < MAX_CHAIN) {
    const fix: Fix = next.fix!;
    written.add(cellOf(fix));
    fixes.push(fix);
    state = withFix(state, fix);
    const after = checkWorkbook(state, options).findings;
    introduced = problems(after).filter((f) => !before.has(placeOf(f)));
    if (!introduced.length) {
      const better = problems(after).length < count || !after.some((f) => placeOf(f) === placeOf(first));
      return better ? { ok: true, state, findings: after, fixes } : { ok: false, reason: NOT_BETTER };
    }
    next = introduced.find((f) => f.fix && !blocked(f.fix) && !written.has(cellOf(f.fix)));
  }
  return { ok: false, reason: `${WORSE}${wordsOf(introduced)}${ADVICE}` };
}

/**
 * The sheets a correction can change findings on: those of the reporting units with a table on its
 * sheet, and the 说明's and 自评情况's (they cite their amounts); a correction elsewhere (a 绩效自评 form,
 * the 说明 itself) reaches the whole workbook (the forms' consistency rules compare them all). Units never
 * check each other, so a 100-unit workbook is tried unit by unit, not re-checked whole 1,100 times.
 */
function scopes(workbook: Workbook, narrativeSheets: string[]): (sheet: string) => string[] | undefined {
  const recognition = recognizeTables(workbook);
  const units = groupReportingUnits(recognition.tables, workbook.sheets.map((s) => s.name));
  const bySheet = new Map<string, Set<string>>();
  for (const unit of units) {
    const sheets = new Set(unit.tables.flatMap((t) => [t.sheet, ...(t.continuedOn ?? []).map((p) => p.sheet)]));
    for (const sheet of sheets) bySheet.set(sheet, new Set([...(bySheet.get(sheet) ?? []), ...sheets]));
  }
  return (sheet) => {
    const unit = bySheet.get(sheet);
    if (!unit || narrativeSheets.includes(sheet)) return undefined;
    return workbook.sheets.map((s) => s.name).filter((name) => unit.has(name) || narrativeSheets.includes(name));
  };
}

/**
 * Tries the fixes of `wanted` (findings of `checkWorkbook(workbook, options)`) in the report's order,
 * scope by scope (see scopes); `blocked` says why a cell may not be written (a protected sheet), or nothing.
 */
export function trialFixes(workbook: Workbook, wanted: Finding[], options: CheckOptions = {}, blocked: (fix: Fix) => string | undefined = () => undefined): FixTrial {
  const trial: FixTrial = { accepted: [], resolved: [], rejected: [] };
  const withFixes = wanted.filter((f) => f.fix);
  if (!withFixes.length) return trial;
  const report = checkWorkbook(workbook, options);
  const read = report.narrative;
  // The 说明 and the 部门整体支出绩效自评情况 cite the tables' amounts: a correction must leave them right too.
  const narrative = [...(read?.sheets ?? (read?.sheet ? [read.sheet] : [])), ...(report.selfEvaluationText ? [report.selfEvaluationText.sheet] : [])];
  const scopeOf = scopes(workbook, narrative);
  const groups = new Map<string, { sheets?: string[]; asked: Finding[] }>();
  for (const f of withFixes) {
    const sheets = scopeOf(f.sheet);
    const id = sheets ? sheets.join('\u0000') : '';
    groups.set(id, { sheets, asked: [...(groups.get(id)?.asked ?? []), f] });
  }
  let state = workbook;
  for (const { sheets, asked } of groups.values()) {
    const only = (wb: Workbook): Workbook => (sheets ? { ...wb, sheets: wb.sheets.filter((s) => sheets.includes(s.name)) } : wb);
    const part = trialIn(only(state), asked, options, blocked);
    trial.accepted.push(...part.accepted);
    trial.resolved.push(...part.resolved);
    trial.rejected.push(...part.rejected);
    for (const a of part.accepted) state = a.fixes.reduce(withFix, state);
  }
  return trial;
}

/** The trial over one workbook (or one scope of it), in its check's order. */
function trialIn(workbook: Workbook, wanted: Finding[], options: CheckOptions, blocked: (fix: Fix) => string | undefined): FixTrial {
  const trial: FixTrial = { accepted: [], resolved: [], rejected: [] };
  const asked = new Map(wanted.map((f) => [placeOf(f), f]));
  const tried = new Set<string>();
  let state = workbook;
  let findings = checkWorkbook(state, options).findings;
  for (;;) {
    const next = findings.find((f) => f.fix && asked.has(placeOf(f)) && !tried.has(placeOf(f)));
    if (!next) break;
    tried.add(placeOf(next));
    const original = asked.get(placeOf(next))!;
    const refusal = blocked(next.fix!);
    if (refusal) {
      trial.rejected.push({ finding: original, reason: refusal });
      continue;
    }
    const chain = chainFrom(state, findings, next, options, blocked);
    if (!chain.ok) {
      trial.rejected.push({ finding: original, reason: chain.reason });
      continue;
    }
    trial.accepted.push({ finding: original, fixes: chain.fixes });
    state = chain.state;
    findings = chain.findings;
  }
  // Gone from the last check without a write of its own (before its turn, or after it was refused).
  const left = new Set(findings.map(placeOf));
  const corrected = new Set(trial.accepted.map((a) => placeOf(a.finding)));
  for (const [place, f] of asked) if (!left.has(place) && !corrected.has(place)) trial.resolved.push(f);
  trial.rejected = trial.rejected.filter((r) => left.has(placeOf(r.finding)));
  return trial;
}
