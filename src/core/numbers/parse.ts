import Decimal from 'decimal.js';
import type { Cell, CellValue } from '../model/workbook';
import { INVISIBLE, toHalfWidth } from './normalize';

/**
 * A cell read as a number. The exact Decimal is made only when asked for: most identities are
 * decided on `micro` (integers), and a batch workbook has 150,000 numbers to read.
 */
export class NumberReading {
  readonly kind = 'number' as const;
  private decimalValue?: Decimal;

  constructor(
    /** Plain decimal text of the value (no exponent, no grouping): what `value` is made from. */
    readonly text: string,
    /** Decimals as printed; the value stands for the interval that rounds to it. */
    readonly decimals: number,
    /** The text or format carried a % sign: value is in percent (99.06 for 99.06%). */
    readonly percent: boolean,
    /** The number was stored as text. */
    readonly fromText: boolean,
    /** value × 10⁶ as an exact JS integer, or null (over six decimals or too large): fast exact sums. */
    readonly micro: number | null,
    /** A unit written after the number: '3.5万' → 万. The caller converts. */
    readonly suffix?: '万' | '元' | '亿',
  ) {}

  get value(): Decimal {
    return (this.decimalValue ??= new Decimal(this.text));
  }
}

/** Result of reading a cell as a number. */
export type ParsedNumber =
  | { kind: 'empty' }
  | NumberReading
  | { kind: 'text'; text: string }
  /** Looks like a number but is not one ('7.99O', '1.2.3'): a finding, never zero. */
  | { kind: 'invalid'; text: string };

const PLACEHOLDERS = new Set(['', '-', '--', '—', '——', '/', '\\', '–', '－', '―', '——', '…', '0.00-']);
const EMPTY: ParsedNumber = { kind: 'empty' };

const formatDecimals = new Map<string, number | undefined>();

/** Decimals a number format prints; a workbook has only a handful of formats, so memoised. */
function decimalsOfFormat(numFmt?: string): number | undefined {
  if (!numFmt || numFmt === 'General' || numFmt === '@') return undefined;
  if (formatDecimals.has(numFmt)) return formatDecimals.get(numFmt);
  const d = readFormatDecimals(numFmt);
  formatDecimals.set(numFmt, d);
  return d;
}

function readFormatDecimals(numFmt: string): number | undefined {
  const section = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const frac = /\.([0#]+)/.exec(section);
  if (frac) return frac[1].length;
  return /[0#]/.test(section) ? 0 : undefined;
}

function decimalsOfText(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

/**
 * Shortest plain decimal text of a JS number with binary noise removed (0.1 + 0.2 → '0.3'):
 * at most 15 significant digits, as Excel shows them. Exponent forms go through Decimal.
 */
export function plainNumberText(n: number): string {
  const shortest = String(n);
  // Up to 15 significant digits the shortest round-trip text is already the clean one.
  if (shortest.length <= 15 && shortest.indexOf('e') < 0) return shortest;
  const rounded = n.toPrecision(15);
  if (rounded.indexOf('e') >= 0) return new Decimal(rounded).toSignificantDigits(15).toFixed();
  return rounded.indexOf('.') < 0 ? rounded : rounded.replace(/\.?0+$/, '');
}

/** Shortest decimal representation of a JS number, with its decimals (binary noise removed). */
export function decimalFromNumber(n: number): { value: Decimal; decimals: number } {
  const text = plainNumberText(n);
  return { value: new Decimal(text), decimals: Math.min(decimalsOfText(text), 10) };
}

const MICRO_LIMIT = 1e9;

/** Millionths as an exact integer when the plain text has at most six decimals and |value| < 10⁹. */
function microOf(text: string, decimals: number): number | null {
  if (decimals > 6) return null;
  const n = Number(text);
  return Math.abs(n) < MICRO_LIMIT ? Math.round(n * 1e6) : null;
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** Plain ASCII decimal text ('1095.72', '-3', '0'): what most cells stored as text hold. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

export function parseNumberText(raw: string): ParsedNumber {
  // The general path below would return this very text: skip its folding and regexes.
  if (PLAIN_DECIMAL.test(raw)) {
    const decimals = decimalsOfText(raw);
    return new NumberReading(raw, decimals, false, true, microOf(raw, decimals));
  }
  let s = toHalfWidth(raw).replace(INVISIBLE, '');
  if (PLACEHOLDERS.has(s)) return EMPTY;
  let negative = false;
  let percent = false;
  let suffix: '万' | '元' | '亿' | undefined;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  const unit = /(万元|万|亿元|亿|元)$/.exec(s);
  if (unit && /\d/.test(s.slice(0, unit.index))) {
    suffix = unit[1].startsWith('万') ? '万' : unit[1].startsWith('亿') ? '亿' : '元';
    s = s.slice(0, unit.index);
  }
  if (s.startsWith('¥') || s.startsWith('￥')) s = s.slice(1);
  const m = NUMBER_TEXT.exec(s);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const intPart = (m[2] ?? '0').replace(/,/g, '');
    const frac = m[3] ?? '';
    if (m[1] === '-') negative = !negative;
    const text = `${negative ? '-' : ''}${intPart}${frac ? '.' + frac : ''}`;
    return new NumberReading(text, frac.length, percent, true, microOf(text, frac.length), suffix);
  }
  return looksNumeric(s) ? { kind: 'invalid', text: raw } : { kind: 'text', text: raw };
}

/** Mostly digits and separators, with a stray letter or a second dot: a typo of a number. */
function looksNumeric(s: string): boolean {
  if (!/\d/.test(s) || s.length > 24) return false;
  if (!/^[+-]?[\d.,OoIlSs]+$/.test(s)) return false;
  const digits = (s.match(/\d/g) ?? []).length;
  return digits / s.length >= 0.5;
}

/**
 * The usual number cell: its shortest text is already plain (≤ 15 characters, no exponent) and the
 * format shows at least its decimals, so the text is String(value). Its decimals, or undefined
 * when the general path must decide.
 */
function plainDecimals(text: string, numFmt: string | undefined): number | undefined {
  if (text.length > 15 || text.indexOf('e') >= 0) return undefined;
  const natural = Math.min(decimalsOfText(text), 10);
  const fmtDecimals = decimalsOfFormat(numFmt);
  return fmtDecimals !== undefined && fmtDecimals < natural ? undefined : (fmtDecimals ?? natural);
}

/** microOf for such a number: its text reads back as the same double, so no second parse. */
function plainNumberMicro(value: number, decimals: number): number | null {
  if (decimals > 6 || !(Math.abs(value) < MICRO_LIMIT)) return null;
  return value === 0 ? 0 : Math.round(value * 1e6); // value === 0 keeps −0 out (Number('0') is +0)
}

function plainReading(value: number, numFmt: string | undefined): NumberReading | null {
  const text = String(value);
  const decimals = plainDecimals(text, numFmt);
  return decimals === undefined ? null : new NumberReading(text, decimals, false, false, plainNumberMicro(value, decimals));
}

export function parseCellValue(value: CellValue, numFmt?: string): ParsedNumber {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    const percent = !!numFmt && numFmt.includes('%');
    if (!percent) {
      const fast = plainReading(value, numFmt);
      if (fast) return fast;
    }
    let text = plainNumberText(percent ? value * 100 : value);
    const natural = Math.min(decimalsOfText(text), 10);
    const fmtDecimals = decimalsOfFormat(numFmt);
    // What the officer sees is the formatted value; it stands for its rounding interval.
    const decimals = fmtDecimals ?? natural;
    if (fmtDecimals !== undefined && fmtDecimals < natural) text = new Decimal(text).toDecimalPlaces(fmtDecimals, Decimal.ROUND_HALF_UP).toFixed();
    return new NumberReading(text, decimals, percent, false, microOf(text, decimals));
  }
  return parseNumberText(value);
}

/**
 * The cell's printed amount in millionths when it is a plain number or plain decimal text with an
 * exact integer form (what parseCell(cell).micro would be), computed without making a reading;
 * undefined for anything else (errors, formats that round, percent, units, typos…): use parseCell.
 * Rules sum ~80,000 such cells per batch workbook, each once per check.
 */
export function plainMicro(cell: Cell | undefined): number | undefined {
  if (!cell) return 0;
  if (cell.error) return undefined;
  const value = cell.value;
  if (value === null || value === undefined) return cell.formula ? undefined : 0;
  if (typeof value === 'string') {
    if (!PLAIN_DECIMAL.test(value)) return undefined;
    return microOf(value, decimalsOfText(value)) ?? undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || (cell.numFmt && cell.numFmt.includes('%'))) return undefined;
  const decimals = plainDecimals(String(value), cell.numFmt);
  return decimals === undefined ? undefined : (plainNumberMicro(value, decimals) ?? undefined);
}

// Recognition, rules and scoring all read the same cells: parse each cell once, and again
// only if its content changed since (fixes and tests edit cells in place).
interface ParsedEntry {
  value: Cell['value'];
  numFmt?: string;
  error?: string;
  parsed: ParsedNumber;
}
/** The reading rides on the cell itself: a WeakMap of 150,000 cells costs more than the parsing. */
const READING = Symbol('juesuan.reading');
type CellWithReading = Cell & { [READING]?: ParsedEntry };

export function parseCell(cell: Cell | undefined): ParsedNumber {
  if (!cell) return EMPTY;
  const hit = (cell as CellWithReading)[READING];
  if (hit && hit.value === cell.value && hit.numFmt === cell.numFmt && hit.error === cell.error) return hit.parsed;
  const parsed: ParsedNumber = cell.error
    ? { kind: 'invalid', text: cell.error }
    : cell.value === null && cell.formula
      ? // A formula saved without its result (written by a program, never calculated): unknown, not 0.
        { kind: 'invalid', text: `=${cell.formula}` }
      : parseCellValue(cell.value, cell.numFmt);
  (cell as CellWithReading)[READING] = { value: cell.value, numFmt: cell.numFmt, error: cell.error, parsed };
  return parsed;
}
