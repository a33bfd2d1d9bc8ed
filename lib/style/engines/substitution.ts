import type { Severity } from '@/lib/schemas/common';
import type { Token } from '../doc';
import { matchCase, meN } from '../morphology';
import { normalizeWord } from '../normalize';
import { matchPhrase, subIndex, type Index, type SubValue } from '../word-index';
import type { CompileContext, Emit, Engine, SubstitutionRule } from './types';

/**
 * Substitution: a listed form has a standard one (slang → baku, English → Indonesian,
 * misspelling → KBBI form). Each finding carries its replacements, in the case of the original.
 */

const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const DI = ['di-', 'di'];
const ME = ['meng-', 'men-', 'mem-', 'me-', 'nge-', 'meng', 'men', 'mem', 'me', 'nge', 'ng'];

interface Hit {
  value: SubValue;
  /** Build the replacement for this form from a suggestion. */
  shape: (suggestion: string) => string;
}

const same = (s: string) => s;

function lookupWord(index: Index<SubValue>, lower: string, written: string): Hit | null {
  const ok = (v: SubValue | undefined): v is SubValue => v !== undefined && (!v.flags.lowerOnly || written === lower);
  const direct = index.single.get(lower);
  if (ok(direct)) return { value: direct, shape: same };
  const norm = normalizeWord(lower);
  if (norm !== lower) {
    const v = index.single.get(norm);
    if (ok(v)) return { value: v, shape: same };
  }
  for (const s of SUFFIXES) {
    if (lower.length - s.length < 2 || !lower.endsWith(s)) continue;
    const stem = lower.slice(0, -s.length).replace(/-$/, '');
    const v = index.single.get(stem);
    if (ok(v) && !v.flags.exact && v.to[0] !== '') return { value: v, shape: (r) => r + s };
  }
  for (const p of DI) {
    if (!lower.startsWith(p)) continue;
    const v = index.single.get(lower.slice(p.length));
    const verb = v?.flags.verb;
    if (v && verb) return { value: v, shape: () => 'di' + verb };
  }
  for (const p of ME) {
    if (!lower.startsWith(p)) continue;
    const v = index.single.get(lower.slice(p.length));
    const verb = v?.flags.verb;
    if (v && verb) return { value: v, shape: () => meN(verb) };
  }
  return null;
}

interface CompiledRule {
  rule: SubstitutionRule;
  index: Index<SubValue>;
}

function emitHit(
  emit: Emit,
  rule: SubstitutionRule,
  ctx: CompileContext,
  start: number,
  end: number,
  written: string,
  hit: Hit,
): void {
  const seen = new Set<string>();
  const replacements: string[] = [];
  for (const raw of hit.value.to) {
    const base = raw === '@panggilan' ? ctx.address : raw;
    const r = base === '' ? '' : matchCase(written, hit.shape(base));
    if (!seen.has(r)) {
      seen.add(r);
      replacements.push(r);
    }
  }
  const severity: Severity | undefined = hit.value.flags.mild ? ctx.mildSeverity : undefined;
  const suggestion = replacements.find((r) => r !== '');
  emit(rule, start, end, rule.message({ found: written, suggestion }), replacements, severity);
}

function checkToken(
  tok: Token,
  compiled: readonly CompiledRule[],
  ctx: CompileContext,
  emit: Emit,
): void {
  for (const { rule, index } of compiled) {
    const hit = lookupWord(index, tok.lower, tok.text);
    if (hit) {
      emitHit(emit, rule, ctx, tok.start, tok.end, tok.text, hit);
      continue;
    }
    // "gak-gak", "online-offline": look at the parts one by one.
    if (!tok.lower.includes('-')) continue;
    let offset = tok.start;
    for (const part of tok.text.split('-')) {
      const lower = part.toLowerCase();
      const partHit = lower.length >= 2 && !ctx.allow.has(lower) ? lookupWord(index, lower, part) : null;
      if (partHit) emitHit(emit, rule, ctx, offset, offset + part.length, part, partHit);
      offset += part.length + 1;
    }
  }
}

export const substitutionEngine: Engine<SubstitutionRule> = {
  compile(rules, ctx) {
    const compiled: CompiledRule[] = rules
      .map((rule) => ({ rule, index: subIndex(rule.entries(ctx)) }))
      .filter((c) => c.index.single.size > 0 || c.index.phrases.size > 0);
    if (compiled.length === 0) return () => {};
    return (doc, emit) => {
      const { tokens, text } = doc;
      // A phrase ("kasih tau", "tuna netra") consumes its tokens for that rule.
      const consumedUntil = new Array<number>(compiled.length).fill(-1);
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        if (!tok || tok.skip || ctx.allow.has(tok.lower)) continue;
        const singles: CompiledRule[] = [];
        compiled.forEach((c, ci) => {
          if (i <= (consumedUntil[ci] ?? -1)) return;
          const phrase = matchPhrase(c.index, tokens, i, tok.lower);
          if (phrase && !ctx.allow.has(phrase.value.from)) {
            const end = tokens[phrase.last]?.end ?? tok.end;
            emitHit(emit, c.rule, ctx, tok.start, end, text.slice(tok.start, end), { value: phrase.value, shape: same });
            consumedUntil[ci] = phrase.last;
          } else {
            singles.push(c);
          }
        });
        if (singles.length > 0) checkToken(tok, singles, ctx, emit);
      }
    };
  },
};
