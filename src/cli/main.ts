import { parseArgs } from './args';
import { runCheckCommand } from './check-command';
import { runDemoCommand } from './demo-command';
import { runRulesCommand } from './rules-command';
import { runLintNarrativeCommand, runNarrativeCommand } from './narrative';

const USAGE = `决算助手 juesuan — 部门决算公开表、绩效自评表与决算说明的检查工具

用法：
  juesuan check <文件.xlsx>... [--format text|json] [--out <批注副本.xlsx|目录>] [--profile <评分规则>]
  juesuan narrative <文件.xlsx> [--prior <上年.xlsx>] [--family 十段式|云南|北京] [--out <说明.docx|.html|.md|.txt>] [--template-out <副本.xlsx>]
  juesuan lint-narrative <文件.xlsx> [--text <说明.txt|.docx>] [--sheet <工作表名>] [--prior <上年.xlsx>] [--format text|json]
  juesuan rules [--format text|markdown|json]
  juesuan demo [--out <目录>]

退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误。`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  switch (command) {
    case 'check':
      return runCheckCommand(args);
    case 'narrative':
      return runNarrativeCommand(args);
    case 'lint-narrative':
      return runLintNarrativeCommand(args);
    case 'rules':
      return runRulesCommand(args);
    case 'demo':
      return runDemoCommand(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`未知命令：${command}\n\n${USAGE}\n`);
      return 2;
  }
}
