/**
 * Redacting one piece of text (a text node or a label): the sites' own UI words and numbers with
 * their units stay as written, every other word becomes a placeholder of the same shape.
 *   "Komentar dari Budi Santoso 5 menit yang lalu" → "Komentar dari Xxxb Xxxxxxc 5 menit yang lalu"
 *   "1,2 rb" and "23 komentar" stay; "NIK 3201234567890001", "0812-3456-7890" do not.
 */
import type { Placeholders } from './placeholders';
import { UI_WORDS } from './ui-words';

// @handles (dots inside, as in Instagram's "@siti.rahma": one placeholder, the same as in links),
// words (letters, with inner apostrophes), identifiers (letters, digits, underscores, as in
// handles and ids), numeric runs (digit groups joined by . , : / - or a space: "1,2", "15.15",
// "0812 3456 7890" is one run), and everything else one character at a time.
const TOKEN = /(@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)|(\p{L}[\p{L}\p{M}’']*)(?![\p{L}\p{M}\p{N}_’'])|([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*|[\p{N}_]*_[\p{L}\p{N}_]*)|(\d+(?:[.,:/-]\d+|\s\d{3,4}(?!\d))*)|([\s\S])/gu;

/** Most digits a kept number may have: counts up to 999,999,999; a NIK has 16, a phone 10-13. */
const MAX_KEPT_DIGITS = 9;

interface Tok {
  kind: 'handle' | 'word' | 'ident' | 'number' | 'other';
  text: string;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push({ kind: 'handle', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'word', text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: 'ident', text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'number', text: m[4] });
    else out.push({ kind: 'other', text: m[5] ?? '' });
  }
  return out;
}

const isUiWord = (t: Tok | undefined) => t !== undefined && t.kind === 'word' && UI_WORDS.has(t.text.toLowerCase());

/** A number that could be a count, a time or a date part, never a NIK, phone or account number. */
function countLike(n: string): boolean {
  const digits = n.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > MAX_KEPT_DIGITS) return false;
  // "0812…", "021 …": leading zeros are phone numbers and codes; "0", "0,5" are counts
  if (/^0\d{2}/.test(digits) && !/^0[.,]/.test(n)) return false;
  // groups joined by spaces or hyphens are how phone numbers and NIKs are written
  return !/\s|-/.test(n);
}

/** A count-like number with a unit written on: "12K", "2h", "3d", "5j". */
function unitNumber(text: string): boolean {
  const m = /^(\d+)(\p{L}+)$/u.exec(text);
  return m?.[1] !== undefined && m[2] !== undefined && UI_WORDS.has(m[2].toLowerCase()) && countLike(m[1]);
}

/** The token after i, skipping one space: "5 menit" → "menit". */
function nextWord(list: readonly Tok[], i: number): Tok | undefined {
  const a = list[i + 1];
  if (a?.kind === 'other' && /\s/.test(a.text)) return list[i + 2];
  return a;
}

export function redactText(text: string, ph: Placeholders): string {
  if (text.trim() === '') return text;
  const list = tokens(text);
  // a text of UI words, numbers and punctuation only ("1,2 rb", "Kemarin pukul 15.15", "23") is the
  // site's own chrome: its count-like numbers stay even without a unit after them
  const chrome = list.every((t) => t.kind === 'other' || isUiWord(t) || (t.kind === 'number' && countLike(t.text)) || (t.kind === 'ident' && unitNumber(t.text)));
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (!t) continue;
    switch (t.kind) {
      case 'other':
        out += t.text;
        break;
      case 'handle':
        out += '@' + ph.of(t.text.slice(1));
        break;
      case 'word':
        out += isUiWord(t) ? t.text : ph.of(t.text);
        break;
      case 'ident': {
        // a number with its unit written on: "12K", "5.9K" (the digits part), "2h", "3d", "5j"
        out += unitNumber(t.text) ? t.text : ph.of(t.text);
        break;
      }
      case 'number':
        out += countLike(t.text) && (chrome || isUiWord(nextWord(list, i))) ? t.text : ph.of(t.text);
        break;
    }
  }
  return out;
}
