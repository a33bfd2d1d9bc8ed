import type { PlatformId, Severity } from '@/lib/schemas/common';

/** A user-facing text in both UI languages; the UI layer picks one. */
export interface Msg {
  id: string;
  en: string;
}

/** One thing in a draft that breaks the SOP. Offsets are UTF-16 indices into the checked text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: Msg;
  /** Texts that can replace `text.slice(start, end)`; empty when there is no one-click fix. */
  replacements: string[];
}

export interface CheckOptions {
  platform: PlatformId;
  /** Epoch ms: rule packs (e.g. an election period) are switched on by date. */
  now: number;
  /** Language of the draft. English drafts skip the Indonesian word lists. Default 'id'. */
  lang?: 'id' | 'en';
  /** What the reply is, when known (a template category from lib/schemas/template.ts). */
  context?: { category?: string };
  /**
   * Run the profile's custom rules here (default true). The content script passes false: on a
   * site's page they run in the background's worker instead (lib/sandbox/, issue 21 item 3).
   */
  customRules?: boolean;
}

/** The registry entry of one rule: what the options page lists and what the tests check. */
export interface RuleDoc {
  id: string;
  description: Msg;
  defaultSeverity: Severity;
  examples: { valid: string[]; invalid: string[] };
}
