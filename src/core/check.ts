import type { Workbook } from './model/workbook';
import { type Finding, type Summary, summarize } from './findings/finding';
import { recognizeTables } from './tables/recognize';
import type { RecognizedTable, TableFamily, UnrecognizedTable } from './tables/types';
import { CheckContext } from './rules/context';
import { TABLE_RULES } from './rules/registry';
import type { Rule } from './rules/types';
import { groupReportingUnits, reportedTables } from './reporting-units';
import { runGuarded } from './rules/guarded';
import { type ScoreReport, scoreWorkbook } from './scoring';
import { type SheetNarrativeReport, lintSheetNarrative } from './narrative/lint/workbook';
import { declaredNarrative, declaredSelfEvaluationText } from './narrative/lint/sheet-source';
import { type NarrativeParagraph, detectYear } from './narrative/lint/context';

export interface CheckOptions {
  /** Restrict to these rule ids (tests, settings). */
  rules?: string[];
  /** Scoring profile name for 绩效自评 (see core/scoring). */
  profile?: string;
  /** A 说明 kept outside the workbook (a .docx or .txt), checked in place of one looked for in it. */
  narrative?: { file: string; paragraphs: NarrativeParagraph[] };
}

export interface TableSummary {
  id: string;
  label: string;
  title: string;
  sheet: string;
  range: string;
  family: TableFamily;
  unit: string;
  /** Parts continued on other sheets under “（续）”. */
  continuedOn?: { sheet: string; range: string }[];
  /** A copy, older version or blank template beside a table of the set: checked on its own, not with the set. */
  stray?: true;
}

export interface CheckReport {
  source?: string;
  family?: TableFamily;
  tables: TableSummary[];
  unrecognized: UnrecognizedTable[];
  findings: Finding[];
  summary: Summary;
  /** 绩效自评: one line per project / department form (core/scoring). */
  scores: ScoreReport[];
  /** Scoring profile in use, the one the layout suggests, and why. */
  scoreProfile: { name: string; suggested: string; reason: string };
  /**
   * The 说明 checked against the tables (its findings are among `findings`): found on a sheet of the
   * workbook (`sheet`; `sheets` when it runs over several, a page each), or given as a file (`file`, its name).
   */
  narrative?: { sheet?: string; file?: string; paragraphs: number; sheets?: string[] };
  /** The 部门整体支出绩效自评情况 checked against the tables for its amounts (its findings are among `findings`). */
  selfEvaluationText?: { sheet: string; paragraphs: number };
}

/** Regions that looked like 决算 tables and were not read (hidden backups set aside on purpose are not counted). */
export function unreadRegions(report: Pick<CheckReport, 'unrecognized'>): UnrecognizedTable[] {
  return report.unrecognized.filter((u) => !u.setAside);
}

export function summarizeTable(t: RecognizedTable, stray = false): TableSummary {
  const summary: TableSummary = { id: t.id, label: t.label, title: t.title, sheet: t.sheet, range: t.range, family: t.family, unit: t.unit };
  if (t.continuedOn) summary.continuedOn = t.continuedOn;
  if (stray) summary.stray = true;
  return summary;
}

function applicable(rule: Rule, ctx: CheckContext): boolean {
  return rule.tables.length === 0 || rule.tables.some((id) => ctx.table(id));
}

/** Runs the rules over recognised tables; a rule that throws becomes one finding, never a crash. */
export function runRules(rules: Rule[], ctx: CheckContext): Finding[] {
  const sheet = ctx.tables[0]?.sheet ?? '';
  return runGuarded(rules.filter((rule) => applicable(rule, ctx)), ctx, (failure) => ({ ...failure, sheet }));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkWorkbook(workbook: Workbook, options: CheckOptions = {}): CheckReport {
  const recognition = recognizeTables(workbook);
  const rules = options.rules ? TABLE_RULES.filter((r) => options.rules!.includes(r.id)) : TABLE_RULES;
  const units = groupReportingUnits(recognition.tables, workbook.sheets.map((s) => s.name));
  const strays = new Set(units.flatMap((u) => (u.stray ? u.tables : [])));
  const scoring = scoreWorkbook(workbook, { profile: options.profile, rules: options.rules });
  const { report: narrative, unread: narrativeUnread, sheets: narrativeSheets } = checkedNarrative(workbook, recognition, scoring.scores, options);
  const selfText = checkedSelfEvaluationText(workbook, recognition, scoring.scores, options);
  const findings = units
    .flatMap((unit) => runRules(rules, new CheckContext(workbook, unit.tables)))
    .concat(scoring.findings, narrative?.findings ?? [], selfText?.findings ?? [])
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    source: workbook.source,
    family: recognition.family,
    tables: recognition.tables.map((t) => summarizeTable(t, strays.has(t))),
    unrecognized: narrativeUnread ? [...recognition.unrecognized, narrativeUnread] : recognition.unrecognized,
    findings,
    summary: summarize(findings),
    scores: scoring.scores,
    scoreProfile: scoring.profile,
    ...(narrative
      ? { narrative: options.narrative ? { file: narrative.sheet, paragraphs: narrative.paragraphs } : { sheet: narrative.sheet, paragraphs: narrative.paragraphs, ...(narrativeSheets ? { sheets: narrativeSheets } : {}) } }
      : {}),
    ...(selfText ? { selfEvaluationText: { sheet: selfText.sheet, paragraphs: selfText.paragraphs } } : {}),
  };
}

/**
 * A 说明 kept in the workbook — on a sheet of its own named or titled like one (决算说明, 情况说明, 说明),
 * or around the tables of a sheet holding the whole package under such a title — checked against the
 * tables as `lint-narrative` does, so one 检查 also catches the amounts re-typed wrong in it. Only such
 * text: any other running text (填报说明, a blank form's notes) would give false findings. Or the 说明
 * given as a file (`check --text`), checked in its place. Not looked for when no table was read (a given
 * one is still checked for its own arithmetic); not checked when it speaks of another year than the
 * tables (last year's 说明 kept as a model), which is said instead.
 */
function checkedNarrative(
  workbook: Workbook,
  recognition: { tables: RecognizedTable[]; unrecognized: UnrecognizedTable[] },
  scores: ScoreReport[],
  options: CheckOptions,
): { report?: SheetNarrativeReport; unread?: UnrecognizedTable; sheets?: string[] } {
  const { tables } = recognition;
  const given = options.narrative;
  if (!tables.length && !given) return {};
  const rules = options.rules?.filter((id) => /^N\d/.test(id));
  if (options.rules && !rules?.length) return {};
  const found = given ? { name: given.file, paragraphs: given.paragraphs } : declaredNarrative(workbook, { tables, unrecognized: recognition.unrecognized, forms: scores.map((s) => ({ sheet: s.sheet, ...s.span })) });
  if (!found) return {};
  const name = 'sheet' in found ? found.sheet.name : found.name;
  const { paragraphs } = found;
  const said = detectYear(paragraphs.map((p) => p.text));
  const year = tablesYear(reportedTables(tables, workbook.sheets.map((s) => s.name)).current);
  if (said !== undefined && year !== undefined && said !== year) {
    return { unread: { sheet: name, reason: `说明写的是${said}年度，本工作簿的报表是${year}年度，未与报表核对（如需核对，可用命令行 lint-narrative ${given ? '--text' : '--sheet'} 指定）` } };
  }
  const sheets = 'sheets' in found ? found.sheets?.map((s) => s.name) : undefined;
  return { report: lintSheetNarrative(workbook, name, paragraphs, tables, rules), ...(sheets ? { sheets } : {}) };
}

/** What a 部门整体支出绩效自评情况 is checked for: its amounts and their arithmetic, not what a 说明 must disclose (三公 items, reasons, 科目). */
const SELF_EVALUATION_TEXT_RULES = ['N01', 'N02', 'N03', 'N04', 'N05', 'N09', 'N10', 'N11', 'N12', 'N13', 'N14'];

/**
 * The 部门整体支出绩效自评情况 kept on a sheet of the workbook, checked against the tables as a 说明 is but
 * for its amounts only; its findings are grouped under 绩效自评情况. Not when it speaks of another year.
 */
function checkedSelfEvaluationText(
  workbook: Workbook,
  recognition: { tables: RecognizedTable[]; unrecognized: UnrecognizedTable[] },
  scores: ScoreReport[],
  options: CheckOptions,
): SheetNarrativeReport | undefined {
  const { tables } = recognition;
  if (!tables.length) return undefined;
  const rules = options.rules ? SELF_EVALUATION_TEXT_RULES.filter((id) => options.rules!.includes(id)) : SELF_EVALUATION_TEXT_RULES;
  if (!rules.length) return undefined;
  const found = declaredSelfEvaluationText(workbook, { tables, unrecognized: recognition.unrecognized, forms: scores.map((s) => ({ sheet: s.sheet, ...s.span })) });
  if (!found) return undefined;
  const said = detectYear(found.paragraphs.map((p) => p.text));
  const year = tablesYear(reportedTables(tables, workbook.sheets.map((s) => s.name)).current);
  if (said !== undefined && year !== undefined && said !== year) return undefined;
  const report = lintSheetNarrative(workbook, found.sheet.name, found.paragraphs, tables, rules);
  return { ...report, findings: report.findings.map((f) => ({ ...f, table: '绩效自评情况' })) };
}

/** The year most of the tables print. */
function tablesYear(tables: RecognizedTable[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== undefined) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
