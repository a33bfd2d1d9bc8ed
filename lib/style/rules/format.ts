import type { CustomRule } from '@/lib/schemas/profile';
import type { Doc } from '../doc';
import type { PatternMatch, PatternRule } from '../engines/types';

const q = (s: string) => `“${s}”`;

function placeholders(doc: Doc): PatternMatch[] {
  return doc.spans
    .filter((s) => s.kind === 'placeholder')
    .map((s) => ({ start: s.start, end: s.end, found: s.text, replacements: [] }));
}

export const templatePlaceholder: PatternRule = {
  id: 'template-placeholder',
  engine: 'pattern',
  description: {
    id: 'Isian templat yang belum diganti ({nama}, {isian:...}) tidak boleh ikut terkirim.',
    en: 'Template fields left unfilled ({nama}, {isian:...}) must not be sent.',
  },
  defaultSeverity: 'error',
  find: placeholders,
  message: (m) => ({ id: `Isian templat ${q(m.found)} belum diganti.`, en: `The template field ${q(m.found)} is not filled in.` }),
  examples: {
    valid: ['Halo Kak Rina, terima kasih atas pertanyaannya.', 'Jam layanan: Senin–Jumat 08.00–16.00 WIB.'],
    invalid: ['Halo {nama}, terima kasih atas pertanyaannya.', 'Layanan buka {isian:jam_layanan|Jam layanan}.'],
  },
};

// EYD: "Rp" is written without a dot or a space before the amount ("Rp5.000").
const CURRENCY_RE = /\bRp(?:\.\s*|\s+)(?=\d)|\bIDR\s?(?=\d)/g;

function currencies(doc: Doc): PatternMatch[] {
  const out: PatternMatch[] = [];
  if (!doc.text.includes('Rp') && !doc.text.includes('IDR')) return out;
  CURRENCY_RE.lastIndex = 0;
  for (let m = CURRENCY_RE.exec(doc.text); m; m = CURRENCY_RE.exec(doc.text)) {
    out.push({ start: m.index, end: m.index + m[0].length, found: m[0].trim(), replacements: ['Rp'] });
  }
  return out;
}

export const currencyFormat: PatternRule = {
  id: 'currency-format',
  engine: 'pattern',
  lang: 'id',
  description: {
    id: 'Penulisan rupiah menurut EYD: Rp5.000, tanpa titik atau spasi setelah Rp.',
    en: 'Rupiah amounts per the EYD spelling rules: Rp5.000, no dot or space after Rp.',
  },
  defaultSeverity: 'info',
  find: currencies,
  message: () => ({ id: 'Tulis “Rp” langsung diikuti angka, mis. Rp5.000.', en: 'Write “Rp” directly before the amount, e.g. Rp5.000.' }),
  examples: {
    valid: ['Biaya penerbitan paspor Rp350.000.', 'Retribusi parkir Rp2.000 per jam.'],
    invalid: ['Biaya penerbitan paspor Rp. 350.000.', 'Retribusi parkir Rp 2.000 per jam.'],
  },
};

// Forms of address are capitalised (EYD): "Anda", "Bapak/Ibu", "Kak".
const FIXED: Record<string, string> = { anda: 'Anda', kak: 'Kak' };
const BAPAK_IBU = /^\/(ibu|Ibu)(?![\p{L}\p{N}])/u;

function addressCapitals(doc: Doc): PatternMatch[] {
  const out: PatternMatch[] = [];
  const { tokens, text } = doc;
  for (const tok of tokens) {
    if (tok.skip) continue;
    const fix = Object.hasOwn(FIXED, tok.text) ? FIXED[tok.text] : undefined;
    if (fix) {
      out.push({ start: tok.start, end: tok.end, found: tok.text, replacements: [fix] });
      continue;
    }
    // "bapak/ibu", "Bapak/ibu", "bapak/Ibu": one of the two is not capitalised.
    if (tok.lower !== 'bapak') continue;
    const m = BAPAK_IBU.exec(text.slice(tok.end, tok.end + 5));
    if (m && (tok.text === 'bapak' || m[1] === 'ibu')) {
      const end = tok.end + 1 + 3;
      out.push({ start: tok.start, end, found: text.slice(tok.start, end), replacements: ['Bapak/Ibu'] });
    }
  }
  return out;
}

export const addressCapital: PatternRule = {
  id: 'address-capital',
  engine: 'pattern',
  lang: 'id',
  description: {
    id: 'Kata sapaan ditulis dengan huruf kapital (EYD): Anda, Bapak/Ibu, Kak.',
    en: 'Forms of address take a capital letter (EYD): Anda, Bapak/Ibu, Kak.',
  },
  defaultSeverity: 'warning',
  find: addressCapitals,
  message: (m) => ({ id: `Kata sapaan ditulis kapital: ${q(m.suggestion ?? m.found)}.`, en: `Forms of address are capitalised: ${q(m.suggestion ?? m.found)}.` }),
  examples: {
    valid: ['Terima kasih, Kak. Data Anda sudah kami perbarui.', 'Mohon Bapak/Ibu membawa KTP-el asli.'],
    invalid: ['Terima kasih kak, data sudah kami perbarui.', 'Data anda sudah kami perbarui.', 'Mohon bapak/ibu membawa KTP-el asli.'],
  },
};

const MAX_CUSTOM_MATCHES = 50;

/**
 * The time custom rules may take (issue 21). JavaScript cannot interrupt a regular expression on
 * the page's thread, where this check runs on every keystroke, so this is a measured budget, not
 * a sandbox (no worker: the check is synchronous, see README). What makes it a bound: a rule
 * never runs over more than CUSTOM_WINDOW characters at once (the draft is scanned in
 * overlapping windows), so one regex call costs at most what a window costs even for a quadratic
 * pattern (~30 ms for the worst the static checks let through), and the clock is read between
 * windows. A rule over CUSTOM_RULE_BUDGET_MS on one check is switched off for the rest of the
 * page's life and named in the panel; once the custom rules of one check took
 * CUSTOM_PROFILE_BUDGET_MS, the rest wait for the next check (also named). Exponential patterns
 * are kept out by the static check alone (redos-detector).
 */
export const CUSTOM_RULE_BUDGET_MS = 25;
export const CUSTOM_PROFILE_BUDGET_MS = 60;

/** Characters one regex call sees; windows overlap by CUSTOM_OVERLAP, so a match up to that long is never cut. */
export const CUSTOM_WINDOW = 1000;
export const CUSTOM_OVERLAP = 200;
const STEP = CUSTOM_WINDOW - CUSTOM_OVERLAP;

/** Rules switched off on this page, by pattern and flags. */
const switchedOff = new Set<string>();
/** Time the custom rules spent on one draft (one check builds one Doc). */
const spentOn = new WeakMap<object, number>();

/** A finding's `found` that is no match but the rule's budget report. */
const OFF = '\u0000off';
const SKIPPED = '\u0000skipped';

/** For tests: forget which rules were switched off. */
export function resetCustomRuleBudgets(): void {
  switchedOff.clear();
}

/** A rule the admin typed: its id is the finding's id (custom.*), its message is theirs. */
export function customRegexRule(rule: CustomRule, clock: () => number = () => performance.now()): PatternRule | null {
  let re: RegExp;
  try {
    re = new RegExp(rule.pattern, rule.flags.replace(/[^imu]/g, '') + 'g');
  } catch {
    return null;
  }
  const key = `${rule.flags}/${rule.pattern}`;
  const report = (found: string): PatternMatch => ({ start: 0, end: 0, found, replacements: [], severity: 'info' });
  return {
    id: rule.id,
    engine: 'pattern',
    description: { id: rule.message, en: rule.message },
    defaultSeverity: rule.severity,
    examples: { valid: [], invalid: [] },
    message: (m) => {
      if (m.found === OFF) {
        return {
          id: `Aturan ${rule.id} (“${rule.message}”) dimatikan di halaman ini: pemeriksaannya lebih dari ${CUSTOM_RULE_BUDGET_MS} ms. Sederhanakan polanya di Opsi.`,
          en: `Rule ${rule.id} (“${rule.message}”) is switched off on this page: checking it took over ${CUSTOM_RULE_BUDGET_MS} ms. Simplify its pattern in Options.`,
        };
      }
      if (m.found === SKIPPED) {
        return {
          id: `Aturan ${rule.id} dilewati kali ini: aturan buatan admin sudah memakai ${CUSTOM_PROFILE_BUDGET_MS} ms.`,
          en: `Rule ${rule.id} was skipped this time: the admin's own rules already took ${CUSTOM_PROFILE_BUDGET_MS} ms.`,
        };
      }
      return { id: rule.message, en: rule.message };
    },
    find(doc) {
      if (switchedOff.has(key)) return [report(OFF)];
      const spent = spentOn.get(doc) ?? 0;
      if (spent >= CUSTOM_PROFILE_BUDGET_MS) return [report(SKIPPED)];
      const out: PatternMatch[] = [];
      const t0 = clock();
      let over = false;
      const text = doc.text;
      // Window k takes the matches starting in [w, w + STEP) (the last one: all from w on); it
      // sees one character before w, so a look-behind or "^" does not take w for the text's start.
      for (let w = 0; w < text.length && out.length < MAX_CUSTOM_MATCHES; w += STEP) {
        if (w > 0 && clock() - t0 > CUSTOM_RULE_BUDGET_MS) {
          over = true;
          break;
        }
        const from = w === 0 ? 0 : w - 1;
        const slice = text.slice(from, w + CUSTOM_WINDOW);
        const last = w + CUSTOM_WINDOW >= text.length;
        re.lastIndex = w - from;
        for (let m = re.exec(slice); m && out.length < MAX_CUSTOM_MATCHES; m = re.exec(slice)) {
          const start = from + m.index;
          if (!last && start >= w + STEP) break;
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const replacements = rule.replacement === undefined ? [] : [rule.replacement];
          out.push({ start, end: start + m[0].length, found: m[0], replacements });
        }
        if (last) break;
      }
      const took = clock() - t0;
      spentOn.set(doc, spent + took);
      if (over || took > CUSTOM_RULE_BUDGET_MS) {
        switchedOff.add(key);
        return [report(OFF)];
      }
      return out;
    },
  };
}

export const customRegex: PatternRule = {
  id: 'custom-regex',
  engine: 'pattern',
  description: {
    id: 'Aturan pola (regex) buatan admin di profil; temuannya memakai id aturan itu sendiri (custom.*).',
    en: 'Pattern (regex) rules the admin adds to the profile; their findings carry the rule’s own id (custom.*).',
  },
  defaultSeverity: 'warning',
  // The registry entry documents the feature; the real rules are built from the profile.
  find: () => [],
  message: (m) => ({ id: m.found, en: m.found }),
  exampleProfile: {
    customRules: [
      {
        id: 'custom.sebut-merek',
        pattern: '\\b(?:aqua|indomie)\\b',
        flags: 'i',
        message: 'Jangan menyebut merek dagang.',
        severity: 'warning',
      },
    ],
  },
  examples: {
    valid: ['Sediakan air minum dalam kemasan untuk peserta.'],
    invalid: ['Sediakan Aqua untuk peserta.'],
  },
};

export const FORMAT_RULES = [templatePlaceholder, currencyFormat, addressCapital, customRegex] as const;
