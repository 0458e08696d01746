import * as fs from 'fs';
import * as path from 'path';
import { type ParsedArgs, flagString } from './args';
import { checkFiles } from './check-command';
import { formatReportText } from './format-text';
import { writeNarrativeOutputs } from '../io/narrative/outputs';
import { packageRoot } from './package-root';

export const SAMPLE_WORKBOOK = path.join(packageRoot(), 'assets/sample/曲靖市信访局2023年度部门决算.xlsx');

/** `juesuan demo`: checks the bundled sample, writes the annotated copy, prints where everything is. */
export async function runDemoCommand(args: ParsedArgs): Promise<number> {
  const outDir = path.resolve(flagString(args, 'out') ?? 'demo-output');
  fs.mkdirSync(outDir, { recursive: true });
  const annotated = path.join(outDir, '曲靖市信访局2023年度部门决算.检查结果.xlsx');
  const [result] = await checkFiles([SAMPLE_WORKBOOK], { out: annotated });
  if (!result.report) {
    process.stderr.write(`${result.error}\n`);
    return 2;
  }
  process.stdout.write(`${formatReportText(result.report, path.relative(process.cwd(), SAMPLE_WORKBOOK))}\n\n`);
  process.stdout.write(`带批注的副本（每条批注以【决算助手】开头，另有“检查结果”工作表）：\n  ${annotated}\n`);
  const narrative = await writeNarrativeOutputs(SAMPLE_WORKBOOK, outDir);
  process.stdout.write(`决算说明草稿（数字全部取自表中；缺少的信息以【待补充：…】标出，共 ${narrative.placeholders} 处）：\n  ${narrative.docx}\n  ${narrative.html}\n`);
  return 0;
}
