import type { FixMode } from '../core/findings/fix-write';
import { type ParsedArgs, flagString } from './args';
import type { FixedCopy } from './fix-copy';

/** What --fix did to the copy, in the text report. */
export function fixedText(f: FixedCopy): string {
  const a = f.after;
  const along = f.written.filter((w) => w.along).length;
  const lines = [
    `已在副本中修正 ${f.written.length} 个单元格（写入${f.mode === 'formula' ? '公式（有公式的）' : '数值'}${along ? `，其中 ${along} 个随其他更正一并修改` : ''}）；` +
      `修正后复查：错误 ${a.errors} 项，警告 ${a.warnings} 项，提示 ${a.infos} 项`,
  ];
  if (f.skipped.length) lines.push(`${f.skipped.length} 条问题未自动修正（修正后会出现新的问题或无法写入，须人工判断哪一处有误），见副本“检查结果”表的“修正”栏。`);
  return lines.join('\n');
}

const FIX_MODES: Record<string, FixMode> = { value: 'value', 数值: 'value', formula: 'formula', 公式: 'formula' };

/** --fix value|formula: the mode, undefined when not asked, null after saying why it cannot be. */
export function fixFlag(args: ParsedArgs, out: string | undefined): FixMode | undefined | null {
  const v = flagString(args, 'fix');
  if (v === undefined) return undefined;
  const mode = FIX_MODES[v];
  if (!mode) {
    process.stderr.write(`未知的修正方式“${v}”：可选 value（数值）或 formula（公式）\n`);
    return null;
  }
  if (!out) {
    process.stderr.write('--fix 需要同时给出 --out：修正写在副本里，决算助手从不修改原文件。\n');
    return null;
  }
  return mode;
}
