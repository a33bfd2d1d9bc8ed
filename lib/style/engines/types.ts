import type { PlatformId, Severity } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Doc } from '../doc';
import type { SubEntry, WordEntry } from '../lexicon/types';
import type { Msg, RuleDoc } from '../types';

/** What a message is built from. */
export interface MatchInfo {
  /** The text that was found (or, for a missing part, what is missing). */
  found: string;
  /** The first suggestion, when there is one. */
  suggestion?: string;
  /** A number the message shows: a count, a length. */
  count?: number;
  limit?: number;
  /** Free text the rule adds, e.g. a rule pack's own note. */
  note?: string;
}

/** Who a finding belongs to: a registry rule, or a rule made from the profile (custom.*). */
export interface RuleRef {
  id: string;
  defaultSeverity: Severity;
}

export type Emit = (
  rule: RuleRef,
  start: number,
  end: number,
  message: Msg,
  replacements: string[],
  severity?: Severity,
) => void;

export type Runner = (doc: Doc, emit: Emit) => void;

/** Everything compiled from one profile that several engines share. */
export interface CompileContext {
  profile: SopProfile;
  platform: PlatformId;
  now: number;
  /** Lower-case words the agency legitimately uses: never flagged by word rules. */
  allow: ReadonlySet<string>;
  /** Lower-case words of the agency's own names (agency, persona, sign-off, channels). */
  ownNames: ReadonlySet<string>;
  /** The persona's form of address as written ("Anda", "Bapak/Ibu", "Kak", "Sobat", custom). */
  address: string;
  /** Severity for entries marked mild: info in a semi-formal register. */
  mildSeverity: Severity | undefined;
}

export interface RuleBase extends RuleDoc {
  message: (m: MatchInfo) => Msg;
  /** 'id': an Indonesian word rule, skipped for English drafts. */
  lang?: 'id' | 'any';
  /** Profile changes the registry examples need (e.g. a required sign-off). */
  exampleProfile?: Partial<SopProfile>;
  exampleCategory?: string;
  examplePlatform?: PlatformId;
}

/** A word list with its own severity (rule packs carry one). */
export interface WordList {
  entries: readonly WordEntry[];
  severity?: Severity;
  note?: string;
}

export interface ExistenceRule extends RuleBase {
  engine: 'existence';
  lists: (ctx: CompileContext) => readonly WordList[];
}

export interface SubstitutionRule extends RuleBase {
  engine: 'substitution';
  entries: (ctx: CompileContext) => readonly SubEntry[];
  /** A capitalised word right after an acronym is a name ("DJP Online"): leave it alone. */
  keepInNames?: boolean;
  /** Capitalised words inside a sentence ("I Gede") and short acronyms ("GA 404") are names. */
  skipNames?: boolean;
  /** A term in brackets right after a word is its gloss ("daring (online)"): leave it. */
  keepGlosses?: boolean;
  /** Non-words that the colloquial rules (lib/style/colloquial.ts) normalise are reported here. */
  colloquial?: boolean;
}

export interface PatternMatch {
  start: number;
  end: number;
  found: string;
  replacements: string[];
  /** Overrides the rule's severity for this match (a custom rule's budget report is 'info'). */
  severity?: Severity;
}

export interface PatternRule extends RuleBase {
  engine: 'pattern';
  /** Finds matches; the special cases (a NIK's region code, an official e-mail) live here. */
  find: (doc: Doc, ctx: CompileContext) => Iterable<PatternMatch>;
}

export type OccurrenceKind = 'repeated-punctuation' | 'emoji' | 'hashtag' | 'all-caps' | 'repeated-word';

export interface OccurrenceRule extends RuleBase {
  engine: 'occurrence';
  kind: OccurrenceKind;
}

export interface LinkRule extends RuleBase {
  engine: 'link';
  kind: 'shortener' | 'unofficial';
}

/** When a reply is of a kind (hoax clarification, complaint), it must contain something. */
export interface ConditionalSpec {
  /** [LABELS] (upper case, without brackets) that mark the reply's kind. */
  labels: readonly string[];
  /** Lower-case words or phrases that mark it. */
  words: readonly string[];
  /** Template categories that mark it. */
  categories: readonly string[];
  /** Satisfied by a link to an official domain. */
  officialLink: boolean;
  /** Satisfied by any of these (case-insensitive regular expressions). */
  mentions: readonly RegExp[];
  /**
   * Found by words only, the reply must also read as an answer to someone (a form of address, the
   * agency's "kami", thanks or an apology) or match `claim` ("itu hoaks"); a news or encyclopedia
   * sentence about complaints or hoaxes in general is neither.
   */
  replyCue?: RegExp;
  claim?: RegExp;
  /** Satisfied by the profile's own channel text. */
  profileChannel?: 'complaint' | 'ppid';
}

export interface RequiredRule extends RuleBase {
  engine: 'required';
  kind: 'greeting' | 'sign-off' | 'conditional';
  conditional?: ConditionalSpec;
}

export interface ConsistencyRule extends RuleBase {
  engine: 'consistency';
  kind: 'address-form' | 'address-mixed';
}

export interface LengthRule extends RuleBase {
  engine: 'length';
  kind: 'platform-limit' | 'sentence';
  /** For 'sentence': words above which a sentence is reported. */
  maxWords?: number;
}

export type AnyRule =
  | ExistenceRule
  | SubstitutionRule
  | PatternRule
  | OccurrenceRule
  | LinkRule
  | RequiredRule
  | ConsistencyRule
  | LengthRule;

export type EngineId = AnyRule['engine'];

/** One engine: compiles its rules against a profile into a runner over a shared Doc. */
export interface Engine<R extends AnyRule> {
  compile(rules: readonly R[], ctx: CompileContext): Runner;
  /**
   * It judges words against the dictionary (lib/style/dictionary): left out while the word list
   * is not installed, when it would misjudge every word, rather than give noise.
   */
  needsWordList?: true;
}
