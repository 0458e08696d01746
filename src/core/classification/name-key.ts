import { normalized as normalizeLabel } from './normalized';
import { memoByText } from '../memo';

/**
 * Row-label numbering an officer or the 决算 software prints before a name:
 * 一、 （一） (1) 1. 1、 1．  ① and 其中： — removed before names are compared.
 */
const NUMBERING = /^(?:[一二三四五六七八九十百]+[、.．]|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[、.．](?!\d)|[①-⑳])+/;
const OF_WHICH = /^其中[:：]?/;

/** Strips numbering prefixes (and, with `ofWhich`, a leading 其中：). Input is already normalised. */
export function stripNumbering(label: string, ofWhich = false): string {
  let s = label;
  for (let i = 0; i < 3; i++) {
    const next = (ofWhich ? s.replace(OF_WHICH, '') : s).replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The key two printed names are compared by: half-width, no spaces, no numbering, unified brackets. */
export const nameKey: (name: string) => string = memoByText((name) => stripNumbering(normalizeLabel(name)));
