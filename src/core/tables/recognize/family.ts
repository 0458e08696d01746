import { normalized as normalizeLabel } from '../../classification/normalized';
import type { TableFamily } from '../types';
import type { TableStart } from './locate';

const YUNNAN = /行政参公单位机关运行经费情况表$|国有资产使用情况表$|一般公共预算财政拨款"?三公"?经费情况表$|一般公共预算财政拨款收入支出决算表$/;
const BEIJING = /政府采购情况表$|政府购买服务支出情况表$|政府性基金预算财政拨款基本支出决算表$/;
const SICHUAN = /财政拨款支出决算明细表$|基本支出决算明细表$/;
/** 财政拨款“三公”经费支出决算表 without 一般公共预算 (all 财政拨款): Beijing's 三公 table. */
const BEIJING_SANGONG = /(^|[^算])财政拨款"?三公"?经费支出决算表$/;

/**
 * The table set of the workbook: 公开编号 or a Yunnan-only title → yunnan; Beijing-only or
 * Sichuan-only titles → that set; otherwise a set of 决算总表 titles without numbers → central.
 */
export function detectFamily(starts: TableStart[]): TableFamily {
  const titles = starts.map((s) => normalizeLabel(s.title ?? ''));
  if (starts.some((s) => s.number !== undefined) || titles.some((t) => YUNNAN.test(t))) return 'yunnan';
  if (titles.some((t) => SICHUAN.test(t))) return 'sichuan';
  if (titles.some((t) => BEIJING.test(t) || BEIJING_SANGONG.test(t))) return 'beijing';
  const matched = starts.filter((s) => s.match);
  const yunnanOnly = (s: TableStart) => s.match!.variant.families.length === 1 && s.match!.variant.families[0] === 'yunnan';
  if (matched.length && matched.every((s) => s.match!.variant.families.includes('yunnan')) && matched.some(yunnanOnly)) return 'yunnan';
  return 'central';
}
