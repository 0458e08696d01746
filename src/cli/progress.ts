/** A one-line progress bar on stderr for batch runs (only when stderr is a terminal). */
export class ProgressBar {
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  update(done: number, label: string): void {
    const width = 24;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `[${bar}] ${done}/${this.total} ${label}`;
    if (this.tty) process.stderr.write(`\r${line.slice(0, 100).padEnd(100)}`);
    else process.stderr.write(`${line}\n`);
  }

  finish(): void {
    if (this.tty) process.stderr.write('\n');
  }
}
