import { a1 } from '../../../model/address';
import { makeFinding, replaced, type NarrativeFinding, type NarrativeRule } from '../context';
import { editDistance, nameKey } from '../text';

/** N06: 类/款/项 names in the 说明 are the names the tables print. */
export const subjectNames: NarrativeRule = {
  id: 'N06',
  title: '科目名称与报表不一致',
  description: '说明中的功能分类类/款/项名称必须与报表一致（报表为准），例如旧名称“文化体育与传媒支出”应为“文化旅游体育与传媒支出”。',
  check(ctx) {
    const out: NarrativeFinding[] = [];
    const tableNames = ctx.resolver?.hasTables ? ctx.resolver.subjectNames() : [];
    for (const p of ctx.paragraphs) {
      for (const s of p.sentences) {
        for (const m of s.mentions) {
          if (m.former) {
            const inTables = tableNames.find((t) => nameKey(t.name) === nameKey(m.former!.current));
            const stale = ctx.year === undefined || ctx.year >= m.former.renamedIn;
            if (!inTables && !stale) continue;
            const at = p.norm.indexOf(m.text.startsWith('“') ? m.text.slice(1, -1) : m.text.replace(/（类）.*$/, ''), m.start);
            const start = at >= 0 ? at : m.start;
            const oldName = m.text.replace(/[“”]/g, '').replace(/（类）.*$/, '');
            const end = start + oldName.length;
            out.push(
              makeFinding(ctx, {
                rule: 'N06',
                severity: inTables ? 'error' : 'warning',
                paragraph: p.index,
                start,
                end,
                actual: oldName,
                expected: m.former.current,
                related: inTables?.ref ? [{ sheet: inTables.ref.sheet, cell: a1(inTables.ref.row, inTables.ref.col), role: `${inTables.table.label} 科目名称` }] : [],
                message: `“${oldName}”是旧科目名称，${inTables ? `${inTables.table.label}为` : `${m.former.renamedIn}年起为`}“${m.former.current}”`,
                replacement: oldName.endsWith('支出') ? replaced(ctx, p.index, start, end, m.former.current) : undefined,
              }),
            );
            continue;
          }
          if (!m.named || !tableNames.length) continue;
          for (const name of m.path ?? [m.text.replace(/^[“"]|[”"]$/g, '')]) {
            const k = nameKey(name);
            if (tableNames.some((t) => nameKey(t.name) === k || nameKey(t.name).replace(/支出$/, '') === k.replace(/支出$/, ''))) continue;
            let best: (typeof tableNames)[number] | undefined;
            let bestD = Infinity;
            for (const t of tableNames) {
              const d = editDistance(k, nameKey(t.name));
              if (d < bestD) {
                bestD = d;
                best = t;
              }
            }
            if (!best || bestD > Math.max(2, Math.floor(k.length / 5))) continue;
            const at = p.norm.indexOf(name, m.start);
            out.push(
              makeFinding(ctx, {
                rule: 'N06',
                severity: 'error',
                paragraph: p.index,
                start: at,
                end: at + name.length,
                actual: name,
                expected: best.name,
                related: best.ref ? [{ sheet: best.ref.sheet, cell: a1(best.ref.row, best.ref.col), role: `${best.table.label} 科目名称` }] : [],
                message: `科目名称“${name}”与${best.table.label}的“${best.name}”不一致`,
                replacement: replaced(ctx, p.index, at, at + name.length, best.name),
              }),
            );
          }
        }
      }
    }
    return out;
  },
};
