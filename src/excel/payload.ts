/**
 * Excel on the web rejects a request or response above 5 MB. A check loads values, formulas and
 * number formats of every cell; a normal 决算 workbook is far below the limit, so the gateway asks for
 * everything at once and only splits (row blocks, several syncs) when Excel refuses or the estimate says so.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Generous JSON size of one cell's value + formula + number format, escaped CJK text included. */
export const BYTES_PER_CELL = 160;

/** Cells one sync may load, with half the limit kept as margin for long texts. */
export function cellsPerSync(limit = PAYLOAD_LIMIT_BYTES): number {
  return Math.max(1, Math.floor(limit / 2 / BYTES_PER_CELL));
}

export function isPayloadError(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | undefined;
  return (
    err?.code === 'RequestPayloadSizeLimitExceeded' ||
    err?.code === 'ResponsePayloadSizeLimitExceeded' ||
    /payload size|size limit/i.test(err?.message ?? '')
  );
}

export interface Block {
  sheet: string;
  /** 0-based absolute rows and columns of the block. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Splits used ranges into row blocks and groups the blocks into syncs so that no sync loads more than
 * `budget` cells. A row wider than the budget still gets its own block (Excel's limit is per request).
 */
export function planBlocks(ranges: Block[], budget = cellsPerSync()): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let load = 0;
  for (const r of ranges) {
    const cols = r.right - r.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(budget / cols));
    for (let top = r.top; top <= r.bottom; top += rowsPerBlock) {
      const bottom = Math.min(r.bottom, top + rowsPerBlock - 1);
      const cells = (bottom - top + 1) * cols;
      if (load + cells > budget && current.length) {
        syncs.push(current);
        current = [];
        load = 0;
      }
      current.push({ sheet: r.sheet, top, left: r.left, bottom, right: r.right });
      load += cells;
    }
  }
  if (current.length) syncs.push(current);
  return syncs;
}
