import type { Rule } from '../types';
import { tablesOf } from './helpers';
import { sangongSums } from './sangong';

export const T10_1: Rule = {
  id: 'T10-1',
  title: '“三公”经费情况表：支出合计与各分项一致',
  description:
    '公开10表 每一栏：支出合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车购置及运行维护费 = 购置费 + 运行维护费；公务接待费 = 国内接待费 + 国（境）外接待费；其中外事接待费不超过国内接待费。标“—”的栏不参与。',
  scope: 'table',
  tables: ['T10'],
  source: 'SEED-4 (row structure); CODE C1 AGENTS.md C-001, WP4A',
  check(ctx) {
    return tablesOf(ctx, 'T10').flatMap((t) => sangongSums(ctx, T10_1, t));
  },
};
