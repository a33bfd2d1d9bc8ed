import type { Doc, Span } from '../doc';
import { GREETINGS } from '../lexicon/persona';
import { isOfficialHost, splitUrl } from '../links';
import type { CompileContext, ConditionalSpec, Emit, Engine, RequiredRule } from './types';

/**
 * Required and conditional parts: a greeting and a sign-off when the profile asks for them; a
 * hoax clarification must link to an official source; a complaint or an information request
 * must name its channel.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function wordsRe(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(w.toLowerCase()).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Trigger words by their first word, so a reply is scanned once through its tokens. */
interface WordTable {
  first: Map<string, string[][]>;
}

function wordTable(words: readonly string[]): WordTable {
  const first = new Map<string, string[][]>();
  for (const w of words) {
    const parts = w.toLowerCase().split(/\s+/);
    const head = parts[0];
    if (!head) continue;
    first.set(head, [...(first.get(head) ?? []), parts]);
  }
  return { first };
}

function findWords(doc: Doc, table: WordTable): { start: number; end: number } | null {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.skip) continue;
    for (const parts of table.first.get(tok.lower) ?? []) {
      let j = i;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) {
        const next = tokens[j + 1];
        ok = tokens[j]?.joinedToNext === true && next?.lower === parts[k];
        j++;
      }
      if (ok) return { start: tok.start, end: tokens[j]?.end ?? tok.end };
    }
  }
  return null;
}

const INITIALS = /\\\{(?:inisial|initials)\\\}/g;
const TRAILER = String.raw`(?:[\s.!]|\p{Extended_Pictographic}|\uFE0F|\u200D|#[\p{L}\p{N}_]+)*$`;

/** "-Admin" also accepts "- Admin" and "—Admin"; "{inisial}" is two to four letters. */
function signOffRe(signOff: string): RegExp | null {
  const s = signOff.trim();
  if (!s) return null;
  let body = escapeRe(s).replace(INITIALS, '\\p{L}{2,4}');
  body = body.replace(/^\\?[-–—~]/, '[-–—~]\\s*').replace(/^\\\^/, '\\^\\s*');
  return new RegExp(`(?:^|[\\s(.,!?])${body}${TRAILER}`, 'iu');
}

function greetingText(ctx: CompileContext): string {
  switch (ctx.profile.addressForm) {
    case 'anda':
      return 'Halo, ';
    case 'bapak-ibu':
      return 'Yth. Bapak/Ibu, ';
    default:
      return `Halo ${ctx.address}, `;
  }
}

/** The first word that is not an @mention (X replies may start with the handles). */
function firstContentToken(doc: Doc) {
  const mentions = doc.spans.filter((s) => s.kind === 'mention');
  return doc.tokens.find((t) => !mentions.some((s) => t.start >= s.start && t.start < s.end));
}

function runGreeting(rule: RequiredRule, doc: Doc, ctx: CompileContext, re: RegExp, emit: Emit): void {
  const first = firstContentToken(doc);
  if (!first) return;
  // The greeting belongs in the first sentence (a name or "Baik Kak," may come before it).
  const head = doc.text.slice(first.start, first.start + 160);
  const stop = head.search(/[.!?\n]/);
  const firstSentence = stop < 0 ? head : head.slice(0, stop + 1);
  if (re.test(firstSentence)) return;
  const greeting = greetingText(ctx);
  emit(rule, first.start, first.end, rule.message({ found: first.text, suggestion: greeting.trim() }), [greeting + first.text]);
}

function runSignOff(rule: RequiredRule, doc: Doc, ctx: CompileContext, re: RegExp, emit: Emit): void {
  const tail = doc.text.slice(-240);
  if (re.test(tail)) return;
  const trimmedEnd = doc.text.trimEnd().length;
  if (trimmedEnd === 0) return;
  let start = trimmedEnd;
  while (start > 0 && !/\s/.test(doc.text.charAt(start - 1))) start--;
  const lastChunk = doc.text.slice(start, trimmedEnd);
  const signOff = ctx.profile.signOff.trim();
  const literal = !/\{(?:inisial|initials)\}/.test(signOff);
  emit(
    rule,
    start,
    trimmedEnd,
    rule.message({ found: lastChunk, suggestion: signOff }),
    literal ? [`${lastChunk} ${signOff}`] : [],
  );
}

interface Trigger {
  start: number;
  end: number;
  found: string;
  /** Found by words only (no label, no category): reported one step milder. */
  weak: boolean;
}

function findTrigger(doc: Doc, spec: ConditionalSpec, table: WordTable): Trigger | null {
  for (const s of doc.spans) {
    if (s.kind === 'label' && spec.labels.includes(s.text.slice(1, -1).trim().toUpperCase())) {
      return { start: s.start, end: s.end, found: s.text, weak: false };
    }
  }
  const byCategory = doc.category !== undefined && spec.categories.includes(doc.category);
  const m = findWords(doc, table);
  if (m) return { start: m.start, end: m.end, found: doc.text.slice(m.start, m.end), weak: !byCategory };
  if (byCategory) {
    const first = doc.tokens[0];
    return first ? { start: first.start, end: first.end, found: first.text, weak: false } : null;
  }
  return null;
}

function channelPresent(doc: Doc, channel: string, urls: readonly Span[]): boolean {
  const c = channel.trim().toLowerCase();
  if (!c) return false;
  if (doc.text.toLowerCase().includes(c)) return true;
  const { host } = splitUrl(c);
  return host.includes('.') && urls.some((u) => u.host === host);
}

function satisfied(doc: Doc, spec: ConditionalSpec, ctx: CompileContext): boolean {
  const urls = doc.spans.filter((s) => s.kind === 'url');
  const official = (s: Span) => isOfficialHost(s.host ?? '', s.kind === 'email' ? '' : (s.path ?? ''), ctx.profile.officialDomains);
  if (spec.officialLink && urls.some(official)) return true;
  if (spec.mentions.length > 0) {
    if (spec.mentions.some((re) => re.test(doc.text))) return true;
    // An e-mail address at an official domain is a channel too.
    if (doc.spans.some((s) => s.kind === 'email' && official(s))) return true;
    if (urls.some(official)) return true;
  }
  return spec.profileChannel !== undefined && channelPresent(doc, ctx.profile.channels[spec.profileChannel], urls);
}

export const requiredEngine: Engine<RequiredRule> = {
  compile(rules, ctx) {
    const runners: ((doc: Doc, emit: Emit) => void)[] = [];
    for (const rule of rules) {
      if (rule.kind === 'greeting') {
        if (!ctx.profile.greetingRequired) continue;
        const re = wordsRe([...GREETINGS, ...(ctx.profile.greetings ?? [])]);
        if (re) runners.push((doc, emit) => runGreeting(rule, doc, ctx, re, emit));
      } else if (rule.kind === 'sign-off') {
        const re = signOffRe(ctx.profile.signOff);
        if (re) runners.push((doc, emit) => runSignOff(rule, doc, ctx, re, emit));
      } else if (rule.conditional) {
        const spec = rule.conditional;
        const table = wordTable(spec.words);
        runners.push((doc, emit) => {
          const trigger = findTrigger(doc, spec, table);
          if (!trigger || satisfied(doc, spec, ctx)) return;
          if (trigger.weak && spec.replyCue && !spec.replyCue.test(doc.text) && !spec.claim?.test(doc.text)) return;
          const severity = trigger.weak && rule.defaultSeverity === 'error' ? 'warning' : undefined;
          emit(rule, trigger.start, trigger.end, rule.message({ found: trigger.found }), [], severity);
        });
      }
    }
    return (doc, emit) => {
      if (doc.tokens.length === 0) return;
      for (const run of runners) run(doc, emit);
    };
  },
};
