import { spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `juesuan` bin in a child process, exactly as a user would. */
export function spawnCli(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/juesuan.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI's `main` in this process with stdout/stderr captured (fast: no ts-node start-up). */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const write = (sink: string[]) => ((chunk: string | Uint8Array) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  const saved = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = write(out);
  process.stderr.write = write(err);
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}
