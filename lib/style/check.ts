import type { SopProfile } from '@/lib/schemas/profile';
import { wordTableInstalled } from './dictionary/dawg';
import { buildDoc } from './doc';
import { consistencyEngine } from './engines/consistency';
import { existenceEngine } from './engines/existence';
import { lengthEngine } from './engines/length';
import { linkEngine } from './engines/link';
import { occurrenceEngine } from './engines/occurrence';
import { patternEngine } from './engines/pattern';
import { requiredEngine } from './engines/required';
import { substitutionEngine } from './engines/substitution';
import type { AnyRule, CompileContext, Emit, Engine, PatternRule, Runner } from './engines/types';
import { customRegexRule } from './rules/format';
import { ALL_RULES } from './rules/index';
import type { CheckOptions, Finding } from './types';

const ADDRESS: Record<SopProfile['addressForm'], string> = {
  anda: 'Anda',
  'bapak-ibu': 'Bapak/Ibu',
  kak: 'Kak',
  sobat: 'Sobat',
  custom: 'Anda',
};

function lowerWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const lower = t.trim().toLowerCase();
    if (!lower) continue;
    out.add(lower);
    for (const w of lower.split(/[^\p{L}\p{N}]+/u)) if (w) out.add(w);
  }
  return out;
}

function contextFor(profile: SopProfile, opts: CheckOptions): CompileContext {
  return {
    profile,
    platform: opts.platform,
    now: opts.now,
    allow: new Set(profile.allowWords.map((w) => w.trim().toLowerCase())),
    ownNames: lowerWords([profile.agencyName, profile.personaName, profile.signOff, ...Object.values(profile.channels)]),
    address: profile.addressForm === 'custom' && profile.customAddress ? profile.customAddress : ADDRESS[profile.addressForm],
    mildSeverity: profile.register === 'semi-formal' ? 'info' : undefined,
  };
}

function compileGroup<R extends AnyRule>(engine: Engine<R>, rules: readonly R[], ctx: CompileContext): Runner | null {
  if (engine.needsWordList && !wordTableInstalled()) return null;
  return rules.length > 0 ? engine.compile(rules, ctx) : null;
}

/** Turn a profile into the runners of every engine, with disabled rules left out. */
function compile(profile: SopProfile, opts: CheckOptions): Runner[] {
  const ctx = contextFor(profile, opts);
  const english = opts.lang === 'en';
  const active = ALL_RULES.filter((r) => profile.rules[r.id]?.enabled !== false && !(english && r.lang === 'id'));
  const of = <E extends AnyRule['engine']>(engine: E) => active.filter((r): r is Extract<AnyRule, { engine: E }> => r.engine === engine);
  const custom: PatternRule[] = [];
  for (const c of opts.customRules === false ? [] : profile.customRules) {
    const rule = profile.rules[c.id]?.enabled === false ? null : customRegexRule(c);
    if (rule) custom.push(rule);
  }
  const runners = [
    compileGroup(patternEngine, [...of('pattern'), ...custom], ctx),
    compileGroup(existenceEngine, of('existence'), ctx),
    compileGroup(substitutionEngine, of('substitution'), ctx),
    compileGroup(consistencyEngine, of('consistency'), ctx),
    compileGroup(linkEngine, of('link'), ctx),
    compileGroup(requiredEngine, of('required'), ctx),
    compileGroup(occurrenceEngine, of('occurrence'), ctx),
    compileGroup(lengthEngine, of('length'), ctx),
  ];
  return runners.filter((r): r is Runner => r !== null);
}

// A profile compiles once per (platform, language, set of active rule packs): typing in the
// same box reuses it. Keyed by the profile object, so an edited profile (a new object) recompiles.
const cache = new WeakMap<SopProfile, Map<string, Runner[]>>();

function compiled(profile: SopProfile, opts: CheckOptions): Runner[] {
  const packs = profile.rulePacks
    .filter((p) => p.from <= opts.now && opts.now <= p.to)
    .map((p) => p.id)
    .join(',');
  const key = `${opts.platform}|${opts.lang ?? 'id'}|${packs}|${opts.customRules === false ? 'no-custom' : 'custom'}|${wordTableInstalled() ? 'words' : 'no-words'}`;
  let byKey = cache.get(profile);
  if (!byKey) {
    byKey = new Map();
    cache.set(profile, byKey);
  }
  let runners = byKey.get(key);
  if (!runners) {
    runners = compile(profile, opts);
    byKey.set(key, runners);
  }
  return runners;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The order findings are listed in: by position, then severity, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

/**
 * The check itself. `strict` lets tests see an engine's exception; the public checkText never
 * throws into the page, it drops the failing engine's findings instead.
 */
export function runCheck(text: string, profile: SopProfile, opts: CheckOptions, strict: boolean): Finding[] {
  if (typeof text !== 'string' || text.trim().length === 0) return [];
  const runners = compiled(profile, opts);
  const doc = buildDoc(text, opts.context?.category);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const emit: Emit = (rule, start, end, message, replacements, severity) => {
    const setting = profile.rules[rule.id];
    if (setting?.enabled === false) return;
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    const key = `${rule.id}:${s}:${e}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      ruleId: rule.id,
      severity: setting?.severity ?? severity ?? rule.defaultSeverity,
      start: s,
      end: e,
      message,
      replacements,
    });
  };
  for (const run of runners) {
    if (strict) {
      run(doc, emit);
      continue;
    }
    try {
      run(doc, emit);
    } catch {
      // One broken engine must not take the others (or the page) down with it.
    }
  }
  return findings.sort(compareFindings);
}
