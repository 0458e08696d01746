/**
 * 支出功能分类 类 (3-digit) of the 政府收支分类科目, as printed in 公开01/04 expenditure rows.
 *
 * Evidence: names and order of all 26 Yunnan 2023 rows are in seed 004 (公开01 r31–r56); the codes
 * 201, 208, 210 and 221 are printed next to their names in seed 004's 公开02/03/05. The other codes
 * follow the national classification and are widely used, but REFERENCE §1.3 could not verify them
 * against the official text: those carry `verified: false`.
 */
export interface FunctionalClass {
  code: string;
  name: string;
  /** Names used before a renaming, with the first year the current name applies. */
  formerNames?: { name: string; until: number }[];
  /** Code seen next to this name in a seed (true) or taken from the national list unverified (false). */
  verified: boolean;
  /** Row of the 26-row Yunnan 2023 公开01 expenditure side (1-based), if the class is one of them. */
  yunnanRow?: number;
}

/**
 * Renamings of 2019 (机构改革 classification changes). The year is the commonly cited one
 * (REFERENCE §1.3 marks the exact year [UNVERIFIED]): before `until` the old name was current.
 */
const RENAMED_2019 = 2019;

export const FUNCTIONAL_CLASSES: readonly FunctionalClass[] = [
  { code: '201', name: '一般公共服务支出', verified: true, yunnanRow: 1 },
  { code: '202', name: '外交支出', verified: false, yunnanRow: 2 },
  { code: '203', name: '国防支出', verified: false, yunnanRow: 3 },
  { code: '204', name: '公共安全支出', verified: false, yunnanRow: 4 },
  { code: '205', name: '教育支出', verified: false, yunnanRow: 5 },
  { code: '206', name: '科学技术支出', verified: false, yunnanRow: 6 },
  {
    code: '207',
    name: '文化旅游体育与传媒支出',
    formerNames: [{ name: '文化体育与传媒支出', until: RENAMED_2019 }],
    verified: false,
    yunnanRow: 7,
  },
  { code: '208', name: '社会保障和就业支出', verified: true, yunnanRow: 8 },
  { code: '209', name: '社会保险基金支出', verified: false },
  {
    code: '210',
    name: '卫生健康支出',
    formerNames: [{ name: '医疗卫生与计划生育支出', until: RENAMED_2019 }],
    verified: true,
    yunnanRow: 9,
  },
  { code: '211', name: '节能环保支出', verified: false, yunnanRow: 10 },
  { code: '212', name: '城乡社区支出', verified: false, yunnanRow: 11 },
  { code: '213', name: '农林水支出', verified: false, yunnanRow: 12 },
  { code: '214', name: '交通运输支出', verified: false, yunnanRow: 13 },
  {
    code: '215',
    name: '资源勘探工业信息等支出',
    formerNames: [{ name: '资源勘探信息等支出', until: RENAMED_2019 }],
    verified: false,
    yunnanRow: 14,
  },
  { code: '216', name: '商业服务业等支出', verified: false, yunnanRow: 15 },
  { code: '217', name: '金融支出', verified: false, yunnanRow: 16 },
  { code: '219', name: '援助其他地区支出', verified: false, yunnanRow: 17 },
  {
    code: '220',
    name: '自然资源海洋气象等支出',
    formerNames: [{ name: '国土海洋气象等支出', until: RENAMED_2019 }],
    verified: false,
    yunnanRow: 18,
  },
  { code: '221', name: '住房保障支出', verified: true, yunnanRow: 19 },
  { code: '222', name: '粮油物资储备支出', verified: false, yunnanRow: 20 },
  { code: '223', name: '国有资本经营预算支出', verified: false, yunnanRow: 21 },
  { code: '224', name: '灾害防治及应急管理支出', verified: false, yunnanRow: 22 },
  { code: '227', name: '预备费', verified: false },
  { code: '229', name: '其他支出', verified: false, yunnanRow: 23 },
  { code: '230', name: '转移性支出', verified: false },
  { code: '231', name: '债务还本支出', verified: false, yunnanRow: 24 },
  { code: '232', name: '债务付息支出', verified: false, yunnanRow: 25 },
  { code: '233', name: '债务发行费用支出', verified: false },
  { code: '234', name: '抗疫特别国债安排的支出', verified: false, yunnanRow: 26 },
];
