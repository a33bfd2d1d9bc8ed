import type { CustomRule } from '@/lib/schemas/profile';
import type { Doc } from '../doc';
import { compileCustomRule, matchCustomRule } from '../custom-match';
import type { PatternMatch, PatternRule } from '../engines/types';
import type { Msg } from '../types';

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

/**
 * The time custom rules may take where they run synchronously: the options page's test box (an
 * extension page, not a site's). On a site's page they do not run here at all: the content
 * script asks the background, which runs them in a worker it can terminate (lib/sandbox/,
 * issue 21 item 3). Here JavaScript cannot interrupt a regular expression, so this is a measured
 * budget: a rule never runs over more than CUSTOM_WINDOW characters at once (custom-match.ts),
 * the clock is read between windows, a rule over CUSTOM_RULE_BUDGET_MS on one check is switched
 * off for the rest of the page's life and named, and once the custom rules of one check took
 * CUSTOM_PROFILE_BUDGET_MS the rest wait for the next check.
 */
export const CUSTOM_RULE_BUDGET_MS = 25;
export const CUSTOM_PROFILE_BUDGET_MS = 60;

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

/** The panel's words for a rule switched off for the session / skipped on this check. */
export function customRuleOffMessage(rule: Pick<CustomRule, 'id' | 'message'>, budgetMs: number, scope: 'page' | 'session'): Msg {
  const where = scope === 'page' ? { id: 'di halaman ini', en: 'on this page' } : { id: 'untuk sesi ini', en: 'for this session' };
  return {
    id: `Aturan ${rule.id} (“${rule.message}”) dimatikan ${where.id}: pemeriksaannya lebih dari ${budgetMs} ms. Sederhanakan polanya di Opsi.`,
    en: `Rule ${rule.id} (“${rule.message}”) is switched off ${where.en}: checking it took over ${budgetMs} ms. Simplify its pattern in Options.`,
  };
}

export function customRuleSkippedMessage(rule: Pick<CustomRule, 'id'>, budgetMs: number): Msg {
  return {
    id: `Aturan ${rule.id} dilewati kali ini: aturan buatan admin sudah memakai ${budgetMs} ms.`,
    en: `Rule ${rule.id} was skipped this time: the admin's own rules already took ${budgetMs} ms.`,
  };
}

/** A rule the admin typed: its id is the finding's id (custom.*), its message is theirs. */
export function customRegexRule(rule: CustomRule, clock: () => number = () => performance.now()): PatternRule | null {
  const re = compileCustomRule(rule);
  if (!re) return null;
  const key = `${rule.flags}/${rule.pattern}`;
  const report = (found: string): PatternMatch => ({ start: 0, end: 0, found, replacements: [], severity: 'info' });
  return {
    id: rule.id,
    engine: 'pattern',
    description: { id: rule.message, en: rule.message },
    defaultSeverity: rule.severity,
    examples: { valid: [], invalid: [] },
    message: (m) => {
      if (m.found === OFF) return customRuleOffMessage(rule, CUSTOM_RULE_BUDGET_MS, 'page');
      if (m.found === SKIPPED) return customRuleSkippedMessage(rule, CUSTOM_PROFILE_BUDGET_MS);
      return { id: rule.message, en: rule.message };
    },
    find(doc) {
      if (switchedOff.has(key)) return [report(OFF)];
      const spent = spentOn.get(doc) ?? 0;
      if (spent >= CUSTOM_PROFILE_BUDGET_MS) return [report(SKIPPED)];
      const t0 = clock();
      let over = false;
      const matches = matchCustomRule(re, doc.text, () => {
        over = clock() - t0 > CUSTOM_RULE_BUDGET_MS;
        return !over;
      });
      const took = clock() - t0;
      spentOn.set(doc, spent + took);
      if (over || took > CUSTOM_RULE_BUDGET_MS) {
        switchedOff.add(key);
        return [report(OFF)];
      }
      const replacements = rule.replacement === undefined ? [] : [rule.replacement];
      return matches.map((m) => ({ ...m, replacements }));
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
