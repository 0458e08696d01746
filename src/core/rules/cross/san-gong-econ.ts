/** 三公 items of 公开11表 and the 经济分类 款 that record the same spending (GovBudgetChecker WP4-A). */
export const SAN_GONG_ECON: { row: string; item: string; basic: string[]; project: string[] }[] = [
  { row: 'sg.abroad', item: '因公出国（境）费', basic: ['30212'], project: ['30212'] },
  { row: 'sg.car.purchase', item: '公务用车购置费', basic: ['31013'], project: ['31013', '30913'] },
  { row: 'sg.car.run', item: '公务用车运行维护费', basic: ['30231'], project: ['30231'] },
  { row: 'sg.reception', item: '公务接待费', basic: ['30217'], project: ['30217'] },
];
