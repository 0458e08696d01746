import { fitToWidth } from './text-width';

/** A one-line progress bar on stderr for batch runs (only when stderr is a terminal). */
export class ProgressBar {
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  update(done: number, label: string): void {
    const width = 24;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    // ASCII: block characters are two columns wide in a Chinese console (East Asian ambiguous width).
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line = `[${bar}] ${done}/${this.total} ${label}`;
    // One terminal line, Chinese characters counted as two columns: a longer line would wrap and \r not clear it.
    if (this.tty) process.stderr.write(`\r${fitToWidth(line, Math.max(40, (process.stderr.columns || 80) - 1))}`);
    else process.stderr.write(`${line}\n`);
  }

  finish(): void {
    if (this.tty) process.stderr.write('\n');
  }
}
