import { parseArgs } from './args';
import { runCheckCommand } from './check-command';
import { runDemoCommand } from './demo-command';
import { runRulesCommand } from './rules-command';

const USAGE = `决算助手 juesuan — 部门决算公开表、绩效自评表与决算说明的检查工具

用法：
  juesuan check <文件.xlsx>... [--format text|json] [--out <批注副本.xlsx|目录>] [--profile <评分规则>]
  juesuan rules [--format text|markdown|json]
  juesuan demo [--out <目录>]

退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误。`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  switch (command) {
    case 'check':
      return runCheckCommand(args);
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
