import type { Finding } from '../../findings/finding';
import type { ProjectAnalysis } from '../analyze';
import type { Profile } from '../profiles';
import type { DeptForm, ProjectForm, ScoreForm } from '../types';

export interface ScoreContext {
  profile: Profile;
  forms: ScoreForm[];
  projects: ProjectForm[];
  depts: DeptForm[];
  analysis(form: ProjectForm): ProjectAnalysis;
}

/** One scoring rule = one module (id, Chinese title, description, source), like the table rules. */
export interface ScoreRule {
  id: string;
  title: string;
  description: string;
  /** Where the rule comes from (REFERENCE tags). */
  source: string;
  /** Read from the samples, not a written rule: findings stay warnings. */
  inferred?: boolean;
  check(ctx: ScoreContext): Finding[];
}
