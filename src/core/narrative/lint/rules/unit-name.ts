import { makeFinding, replaced, type LintContext, type NarrativeFinding, type NarrativeRule } from '../context';
import { TITLE_MAX_LENGTH } from '../sheet-source';

/**
 * How a unit's name ends: 局, 委员会, 办公室, 中心, 人民政府 …; 部, 会, 所, 队 and 院 only in the words
 * that make them names (干部, 全部, 场所, 团队 are none).
 */
const ORG_END =
  '(?:委员会|办公室|办公厅|办事处|管理处|中心|政府|学校|医院|幼儿园|(?:宣传|组织|统战|武装|人武)部|(?:协|学|商|工|研究|促进|联合)会|(?:研究|派出|事务|管理|服务|监测|检测|测绘|设计)所|[大支中]队|(?:法|学|研究|检察|设计|科学)院|[局委厅站馆社署])';

/**
 * What only the reporting unit itself is said to have: its 部门决算 (title, 编制范围, 报表), its 本级, its
 * 职能, its 机构, its 机关运行经费, 车辆 and 政府采购. Other bodies a 说明 names (区财政局统一部署,
 * 机关事务管理中心统管) stand in no such place.
 */
const SELF_FRAME =
  '(?:\\s*20\\d{2}\\s*年度?\\s*部门决算|部门决算|[(（]本级[)）]|本级|[(（]简称|共包含|共有车辆|属[一二三]级预算单位|主要职能|主要职责|职能主要|部门职责|机关运行经费支出|政府采购支出总额)';

const MENTION = new RegExp(`[\\u4e00-\\u9fff]{1,30}?${ORG_END}(?=${SELF_FRAME})`, 'g');

/** A paragraph that is a unit's name and nothing else: the cover or the title above the 说明. */
const NAME_ALONE = new RegExp(`^\\s*[\\u4e00-\\u9fff]{2,30}${ORG_END}\\s*$`);

/** Words a name can follow without a break: 纳入曲靖市信访局…, 截至…，2022年攀枝花市…. */
const LEADING_WORDS = /^(?:纳入|根据|按照|经过|截至|截止|其中|包括|年度|[经由对在是为将向从按与和及年月日])+/;

/** 本部门, 我局, 各单位, 该中心: not a name. */
const PRONOUN = /^[本我各该全其]/;

/** Names compared as written short or long: 人民政府 = 政府, 中国共产党 = 中共, brackets and 本级 left out. */
function comparable(name: string): string {
  return name
    .replace(/人民政府/g, '政府')
    .replace(/中国共产党/g, '中共')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/本级$/, '')
    .replace(/\s+/g, '');
}

/** 攀枝花市仁和区信访局 is also 仁和区信访局 and 区信访局: one name ends the other. */
function sameUnit(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return x.endsWith(y) || y.endsWith(x);
}

/** A title stands in the first few paragraphs (and is short: TITLE_MAX_LENGTH). */
const TITLE_PARAGRAPHS = 5;

interface Mention {
  paragraph: number;
  start: number;
  end: number;
  name: string;
}

function mentions(ctx: LintContext): Mention[] {
  const out: Mention[] = [];
  for (const p of ctx.paragraphs) {
    if (NAME_ALONE.test(p.norm)) {
      const start = p.norm.search(/\S/);
      const name = p.text.trim();
      out.push({ paragraph: p.index, start, end: start + name.length, name });
      continue;
    }
    for (const m of p.norm.matchAll(MENTION)) {
      const lead = LEADING_WORDS.exec(m[0])?.[0].length ?? 0;
      const name = m[0].slice(lead);
      if (name.length < 3 || PRONOUN.test(name)) continue;
      const start = m.index! + lead;
      out.push({ paragraph: p.index, start, end: start + name.length, name: p.text.slice(start, start + name.length) });
    }
  }
  return out;
}

/** The 编制单位 most of the tables print. */
function tablesUnit(ctx: LintContext): string | undefined {
  const counts = new Map<string, number>();
  for (const t of ctx.resolver?.ctx.tables ?? []) if (t.department) counts.set(t.department, (counts.get(t.department) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Without tables: the name in the 说明's title, else the one it gives itself in most places (its longest form). */
function ownName(ctx: LintContext, found: Mention[]): string | undefined {
  const title = found.find((m) => m.paragraph < TITLE_PARAGRAPHS && ctx.paragraphs[m.paragraph].text.trim().length <= TITLE_MAX_LENGTH);
  if (title) return title.name;
  let best: { name: string; agree: number } | undefined;
  for (const m of found) {
    const agree = found.filter((o) => sameUnit(o.name, m.name)).length;
    if (!best || agree > best.agree || (agree === best.agree && m.name.length > best.name.length)) best = { name: m.name, agree };
  }
  return best && best.agree * 2 > found.length ? best.name : undefined;
}

/** N09: the unit the 说明 names as itself is the unit of the tables (a template copied from another unit keeps its name). */
export const unitName: NarrativeRule = {
  id: 'N09',
  title: '单位名称与报表不一致',
  description:
    '说明中称本单位的地方（标题、“纳入…部门决算编制范围”、“…（本级）”、“…主要职能”、“…机关运行经费支出”等）写的单位名称应与报表的编制单位一致（简称、“人民政府”写作“政府”不算不一致）；没有报表时，与说明标题（或多数地方）的本单位名称一致。套用其他单位的模板时常留下原单位名称。',
  check(ctx) {
    const found = mentions(ctx);
    const fromTables = tablesUnit(ctx);
    const unit = fromTables ?? ownName(ctx, found);
    if (!unit) return [];
    const out: NarrativeFinding[] = [];
    for (const m of found) {
      if (sameUnit(m.name, unit)) continue;
      out.push(
        makeFinding(ctx, {
          rule: 'N09',
          severity: 'warning',
          paragraph: m.paragraph,
          start: m.start,
          end: m.end,
          actual: m.name,
          expected: unit,
          message: fromTables
            ? `说明称本单位为“${m.name}”，报表的编制单位是“${unit}”：可能套用了其他单位的说明，请核对`
            : `说明称本单位为“${m.name}”，标题或别处称“${unit}”：可能套用了其他单位的说明，请核对`,
          replacement: fromTables ? replaced(ctx, m.paragraph, m.start, m.end, unit) : undefined,
        }),
      );
    }
    return out;
  },
};
