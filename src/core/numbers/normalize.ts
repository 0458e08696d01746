/** Full-width digits and punctuation to ASCII; the forms officers type with a Chinese IME. */
const FULL_WIDTH: Record<string, string> = {
  '，': ',', '．': '.', '。': '.', '－': '-', '—': '-', '−': '-', '％': '%', '（': '(', '）': ')', '＋': '+', '　': ' ',
};

export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code >= 0xff21 && code <= 0xff5a) out += String.fromCharCode(code - 0xfee0);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}

/** Label normalisation for matching names: no spaces, half-width, unified quotes. */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"‘’']/g, '"')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}
