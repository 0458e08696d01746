import { SAMPLE_WORKBOOK } from '../fixtures/registry';
import { runCli } from './cli-helpers';

describe('a --format the command does not have', () => {
  it.each([
    [['check', SAMPLE_WORKBOOK, '--format', 'xml'], '未知的输出格式“xml”：可选 text、json\n'],
    [['rules', '--format', 'yaml'], '未知的输出格式“yaml”：可选 text、markdown、json\n'],
    [['lint-narrative', SAMPLE_WORKBOOK, '--format', 'csv'], '未知的输出格式“csv”：可选 text、json\n'],
  ])('%j is refused with the choices, exit 2, nothing on stdout (was: read as text)', async (args, message) => {
    const run = await runCli(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('the formats it has still work', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(80);
  });
});

it('lint-narrative --text naming a file that is not there says so in Chinese', async () => {
  const run = await runCli(['lint-narrative', SAMPLE_WORKBOOK, '--text', '/nonexistent/说明.txt']);
  expect(run).toEqual({ code: 2, stdout: '', stderr: '无法读取说明文件“说明.txt”：文件不存在或没有读取权限。\n' });
});

describe('options the command does not take, or without their value', () => {
  it.each([
    [['check', SAMPLE_WORKBOOK, '--fromat', 'json'], '未知选项 --fromat：check 可用的选项是 --format、--out、--fix、--profile、--text\n'],
    [['check', SAMPLE_WORKBOOK, '--out'], '选项 --out 缺少值（例如 --out <文件或目录>）\n'],
    [['narrative', SAMPLE_WORKBOOK, '--format', 'json'], '未知选项 --format：narrative 可用的选项是 --prior、--family、--out、--template-out、--profile\n'],
    [['rules', '--format'], '选项 --format 缺少值（例如 --format <格式>）\n'],
  ])('%j is refused, exit 2 (was: ignored, the command ran without it)', async (args, message) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
