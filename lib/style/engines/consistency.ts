import type { Token } from '../doc';
import { matchCase } from '../morphology';
import { FRIENDLY_YOU, LITERARY_YOU, STREET_YOU } from '../lexicon/persona';
import type { CompileContext, ConsistencyRule, Emit, Engine } from './types';

/**
 * Consistency: the persona's form of address. "lo/lu/gue"-register pronouns never fit; "kamu"
 * fits only a "Sobat" or custom persona; and one reply should not switch between "Anda" and
 * "kamu" (or "Kak" and "Anda").
 */

const STREET: ReadonlySet<string> = new Set(STREET_YOU);
const FRIENDLY: ReadonlySet<string> = new Set(FRIENDLY_YOU);
const LITERARY: ReadonlySet<string> = new Set(LITERARY_YOU);
const CAPS = /^\p{Lu}{2,}$/u;

function suggestions(ctx: CompileContext): string[] {
  switch (ctx.profile.addressForm) {
    case 'anda':
      return ['Anda'];
    case 'bapak-ibu':
      return ['Bapak/Ibu', 'Anda'];
    case 'kak':
      return ['Kakak', 'Kak'];
    case 'sobat':
      return ['kamu', 'Sobat'];
    case 'custom':
      return ctx.profile.customAddress ? [ctx.profile.customAddress, 'kamu'] : ['kamu'];
  }
}

const kamuFits = (ctx: CompileContext) => ctx.profile.addressForm === 'sobat' || ctx.profile.addressForm === 'custom';

function runAddressForm(rule: ConsistencyRule, tokens: readonly Token[], ctx: CompileContext, emit: Emit): void {
  const replacements = suggestions(ctx);
  const flagKamu = !kamuFits(ctx);
  tokens.forEach((tok, i) => {
    if (tok.skip || ctx.allow.has(tok.lower)) return;
    // "3°35′ LU" is latitude: a capitalised pair of letters among lower-case words is an acronym.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (CAPS.test(tok.text) && !(prev && CAPS.test(prev.text)) && !(next && CAPS.test(next.text))) return;
    const literary = LITERARY.has(tok.lower);
    if (STREET.has(tok.lower) || literary || (flagKamu && FRIENDLY.has(tok.lower))) {
      const fixes = replacements.map((r) => matchCase(tok.text, r));
      emit(rule, tok.start, tok.end, rule.message({ found: tok.text, suggestion: fixes[0], note: ctx.address }), fixes, literary ? 'info' : undefined);
    }
  });
}

function runMixed(rule: ConsistencyRule, tokens: readonly Token[], ctx: CompileContext, emit: Emit): void {
  const anda: Token[] = [];
  const kamu: Token[] = [];
  let kak = 0;
  for (const tok of tokens) {
    if (tok.skip) continue;
    if (tok.lower === 'anda') anda.push(tok);
    else if (FRIENDLY.has(tok.lower)) kamu.push(tok);
    else if (tok.lower === 'kak' || tok.lower === 'kakak') kak++;
  }
  let flagged: Token[] = [];
  let other = '';
  if (ctx.profile.addressForm === 'kak' && kak > 0 && anda.length > 0) {
    flagged = anda;
    other = 'Kakak';
  } else if (kamuFits(ctx) && anda.length > 0 && kamu.length > 0) {
    // A "Sobat" persona speaks "kamu"; a custom one keeps whichever the reply uses most.
    const keepKamu = ctx.profile.addressForm === 'sobat' || kamu.length >= anda.length;
    flagged = keepKamu ? anda : kamu;
    other = keepKamu ? 'kamu' : 'Anda';
  }
  for (const tok of flagged) {
    // "Anda" is capitalised anywhere, so its case says nothing: follow the sentence position.
    const fix = tok.sentenceStart ? other.charAt(0).toUpperCase() + other.slice(1) : other;
    emit(rule, tok.start, tok.end, rule.message({ found: tok.text, suggestion: fix }), [fix]);
  }
}

export const consistencyEngine: Engine<ConsistencyRule> = {
  compile(rules, ctx) {
    return (doc, emit) => {
      for (const rule of rules) {
        if (rule.kind === 'address-form') runAddressForm(rule, doc.tokens, ctx, emit);
        else runMixed(rule, doc.tokens, ctx, emit);
      }
    };
  },
};
