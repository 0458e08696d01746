/**
 * Scoring profiles: every parameter the recomputation uses, with the source of each rule.
 * Sources follow REFERENCE.md §3 (SEED-n = printed in seed n; CODE = others' implementations;
 * inferred = read from sample numbers, not a written rule; UNVERIFIED = text not retrieved).
 */

export type ExecScoreRule = 'proportional' | 'floor';
export type ReverseRule = 'longtu' | 'inverse-ratio';
export type StepRounding = 'ceil' | 'floor';

export interface Sourced<T> {
  value: T;
  source: string;
}

export interface GradeBand {
  grade: string;
  /** Lowest total (inclusive) of the band. */
  min: number;
}

export interface Profile {
  name: string;
  label: string;
  /** What 执行率 divides 全年执行数 by on project forms. */
  execDenominator: Sourced<'budget' | 'adjusted'>;
  /** What the 部门整体 form's 执行率 divides by (Liaoning prints it against 年初预算数). */
  deptDenominator: Sourced<'budget' | 'initial'>;
  /** 执行率得分: proportional = 执行率 × 分值 (2 decimals); floor = ⌊执行率 × 分值⌋ (seed 001). */
  execScore: Sourced<ExecScoreRule>;
  /** 执行率 above 100% scores at most the 分值. */
  execCap: Sourced<boolean>;
  /** Points of the 执行率 row in the 10 + 90 convention. */
  execWeight: Sourced<number>;
  /** 正向 (≥): B/A × w, full marks when B ≥ A. */
  positive: Sourced<'ratio-capped'>;
  /** 反向 (≤): longtu = w if B ≤ A, (1 − (B−A)/A) × w below 2A, else 0; inverse-ratio = A/B × w capped. */
  reverse: Sourced<ReverseRule>;
  /** 等于 (=): A = 0 → w when B ≤ 0 else 0; A > 0 → as 正向. */
  equal: Sourced<'longtu'>;
  /** Deductions when the target was set too low: (B − A)/A ≥ from → deduct share of w. */
  overTarget: Sourced<{ from: number; deduct: number }[]>;
  /** Qualitative bands as shares of w: 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6). */
  qualitative: Sourced<{ level: '达成' | '部分达成' | '未达成'; min: number; max: number; words: string[] }[]>;
  /** 等级 bands, highest first. */
  grades: Sourced<GradeBand[]>;
  /** Printed step deductions (Liaoning): steps of `size` % cost `deduct` points; ceil or floor. */
  step: Sourced<{ size: number; deduct: number; rounding: StepRounding }>;
  /** 偏差原因 required whenever an indicator misses full marks. */
  reasonRequired: Sourced<boolean>;
}

const QUAL_BANDS: Profile['qualitative'] = {
  value: [
    { level: '达成', min: 0.8, max: 1, words: ['达成年度指标', '达成', '完成', '好', '高', '优'] },
    { level: '部分达成', min: 0.6, max: 0.8, words: ['部分达成年度指标并具有一定效果', '部分达成', '部分完成', '一般', '中', '较好'] },
    { level: '未达成', min: 0, max: 0.6, words: ['未达成年度指标且效果较差', '未达成', '未完成', '差', '低'] },
  ],
  source:
    '三档区间 [0.8w,w] / [0.6w,0.8w) / [0,0.6w)：Longtu selfqualscorecheck [CODE C4]，与通行表述“100-80%（含）、80-60%（含）、60-0%”一致 [UNVERIFIED]；“好/一般/差”“高/中/低”归入三档为推断（四川表式，SEED-3）',
};

const NATIONAL_GRADES: Profile['grades'] = {
  value: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  source: '90（含）-100 优、80（含）-90 良、60（含）-80 中、60 以下差：财政部预算司统一标准 [SECONDARY P23]；北京填报注意事项第 4 条 [SEED-0]',
};

const STEP: Profile['step'] = {
  value: { size: 5, deduct: 0.5, rounding: 'ceil' },
  source: '辽宁表内印制规则“每增加5%（含）扣减0.5分，减至0分为止” [SEED-2]；“（含）”按向上取整读（任一正差率至少扣 0.5 分），可改为向下取整 — 种子 40% 两种读法结果相同',
};

const NATIONAL: Profile = {
  name: '国家',
  label: '国家（财预〔2020〕10号）',
  execDenominator: { value: 'budget', source: '执行率 = 全年执行数 / 全年预算数 [CODE C3, C4]；云南表注“全年预算数=年初预算数+调整预算” [SEED-4]' },
  deptDenominator: { value: 'budget', source: '同项目表：全年执行数 / 全年预算数' },
  execScore: { value: 'proportional', source: '得分 = 执行率 × 分值（bgtscore = AMT4/AMT3×10）[CODE C4]；种子 000 的 9 个项目全部吻合 [SEED-0]' },
  execCap: { value: true, source: '执行率超过 100% 时最高得满分：已知实现均未封顶，作为设置，默认封顶 [UNVERIFIED]' },
  execWeight: { value: 10, source: '预算执行率 10 分、产出 50、效益 30、满意度 10 [SECONDARY P22; GOV-PAGE P24]' },
  positive: { value: 'ratio-capped', source: 'B ≥ A 得满分，否则 B/A × w（保留 2 位）[CODE C4 selfpositiveindex; CODE C3]' },
  reverse: { value: 'longtu', source: 'B ≤ A 满分；A < B < 2A 得 (1 − (B−A)/A) × w；B ≥ 2A 得 0 [CODE C4 selfreverseindex]' },
  equal: { value: 'longtu', source: 'A = 0：B ≤ 0 满分否则 0；A > 0 按正向 [CODE C4 selfequalindex]' },
  overTarget: { value: [], source: '国家文本称目标设定偏低应“按偏离度适度调减”，未见具体比例 [UNVERIFIED]：不扣分' },
  qualitative: QUAL_BANDS,
  grades: NATIONAL_GRADES,
  step: STEP,
  reasonRequired: { value: true, source: '未得满分的指标须填写偏差原因 [CODE C3]' },
};

export const PROFILES: Profile[] = [
  NATIONAL,
  {
    ...NATIONAL,
    name: '北京',
    label: '北京（区级项目支出绩效自评表填报注意事项）',
    execScore: { value: 'proportional', source: '2022 年表（种子 000）执行率得分 = 执行率 × 10，保留 2 位 [SEED-0]' },
    reverse: { value: 'inverse-ratio', source: '填报注意事项第 2 条：反向指标得分 = A/B × 分值 [SEED-0]' },
    overTarget: {
      value: [
        { from: 2, deduct: 0.1 },
        { from: 3, deduct: 0.2 },
        { from: 5, deduct: 0.3 },
      ],
      source: '填报注意事项第 2 条：(B−A)/A 在 200%-300%（含200%）扣分值的 10%，300%-500%（含300%）扣 20%，≥500% 扣 30% [SEED-0]',
    },
    grades: { value: NATIONAL_GRADES.value, source: '填报注意事项第 4 条：90（含）-100 优、80（含）-90 良、60（含）-80 中、60 以下差 [SEED-0]' },
    reasonRequired: { value: true, source: '填报注意事项第 3 条：说明偏离目标、不能完成目标的原因及拟采取的措施 [SEED-0]' },
  },
  {
    ...NATIONAL,
    name: '北京2020',
    label: '北京（2020 年表式：执行率得分截尾取整）',
    execScore: {
      value: 'floor',
      source: '种子 001 的执行率得分多为 ⌊执行率 × 10⌋（99.06%→9、81.74%→8、95.36%→9）；无成文规则，仅为观察 [SEED-1, inferred]',
    },
    reverse: { value: 'inverse-ratio', source: '填报注意事项第 2 条 [SEED-0]' },
    overTarget: {
      value: [
        { from: 2, deduct: 0.1 },
        { from: 3, deduct: 0.2 },
        { from: 5, deduct: 0.3 },
      ],
      source: '填报注意事项第 2 条 [SEED-0]',
    },
  },
  {
    ...NATIONAL,
    name: '四川',
    label: '四川（部门预算项目支出绩效自评表，权重）',
    execDenominator: { value: 'adjusted', source: '表注：预算执行率 = 预算执行数 / 调整后预算数 [SEED-3; GOV-PAGE P25]' },
    execScore: { value: 'proportional', source: '未见成文的执行率→得分对应；种子 003 的手填得分互相矛盾，默认执行率 × 10 并提示差异 [SEED-3, inferred]' },
    reasonRequired: { value: true, source: '表注：预算执行率未达到 90% 的需说明原因；未得满分的指标须说明原因 [SEED-3; CODE C3]' },
  },
  {
    ...NATIONAL,
    name: '云南',
    label: '云南（项目支出 / 部门整体支出绩效自评表）',
    execDenominator: { value: 'budget', source: '表注：全年预算数 = 年初预算数 + 调整预算（年度新增项目）；执行率 = 全年执行数 / 全年预算数 [SEED-4]' },
  },
  {
    ...NATIONAL,
    name: '辽宁',
    label: '辽宁（部门（单位）整体绩效自评表，表内印制评分规则）',
    deptDenominator: {
      value: 'initial',
      source: '种子 002 的执行率 = 全年执行数 / 年初预算数（890.85/636.34 = 140%）[SEED-2, inferred]；与国家口径（/全年预算数）不同，按表执行并注明',
    },
  },
];

export const DEFAULT_PROFILE = '国家';

export function profileByName(name: string | undefined): Profile | undefined {
  if (!name) return undefined;
  const n = name.trim();
  return PROFILES.find((p) => p.name === n || p.label === n || p.name.toLowerCase() === n.toLowerCase());
}

/** Settings a user may change on top of a named profile (settings tab). */
export interface ProfileOverrides {
  grades?: GradeBand[];
  stepRounding?: StepRounding;
  execScore?: ExecScoreRule;
  execCap?: boolean;
}

/** The profile with the user's settings applied; each changed parameter says so in its source. */
export function withOverrides(p: Profile, o: ProfileOverrides | undefined): Profile {
  if (!o) return p;
  const user = '用户设置';
  return {
    ...p,
    grades: o.grades ? { value: o.grades, source: user } : p.grades,
    step: o.stepRounding ? { value: { ...p.step.value, rounding: o.stepRounding }, source: user } : p.step,
    execScore: o.execScore ? { value: o.execScore, source: user } : p.execScore,
    execCap: o.execCap !== undefined ? { value: o.execCap, source: user } : p.execCap,
  };
}
