import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { scoreFinding, formLabel } from '../finding';
import type { ScoreContext, ScoreRule } from './types';

/** The header words the recogniser reads, named in the message so the officer can retype the header. */
const KNOWN = { 分值: '分值、权重、满分、标准分', 得分: '得分、自评得分、实际得分、指标得分、评价得分、自评分、得分值、分数' } as const;

export const COLUMNS: ScoreRule = {
  id: 'S-COLUMNS',
  title: '分值、得分列可识别',
  description:
    '指标表的“分值”“得分”两列须能按表头识别。找不到“得分”列时不核对该表的总分和等级（不能只用执行率得分去加），找不到“分值”列时不核对分值合计；两种情况都在指标表头处说明。',
  source: '表式 [SEED-2, SEED-4]；各地表头用词见 S-COLUMNS 说明',
  check(ctx: ScoreContext): Finding[] {
    const out: Finding[] = [];
    for (const form of ctx.forms) {
      const m = form.missingColumns;
      if (!m) continue;
      const what = m.missing.map((c) => `“${c}”`).join('和');
      const skipped = [...(m.missing.includes('得分') ? ['总分', '等级'] : []), ...(m.missing.includes('分值') ? ['分值合计'] : [])].join('、');
      out.push(
        scoreFinding({
          rule: COLUMNS.id,
          severity: 'warning',
          at: m.header,
          message: `${formLabel(form)}：指标表（第 ${m.header.row + 1} 行表头）中找不到${what}列，未核对${skipped}。可识别的表头：${m.missing.map((c) => KNOWN[c]).join('；')}`,
          detail: `${a1(m.header.row, m.header.col)}|${m.missing.join(',')}`,
        }),
      );
    }
    return out;
  },
};

/** Whether a form's indicator scores were read: without them no 总分 or 等级 is recomputed. */
export const scoresRead = (form: { missingColumns?: { missing: string[] } }) => !form.missingColumns?.missing.includes('得分');
/** Whether a form's indicator 分值 were read. */
export const weightsRead = (form: { missingColumns?: { missing: string[] } }) => !form.missingColumns?.missing.includes('分值');
