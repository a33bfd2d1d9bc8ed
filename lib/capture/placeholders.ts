/**
 * Placeholders of the same shape as what they replace: letters stay letters (with their case),
 * digits stay digits, punctuation stays, and the length is kept, so "Budi Santoso" becomes
 * "Xxxb Xxxxxxc", "@warga_a" "@xxxxd_e"... and an id "987654321098765" "100000000000001". One
 * capture maps the same value to the same placeholder (case-insensitively), so a handle in a
 * link and in a text, or a post id in two links, still match; the values themselves never leave.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** n ≥ 1 written in base 26, right-aligned in `len` letters padded with "x". */
function letterCode(n: number, len: number): string {
  let s = '';
  let k = n;
  while (k > 0 && s.length < len) {
    s = (LETTERS[k % 26] ?? 'x') + s;
    k = Math.floor(k / 26);
  }
  return s.padStart(len, 'x');
}

/** n ≥ 1 in `len` digits: "1" then zeros then n ("100000000000001"); one digit: n mod 9 + 1. */
function digitCode(n: number, len: number): string {
  if (len === 1) return String((n % 9) + 1);
  const tail = String(n).slice(-(len - 1));
  return '1' + tail.padStart(len - 1, '0');
}

/** Known prefixes that say what kind of id follows (Facebook's "pfbid0…"): kept, the rest shaped. */
const KEPT_PREFIXES = ['pfbid0', 'pfbid'];

export class Placeholders {
  private readonly map = new Map<string, string>();
  private next = 1;

  /** The placeholder for `value` (same shape; the same one each time within this capture). */
  of(value: string): string {
    if (value === '') return value;
    const key = value.toLowerCase();
    const known = this.map.get(key);
    if (known !== undefined) return matchCase(value, known);
    const prefix = KEPT_PREFIXES.find((p) => key.startsWith(p) && key.length > p.length + 4) ?? '';
    const n = this.next++;
    const body = key.slice(prefix.length);
    const letters = body.replace(/[^\p{L}]/gu, '').length;
    const digits = body.replace(/[^0-9]/g, '').length;
    const lc = letterCode(n, Math.max(letters, 1));
    const dc = digitCode(n, Math.max(digits, 1));
    let li = 0;
    let di = 0;
    let out = prefix;
    for (const ch of body) {
      if (/\p{L}/u.test(ch)) out += lc[li++] ?? 'x';
      else if (/[0-9]/.test(ch)) out += dc[di++] ?? '0';
      else if (/\p{N}/u.test(ch)) out += '0';
      else out += ch;
    }
    this.map.set(key, out);
    return matchCase(value, out);
  }
}

/** The case pattern of `original` laid over `placeholder` (same length, letters at the same places). */
function matchCase(original: string, placeholder: string): string {
  const o = Array.from(original);
  const p = Array.from(placeholder);
  return p.map((c, i) => (o[i] !== undefined && o[i] !== o[i]?.toLowerCase() ? c.toUpperCase() : c)).join('');
}
