import { makeFinding, type NarrativeFinding, type NarrativeRule } from '../context';

const REASON = /原因|由于|因为|主要是|系|用于|导致|所致/;

/** N08: a stated 增加/减少 is followed by its reason (操作规程: 对增减变化情况进行说明). */
export const changeReason: NarrativeRule = {
  id: 'N08',
  title: '增减变化未说明原因',
  description: '写了“增加/减少Δ万元”或“增长/下降p%”的段落须说明原因（“主要原因是……”），原因可在本段或紧接的下一段。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    ctx.paragraphs.forEach((p, i) => {
      if (p.heading || p.scope === 'perf' || p.scope === 'glossary') return;
      const change = p.sentences.flatMap((s) => s.facts).find((f) => (f.role === 'delta' || f.role === 'growth') && f.direction !== undefined && f.direction !== 'flat' && !f.value.isZero());
      if (!change) return;
      const next = ctx.paragraphs[i + 1];
      if (REASON.test(p.norm.slice(change.end)) || (next && !next.heading && REASON.test(next.norm))) return;
      out.push(
        makeFinding(ctx, {
          rule: 'N08',
          severity: 'warning',
          paragraph: p.index,
          start: change.start,
          end: change.end,
          actual: change.raw,
          message: `写了增减变化（${change.raw}）但没有说明原因`,
        }),
      );
    });
    return out;
  },
};
