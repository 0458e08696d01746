import { DEFAULT_PROFILE } from './profiles';
import type { ScoreForm } from './types';
import { INVISIBLE } from '../numbers/normalize';

/** The profile the layout points to, and why (shown beside the profile in the report). */
export function suggestProfile(forms: ScoreForm[]): { name: string; reason: string } {
  if (forms.some((f) => f.kind === 'dept' && f.layout === 'liaoning'))
    return { name: '辽宁', reason: '部门（单位）整体绩效自评表印有差异率扣分规则（辽宁表式）' };
  if (forms.some((f) => f.kind === 'project' && f.layout === 'sichuan'))
    return { name: '四川', reason: '项目自评表按“调整后预算数”和“权重”列示（四川部门预算项目支出绩效自评表）' };
  if (forms.some((f) => f.kind === 'project' && f.layout === 'beijing'))
    return { name: '北京', reason: '项目自评表列“年度指标值”而无“指标性质”（北京区级项目支出绩效自评表）' };
  if (
    forms.some((f) => f.kind === 'dept' && f.layout === 'yunnan') ||
    forms.some((f) => f.kind === 'project' && f.notes.some((n) => /全年预算数=年初预算数\+调整预算/.test(n.replace(INVISIBLE, ''))))
  )
    return { name: '云南', reason: '有部门整体支出绩效自评表（无分值）或表注“全年预算数=年初预算数+调整预算”（云南表式）' };
  return { name: DEFAULT_PROFILE, reason: forms.length ? '未见地方表式特征，按国家办法（财预〔2020〕10号）' : '未找到绩效自评表' };
}
