/**
 * 绩效自评 scoring: recognises project and whole-department self-evaluation forms, recomputes
 * 执行率, 得分, 总分 and 等级 under a named profile, and returns findings beside a score report.
 */
import type { Finding } from '../findings/finding';
import type { Workbook } from '../model/workbook';
import { type ProjectAnalysis, analyzeProject } from './analyze';
import { DEFAULT_PROFILE, PROFILES, type ProfileOverrides, profileByName, withOverrides } from './profiles';
import { recognizeScoreForms } from './recognize';
import { deptReport, projectReport, unfilledReport } from './report';
import { nothingFilled } from './filled';
import { SCORE_RULES, type ScoreContext } from './rules';
import { suggestProfile } from './suggest';
import type { DeptForm, ProjectForm, ScoreForm, ScoreReport } from './types';
import { runGuarded } from '../rules/guarded';

export { PROFILES, DEFAULT_PROFILE, profileByName } from './profiles';
export type { Profile, ProfileOverrides } from './profiles';
export { withOverrides } from './profiles';
export { SCORE_RULES } from './rules';
export type { ScoreRule } from './rules';
export type { ScoreReport, ScoreForm, ProjectForm, DeptForm } from './types';
export { recognizeScoreForms } from './recognize';
export { formatScoreTables } from './format';

export interface ScoreResult {
  profile: { name: string; suggested: string; reason: string };
  scores: ScoreReport[];
  findings: Finding[];
}

export interface ScoreOptions {
  /** Profile name (国家, 北京, 北京2020, 四川, 云南, 辽宁); default: the one the layout suggests. */
  profile?: string;
  /** User settings on top of the profile (grade bands, step rounding, execution rule). */
  settings?: ProfileOverrides;
  /** Restrict to these rule ids. */
  rules?: string[];
}

export function scoreWorkbook(workbook: Workbook, options: ScoreOptions = {}): ScoreResult {
  let forms: ScoreForm[] = [];
  const broken: Finding[] = [];
  try {
    forms = recognizeScoreForms(workbook);
  } catch (e) {
    // A sheet the recogniser cannot read costs the scores, never the whole check.
    broken.push({
      rule: 'S-RECOGNIZE',
      severity: 'warning',
      sheet: workbook.sheets[0]?.name ?? '',
      cell: 'A1',
      related: [],
      message: `绩效自评表识别未能完成：${(e as Error).message}`,
      table: '绩效自评表',
      key: 'S-RECOGNIZE|internal',
    });
  }
  const suggestion = suggestProfile(forms);
  const named = profileByName(options.profile) ?? profileByName(suggestion.name) ?? profileByName(DEFAULT_PROFILE)!;
  const chosen = withOverrides(named, options.settings);
  const reason =
    options.profile && !profileByName(options.profile)
      ? `未知评分规则“${options.profile}”，改用建议的“${chosen.name}”；${suggestion.reason}`
      : options.profile
        ? `按用户选择；表式建议为“${suggestion.name}”（${suggestion.reason}）`
        : suggestion.reason;
  const projects = forms.filter((f): f is ProjectForm => f.kind === 'project');
  const depts = forms.filter((f): f is DeptForm => f.kind === 'dept');
  const cache = new Map<ProjectForm, ProjectAnalysis>();
  const ctx: ScoreContext = {
    profile: chosen,
    forms,
    projects,
    depts,
    analysis: (p) => {
      let a = cache.get(p);
      if (!a) cache.set(p, (a = analyzeProject(p, chosen)));
      return a;
    },
  };
  const rules = options.rules ? SCORE_RULES.filter((r) => options.rules!.includes(r.id)) : SCORE_RULES;
  const sheet = forms[0]?.sheet ?? '';
  const findings: Finding[] = [...broken, ...runGuarded(rules, ctx, (failure) => ({ ...failure, sheet, table: '绩效自评表' }))];
  const scores = forms.flatMap((f) => {
    try {
      if (nothingFilled(f)) return [unfilledReport(f, chosen)];
      return [f.kind === 'project' ? projectReport(f, chosen) : deptReport(f, chosen)];
    } catch {
      return []; // the rules above already reported what could not be read
    }
  });
  return { profile: { name: chosen.name, suggested: suggestion.name, reason }, scores, findings };
}

/** Every profile name, for the settings tab and the CLI's --profile help. */
export const PROFILE_NAMES = PROFILES.map((p) => p.name);
