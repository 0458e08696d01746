import { parseArgs } from './args';
import { runCheckCommand } from './check-command';
import { runDemoCommand } from './demo-command';
import { runRulesCommand } from './rules-command';
import { runLintNarrativeCommand, runNarrativeCommand } from './narrative';

const USAGE = `决算助手 juesuan — 部门决算公开表、绩效自评表与决算说明的检查工具

用法：
  juesuan check <文件.xlsx>... [--format text|json] [--out <批注副本.xlsx|目录>] [--fix value|formula] [--profile <评分规则>] [--text <说明.docx|.txt>]
  juesuan narrative <文件.xlsx> [--prior <上年.xlsx>] [--family 十段式|云南|北京] [--out <说明.docx|.html|.md|.txt>] [--template-out <副本.xlsx>]
  juesuan lint-narrative <文件.xlsx> [--text <说明.txt|.docx>] [--sheet <工作表名>] [--prior <上年.xlsx>] [--format text|json]
  juesuan rules [--format text|markdown|json]
  juesuan demo [--out <目录>]

退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误。`;

/** The options each command takes; every one takes a value. */
const OPTIONS: Record<string, string[]> = {
  check: ['format', 'out', 'fix', 'profile', 'text'],
  narrative: ['prior', 'family', 'out', 'template-out', 'profile'],
  'lint-narrative': ['text', 'sheet', 'prior', 'format'],
  rules: ['format'],
  demo: ['out'],
};

const VALUE_HINT: Record<string, string> = {
  format: '<格式>',
  family: '云南',
  profile: '<评分规则>',
  sheet: '<工作表名>',
  out: '<文件或目录>',
  fix: 'value',
};

/** A mistyped or value-less option is refused, not ignored (`--fromat json` would have printed text). */
function optionProblem(command: string, flags: Record<string, string | true>): string | undefined {
  const known = OPTIONS[command];
  if (!known) return undefined;
  for (const [name, value] of Object.entries(flags)) {
    if (!known.includes(name)) return `未知选项 --${name}：${command} 可用的选项是 ${known.map((k) => `--${k}`).join('、')}`;
    if (value === true) return `选项 --${name} 缺少值（例如 --${name} ${VALUE_HINT[name] ?? '<文件>'}）`;
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  const problem = command ? optionProblem(command, args.flags) : undefined;
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 2;
  }
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
