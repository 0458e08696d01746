import type { ApplyResult } from '../../excel/types';

/** What 修正 did: cells written, and findings whose correct value was written with another's or was already there. */
export function appliedText(res: Pick<ApplyResult, 'applied' | 'covered'>, mode: 'value' | 'formula'): string | undefined {
  const withOthers = res.covered.filter((c) => c.by).length;
  const resolved = res.covered.filter((c) => c.resolved).length;
  const already = res.covered.length - withOthers - resolved;
  const along = res.applied.filter((a) => a.along);
  const parts: string[] = [];
  if (res.applied.length > 0) parts.push(`已${mode === 'formula' ? '写入公式' : '写入正确数值'}：${res.applied.length} 个单元格`);
  if (along.length > 0) parts.push(`其中 ${along.map((a) => `${a.sheet}!${a.cell}`).join('、')} 是随其他更正一并改的（同一数在别处的值，或改动后的合计）`);
  if (withOthers > 0) parts.push(`另有 ${withOthers} 条问题的更正已随同一单元格一并写入`);
  if (resolved > 0) parts.push(`${resolved} 条问题已随其他更正一并消除`);
  if (already > 0) parts.push(`${already} 条问题的单元格已是正确内容，无需再写`);
  if (!parts.length) return undefined;
  return `${parts.join('；')}。${res.applied.length > 0 ? '可用「撤销修正」恢复原值；' : ''}请重新检查以更新批注。`;
}
