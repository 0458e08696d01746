/*
 * Office 2019 (volume licensed) on Windows 10 1903+ shows add-ins in Microsoft Edge Legacy (EdgeHTML 18).
 * The production build lowers all syntax to ES2017 for it (webpack.config.js); these are the few newer
 * library functions our code and its libraries call. Each is defined only where missing.
 */
/* eslint-disable no-extend-native */

type AnyArray = unknown[];

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

const g: Record<string, unknown> =
  typeof self !== 'undefined' ? (self as unknown as Record<string, unknown>) : typeof window !== 'undefined' ? (window as unknown as Record<string, unknown>) : {};
if (!('globalThis' in g)) g.globalThis = g;

export function flat(this: AnyArray, depth = 1): AnyArray {
  const out: AnyArray = [];
  const walk = (xs: AnyArray, d: number) => {
    for (const x of xs) {
      if (Array.isArray(x) && d > 0) walk(x, d - 1);
      else out.push(x);
    }
  };
  walk(this, depth);
  return out;
}

export function flatMap(this: AnyArray, fn: (x: unknown, i: number, a: AnyArray) => unknown, thisArg?: unknown): AnyArray {
  const out: AnyArray = [];
  this.forEach((x, i, a) => {
    const r = fn.call(thisArg, x, i, a);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return out;
}

export function at(this: { length: number; [i: number]: unknown }, index: number): unknown {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i >= 0 && i < this.length ? this[i] : undefined;
}

export function fromEntries(entries: Iterable<[PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
}

export function matchAll(this: string, re: RegExp): IterableIterator<RegExpExecArray> {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const rx = new RegExp(re.source, flags);
  const found: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = rx.exec(this)) !== null) {
    found.push(m);
    if (m[0] === '') rx.lastIndex++;
  }
  return found[Symbol.iterator]();
}

export function replaceAll(this: string, search: string | RegExp, replacement: string): string {
  if (search instanceof RegExp) return this.replace(search, replacement);
  return this.split(search).join(replacement);
}

define(Array.prototype, 'flat', flat);
define(Array.prototype, 'flatMap', flatMap);
define(Array.prototype, 'at', at);
define(String.prototype, 'at', at);
define(Object, 'fromEntries', fromEntries);
define(String.prototype, 'matchAll', matchAll);
define(String.prototype, 'replaceAll', replaceAll);
define(String.prototype, 'trimStart', String.prototype.trimLeft);
define(String.prototype, 'trimEnd', String.prototype.trimRight);

if (typeof g.queueMicrotask !== 'function') {
  g.queueMicrotask = (cb: () => void) => void Promise.resolve().then(cb);
}

