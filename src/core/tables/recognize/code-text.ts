import { INVISIBLE, halfWidthDigits } from '../../numbers/normalize';

/** 3 digits, then up to two groups of 2, with a dot or a dash between (some exports print codes so). */
const SEPARATED_CODE = /^\d{3}(?:[.\-－]\d{2}){1,2}$/;

/**
 * A 科目编码 as printed by other systems, in its plain form: '201.03.01' and '201-03-01' →
 * '2010301', '20103.0' (a code stored as a decimal) → '20103', "'201" → '201', '２０１' and '[201]' → '201'. Anything else is
 * returned as is, but for its full-width digits.
 */
export function compactCode(text: string): string {
  // A leading apostrophe written into the text by exports that force codes to stay text.
  let s = halfWidthDigits(text).replace(INVISIBLE, '').replace(/^['‘’`]/, '');
  // A code alone in brackets, as some systems print it: '[201]', '【2010301】'.
  const bracketed = /^[[【]([\d.\-－]+)[\]】]$/.exec(s);
  if (bracketed) s = bracketed[1];
  if (/^\d+\.0+$/.test(s)) return s.slice(0, s.indexOf('.'));
  return SEPARATED_CODE.test(s) ? s.replace(/[.\-－]/g, '') : s;
}
