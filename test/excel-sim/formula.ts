import { parseA1, parseRangeA1 } from '../../src/core/model/address';

/**
 * Recalculation for the formulas the add-in writes (=B5+B6-'公开01表'!C7, =SUM(C8:C20), ROUND, * and /).
 * Anything else is left with its cached value, as a file opened without recalculation would show.
 */
export type Lookup = (sheet: string | undefined, row: number, col: number) => unknown;

class Unsupported extends Error {}

export function evaluate(formula: string, lookup: Lookup): number | undefined {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let i = 0;
  const ws = () => {
    while (src[i] === ' ') i++;
  };
  const num = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (v === '' || v === null || v === undefined || typeof v === 'boolean') return 0;
    throw new Unsupported('text in arithmetic');
  };
  function sheetPrefix(): string | undefined {
    ws();
    if (src[i] === "'") {
      const end = src.indexOf("'!", i + 1);
      if (end < 0) throw new Unsupported('quote');
      const name = src.slice(i + 1, end).replace(/''/g, "'");
      i = end + 2;
      return name;
    }
    const m = /^([^\s!+\-*/(),:'"]+)!/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return m[1];
    }
    return undefined;
  }
  function refOrRange(): number[] {
    const sheet = sheetPrefix();
    const m = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/i.exec(src.slice(i));
    if (!m) throw new Unsupported('ref');
    i += m[0].length;
    const r = parseRangeA1(m[0].replace(/\$/g, ''));
    const out: number[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(num(lookup(sheet, row, col)));
    return out;
  }
  function primary(): number {
    ws();
    if (src[i] === '(') {
      i++;
      const v = expr();
      ws();
      if (src[i++] !== ')') throw new Unsupported(')');
      return v;
    }
    if (src[i] === '-') {
      i++;
      return -primary();
    }
    if (src[i] === '+') {
      i++;
      return primary();
    }
    const n = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (n) {
      i += n[0].length;
      return Number(n[0]);
    }
    const fn = /^(SUM|ROUND)\(/i.exec(src.slice(i));
    if (fn) {
      i += fn[0].length;
      const args: number[][] = [];
      for (;;) {
        ws();
        const save = i;
        try {
          const vals = refOrRange();
          ws();
          if (src[i] !== ',' && src[i] !== ')') throw new Unsupported('expr arg');
          args.push(vals);
        } catch {
          i = save;
          args.push([expr()]);
        }
        ws();
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (src[i++] !== ')') throw new Unsupported('args');
        break;
      }
      if (fn[1].toUpperCase() === 'SUM') return args.flat().reduce((a, b) => a + b, 0);
      const digits = args[1]?.[0] ?? 0;
      const f = 10 ** digits;
      return Math.round(args[0][0] * f) / f;
    }
    const vals = refOrRange();
    if (vals.length !== 1) throw new Unsupported('range outside SUM');
    return vals[0];
  }
  function term(): number {
    let v = primary();
    for (;;) {
      ws();
      if (src[i] === '*') {
        i++;
        v *= primary();
      } else if (src[i] === '/') {
        i++;
        v /= primary();
      } else return v;
    }
  }
  function expr(): number {
    let v = term();
    for (;;) {
      ws();
      if (src[i] === '+') {
        i++;
        v += term();
      } else if (src[i] === '-') {
        i++;
        v -= term();
      } else return v;
    }
  }
  try {
    const v = expr();
    ws();
    if (i !== src.length) return undefined;
    return Math.round(v * 1e10) / 1e10;
  } catch (e) {
    if (e instanceof Unsupported || e instanceof Error) return undefined;
    throw e;
  }
}

export { parseA1 };
