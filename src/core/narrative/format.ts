import Decimal from 'decimal.js';

/** 万元 with two decimals, no thousands separator (the way 说明 print amounts): 1095.72 */
export function wan(v: Decimal.Value): string {
  return new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Percentage with two decimals and a % sign: 80.82% */
export function pct(v: Decimal.Value): string {
  return `${new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

/** part / whole × 100, or undefined when the whole is zero. */
export function share(part: Decimal, whole: Decimal): Decimal | undefined {
  return whole.isZero() ? undefined : part.div(whole).times(100);
}

/** Integer counts (团组, 辆, 批次): 12.00 in the table reads 12. */
export function count(v: Decimal.Value): string {
  return new Decimal(v).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
}

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (section numbering). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_NUM[n];
  if (n < 20) return `十${CN_NUM[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_NUM[tens]}十${ones ? CN_NUM[ones] : ''}`;
}
