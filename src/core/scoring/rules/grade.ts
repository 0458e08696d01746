import type Decimal from 'decimal.js';
import type { Profile } from '../profiles';
import { deptScoreSum } from '../corrected';
import type { DeptForm } from '../types';
import type { Finding } from '../../findings/finding';
import { gradeOf } from '../compute';
import { scoreFinding, formLabel, related } from '../finding';
import { show } from '../num';
import type { ScoreContext, ScoreRule } from './types';
import { scoresRead } from './columns';
import { INVISIBLE } from '../../numbers/normalize';

/** Σ of the department form's scores as 总分 counts them (capped, or as a printed rule recomputes them). */
function deptSum(d: DeptForm, profile: Profile): Decimal | undefined {
  return deptScoreSum(d.indicators, profile) ?? d.totalScore?.num?.value;
}

const SAME: Record<string, string> = { 优秀: '优', 良好: '良', 合格: '中', 较差: '差', 不合格: '差' };

export const GRADE: ScoreRule = {
  id: 'S-GRADE',
  title: '等级与总分相符',
  description: '表中写明的等级须是评价等级（优、良、中、差，或优秀、良好、合格、较差），且须与各项得分之和（超过分值的按分值计，表内规则重算有误的按重算值计）所在档次一致（默认 90 以上优、80 以上良、60 以上中、60 以下差，档次可按地区设置）。',
  source: '[SECONDARY P23]；北京填报注意事项第 4 条 [SEED-0]；[CODE C4 selfresultproject]（地方档次不同）',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    const forms = [
      ...ctx.projects.filter(scoresRead).map((p) => ({ form: p, grade: p.grade, total: ctx.analysis(p).cappedSum, totalRef: p.totalScore?.ref })),
      ...ctx.depts.filter(scoresRead).map((d) => ({ form: d, grade: d.grade, total: deptSum(d, ctx.profile), totalRef: d.totalScore?.ref })),
    ];
    for (const { form, grade, total, totalRef } of forms) {
      if (!grade?.text || total === undefined) continue;
      const expected = gradeOf(total, ctx.profile.grades.value);
      const printed = grade.text.replace(INVISIBLE, '');
      if ((SAME[printed] ?? printed) === expected) continue;
      const words = ctx.profile.grades.value.map((g) => g.grade);
      const known = words.includes(SAME[printed] ?? printed);
      out.push(
        scoreFinding({
          rule: GRADE.id,
          severity: 'error',
          at: grade.ref,
          message: known
            ? `${formLabel(form)}：总分 ${show(total, 3)} 对应等级“${expected}”，表中为“${grade.text}”`
            : `${formLabel(form)}：等级“${grade.text}”不是评价等级（${words.join('、')}），总分 ${show(total, 3)} 对应“${expected}”`,
          expected,
          actual: grade.text,
          related: related(totalRef, '总分'),
          fix: { value: expected },
        }),
      );
    }
    return out;
  },
};
