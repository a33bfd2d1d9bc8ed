/**
 * Cleans a display name read from the page before it goes into a reply as `{nama}`.
 * Display names are decorated ("𝓑𝓾𝓭𝓲 ✨", "🇮🇩 Budi 🇮🇩", "~Budi~"), may carry invisible
 * characters (zero-width, bidi overrides that flip the text around them) and can be very long.
 * Returns null when nothing name-like is left, so the caller uses the persona's fallback.
 */

/** Longest name put into a reply, in user-perceived characters. */
export const MAX_NAME_LENGTH = 40;

// Keycap sequences ("1️⃣") would otherwise leave their digit behind.
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/gu;
// Emoji and other pictographs, flags (regional indicators), skin tones and other symbols
// (★ ♡ ✿): they separate words, so they become spaces.
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\p{So}\p{Cc}]|[\u{1F3FB}-\u{1F3FF}]/gu;
// Invisible characters: format characters (zero-width, bidi overrides that flip the text around
// them, BOM, tag characters), variation selectors, and the blank-looking fillers used to fake an
// empty name. They sit inside words, so they are removed.
const INVISIBLE = /[\p{Cf}\p{Cs}\uFE00-\uFE0F\u20E3\u034F\u115F\u1160\u3164\uFFA0\u2800]/gu;
// More than two combining marks on one letter is "Zalgo" text, not a spelling.
const MARK_PILE = /(\p{M}{2})\p{M}+/gu;
const SPACES = /[\s\p{Zs}]+/gu;
// Decoration around a name ("~Budi~", "**Budi**", "@budi", "Budi!!!"). A final "." is kept
// (an initial: "Budi S."), and ")" when it closes something.
const LEADING_JUNK = /^[\s~*_=+|•·.,:;!?'"`^#@-]+/u;
const TRAILING_JUNK = /[\s~*_=+|•·,:;!?'"`^#@-]+$/u;
const ELLIPSIS = /\.{2,}$/u;
// Contact details a display name may carry ("CS Bank BRI wa.me/62…", "Toko 0812-3456-7890",
// "Siti info@toko.com"): put into an agency's reply they would advertise a stranger's (often a
// scammer's) channel under the agency's name (issue 21). Links with a scheme or "www.", bare
// links on the suffixes such names use, e-mail addresses, and runs of 8 or more digits (phone
// numbers, with + ( ) . - or spaces between). Each is replaced by a marker first, so a label
// just before it ("WA", "Telp:", "Hub") goes with it.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const SCHEME_LINK = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/giu;
const BARE_LINK = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:me|com|id|ly|co|net|org|link|gl|gle|io|info|xyz|site|online|to|cc|gd|app|page|shop|store|biz)\b(?:\/\S*)?/giu;
const PHONE_LIKE = /\+?\d[\d\s().-]{6,}\d/gu;
const CONTACT_MARK = '\uE000'; // private use; one already in a name just becomes a space
const CONTACT_LABEL = /(?:\b(?:wa|whatsapp|telp|tlp|tel|hp|cp|hubungi|hub|kontak|call|sms|email|e-mail|surel|line|ig)\b[\s:.=-]*)?\uE000/giu;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/gu;

/** The name without links, e-mail addresses and phone numbers (and their labels). */
function withoutContacts(name: string): string {
  const marked = name
    .replace(EMAIL, CONTACT_MARK)
    .replace(SCHEME_LINK, CONTACT_MARK)
    .replace(BARE_LINK, CONTACT_MARK)
    .replace(PHONE_LIKE, (m) => ((m.match(/\d/gu)?.length ?? 0) >= 8 ? CONTACT_MARK : m));
  if (!marked.includes(CONTACT_MARK)) return name;
  return marked.replace(CONTACT_LABEL, ' ').replace(EMPTY_BRACKETS, ' ');
}

// Display names are short; anything longer than this is not a name and is cut before the regexes.
const MAX_INPUT = 500;

const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });

export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name: string = raw
    .slice(0, MAX_INPUT)
    .normalize('NFKC')
    .replace(KEYCAP, ' ')
    .replace(INVISIBLE, '');
  name = withoutContacts(name)
    .replace(PICTOGRAPHS, ' ')
    .replace(MARK_PILE, '$1')
    .replace(SPACES, ' ');
  name = trimJunk(name);
  if (!/\p{L}/u.test(name)) return null;
  return trimJunk(capLength(name));
}

function trimJunk(name: string): string {
  let out = name.trim().replace(LEADING_JUNK, '');
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(TRAILING_JUNK, '').replace(ELLIPSIS, '');
  }
  // A closing bracket stays only when it closes something ("Budi (Humas)").
  if (out.endsWith(')') && !out.includes('(')) out = out.replace(/\)+$/u, '');
  return out.trim();
}

/** Cuts a long name at a word boundary when there is one in the second half, else hard. */
function capLength(name: string): string {
  const parts = Array.from(graphemes.segment(name), (s) => s.segment);
  if (parts.length <= MAX_NAME_LENGTH) return name;
  const head = parts.slice(0, MAX_NAME_LENGTH + 1);
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace >= MAX_NAME_LENGTH / 2 ? lastSpace : MAX_NAME_LENGTH;
  return parts.slice(0, cut).join('');
}

/** The part of a reply target that names the person. */
export interface NamedTarget {
  authorName?: string;
  authorHandle?: string;
}

/**
 * The name `{nama}` may use: the display name the site shows, never the account handle. On
 * Instagram a comment shows only the handle (the author link's text is "sitirahma.", see
 * ../shared/fixtures/real/EVIDENCE.md), so the "name" read there is the handle again: that is
 * no name, and the persona's polite fallback ("Kak", "Bapak/Ibu") is used instead. The one place
 * where the page's name becomes a reply's name (cleaned afterwards by cleanName).
 */
export function displayNameOf(target: NamedTarget | null | undefined): string | null {
  const name = target?.authorName?.trim();
  if (!name) return null;
  const handle = target?.authorHandle?.trim().replace(/^@/u, '').toLowerCase();
  const asHandle = name.replace(/^@/u, '').toLowerCase();
  if (handle && asHandle === handle) return null;
  // "@budi" or a one-word "budi_santoso", "siti.rahma", "warga123": written like a handle.
  if (name.startsWith('@') || /^[\p{Ll}\p{N}._]+$/u.test(name) && /[._\p{N}]/u.test(name)) return null;
  return name;
}
