import type { TemplateCategory } from '@/lib/schemas/template';

/**
 * What a citizen's comment under the agency's post is, for the "Perlu dibalas" queue (issue 17).
 * The order is the tie-break when two kinds score the same: an emergency goes before everything,
 * a hoax question before a plain question ("benarkah …?"), a complaint before a question
 * ("kapan diperbaiki?"), an answerable request before chat.
 */
export const COMMENT_CATEGORIES = [
  'emergency',
  'hoax-question',
  'complaint',
  'info-request',
  'question',
  'thanks',
  'other',
] as const;
export type CommentCategory = (typeof COMMENT_CATEGORIES)[number];

/** One piece of evidence an engine found: which kind it points to and how strongly. */
export interface Signal {
  category: CommentCategory;
  weight: number;
  /** What was found, for tests and for the admin's "why this category" tooltip. */
  cue: string;
}

/** The comment as the engines read it: plain lower-case words, slang resolved. */
export interface CommentWords {
  text: string;
  /** Standard forms ("blm" → "belum", "gmn" → "bagaimana"), one entry per word. */
  words: readonly string[];
  /** " " + words joined by single spaces + " ", so a phrase is found with includes(" a b "). */
  joined: string;
  /** The raw text had links, @mentions or #hashtags (spam and tagging friends). */
  links: number;
  mentions: number;
}

export type Engine = (c: CommentWords, emit: (s: Signal) => void) => void;

export interface Classification {
  category: CommentCategory;
  /** 0..1: how sure the rules are; below 0.5 the queue shows the category as a guess. */
  confidence: number;
  /** The cues behind the category, strongest first (at most five). */
  cues: readonly string[];
}

/** Template categories the palette offers first for a comment of this kind. */
export const SUGGESTED_TEMPLATES: Readonly<Record<CommentCategory, readonly TemplateCategory[]>> = {
  emergency: ['darurat'],
  'hoax-question': ['klarifikasi-hoaks'],
  complaint: ['pengaduan', 'permohonan-maaf'],
  'info-request': ['ppid', 'informasi-layanan'],
  question: ['informasi-layanan'],
  thanks: ['sapaan'],
  other: [],
};
