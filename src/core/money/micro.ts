import type { IdentityStatus } from './identity';

/**
 * Printed amounts as integer millionths (what `NumberReading.micro` holds): exact in doubles up to
 * 2⁵³, so identities whose terms all have at most six decimals are judged and worded without
 * Decimal. `identity.ts` and `amount.ts` are the reference; these give the same answers and text.
 */

const MICRO_PLACES = 6;
const ONE = 1_000_000;

/** One unit of the d-th decimal in millionths (d ≤ 6): 10 000 for 2 decimals. */
export function microUnit(decimals: number): number {
  return 10 ** (MICRO_PLACES - decimals);
}

/** How an identity stands, given target − Σ parts, Σ half-widths and the last-digit unit, all in millionths. */
export function microStatus(difference: number, slack: number, unit: number, relation: 'eq' | 'le' = 'eq'): IdentityStatus {
  if (relation === 'le' && difference <= 0) return 'exact';
  const gap = Math.abs(difference);
  if (gap === 0) return 'exact';
  if (gap < slack) return 'rounding';
  return gap <= unit ? 'tail' : 'mismatch';
}

/** Same text as formatAmount(micro / 10⁶, decimals): at least `decimals` places, grouped thousands. */
export function formatMicro(micro: number, decimals = 2): string {
  const abs = Math.abs(micro);
  const frac = abs % ONE; // exact for integers
  const int = (abs - frac) / ONE;
  let places = MICRO_PLACES;
  for (let f = frac; places > 0 && f % 10 === 0; f /= 10) places--;
  if (frac === 0) places = 0;
  places = Math.max(decimals, places);
  const fracText = places === 0 ? '' : `.${String(frac).padStart(MICRO_PLACES, '0').slice(0, places).padEnd(places, '0')}`;
  const intText = String(int);
  const grouped = intText.length > 3 ? intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : intText;
  return `${micro < 0 ? '-' : ''}${grouped}${fracText}`;
}

/** formatMicro with a '+' before a positive value, as formatSigned. */
export function formatSignedMicro(micro: number, decimals = 2): string {
  return micro > 0 ? `+${formatMicro(micro, decimals)}` : formatMicro(micro, decimals);
}
