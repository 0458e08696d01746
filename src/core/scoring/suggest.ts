import { DEFAULT_PROFILE, profileByName } from './profiles';
import { analyzeProject } from './analyze';
import type { ProjectForm, ScoreForm } from './types';
import { INVISIBLE } from '../numbers/normalize';

/** The profile the layout points to, and why (shown beside the profile in the report). */
export function suggestProfile(forms: ScoreForm[]): { name: string; reason: string } {
  if (forms.some((f) => f.kind === 'dept' && f.layout === 'liaoning'))
    return { name: '辽宁', reason: '部门（单位）整体绩效自评表印有差异率扣分规则（辽宁表式）' };
  if (forms.some((f) => f.kind === 'project' && f.layout === 'sichuan'))
    return { name: '四川', reason: '项目自评表按“调整后预算数”和“权重”列示（四川部门预算项目支出绩效自评表）' };
  const beijing = forms.filter((f): f is ProjectForm => f.kind === 'project' && f.layout === 'beijing');
  if (beijing.length) {
    const layout = '项目自评表列“年度指标值”而无“指标性质”（北京区级项目支出绩效自评表）';
    const truncated = truncatedExecScores(beijing);
    return truncated
      ? { name: '北京2020', reason: `${layout}；执行率得分另计 10 分，且 ${truncated.fit}/${truncated.of} 个项目的执行率得分为截尾取整（2020 年表式）` }
      : { name: '北京', reason: layout };
  }
  if (
    forms.some((f) => f.kind === 'dept' && f.layout === 'yunnan') ||
    forms.some((f) => f.kind === 'project' && f.notes.some((n) => /全年预算数=年初预算数\+调整预算/.test(n.replace(INVISIBLE, ''))))
  )
    return { name: '云南', reason: '有部门整体支出绩效自评表（无分值）或表注“全年预算数=年初预算数+调整预算”（云南表式）' };
  return { name: DEFAULT_PROFILE, reason: forms.length ? '未见地方表式特征，按国家办法（财预〔2020〕10号）' : '未找到绩效自评表' };
}

/**
 * Beijing's 2020 forms add the 10 执行率 points on top of 90 indicator points and their scores mostly
 * truncate 执行率 × 10 (seed 001, no written rule); the 2022 forms fold those points into an indicator
 * and keep two decimals (seed 000). Counted only on forms of the 2020 layout, so a 2022 form typed
 * with truncated scores is still told the proportional rule.
 */
function truncatedExecScores(forms: ProjectForm[]): { fit: number; of: number } | undefined {
  const floor = profileByName('北京2020')!;
  const proportional = profileByName('北京')!;
  let floorFits = 0;
  let proportionalFits = 0;
  let scored = 0;
  for (const form of forms) {
    const a = analyzeProject(form, floor);
    if (a.convention === 'folded') return undefined;
    if (!a.scoreJudgement) continue;
    scored++;
    if (a.scoreJudgement === 'exact' || a.scoreJudgement === 'rounding') floorFits++;
    const b = analyzeProject(form, proportional).scoreJudgement;
    if (b === 'exact' || b === 'rounding') proportionalFits++;
  }
  return floorFits > proportionalFits && floorFits * 2 > scored ? { fit: floorFits, of: scored } : undefined;
}
