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
