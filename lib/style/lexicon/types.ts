/** Options of one substitution entry. */
export interface SubFlags {
  /** Colloquial but acceptable in a semi-formal register: reported as info there. */
  mild?: true;
  /** English verb: its Indonesian base, so "didownload" → "diunduh", "mendownload" → "mengunduh". */
  verb?: string;
  /** Only the exact form; no "-nya"/"-lah" variants. */
  exact?: true;
  /** Only when written in lower case ("spt" is slang, "SPT" is the tax form). */
  lowerOnly?: true;
  /** Not after these lower-case words: "liat" in "tanah liat" is clay, "kayak" after "atlet" a canoe. */
  notAfter?: readonly string[];
  /**
   * Only at the start of a clause (sentence start or after a comma) and before a lower-case word:
   * "pas liat videonya" is "saat melihat", but "ukurannya pas", "harga pas" are standard.
   */
  clauseStart?: true;
  /** Not before these lower-case words: "pas foto", "lagi pula". */
  notBefore?: readonly string[];
}

/**
 * One substitution: the non-standard form (lower case; may be several words) and what to write
 * instead. Several suggestions are separated by "|"; an empty string means "drop the word".
 */
export type SubEntry = readonly [from: string, to: string, flags?: SubFlags];

/** Options of one listed word for the existence engine. */
export interface WordFlags {
  /**
   * Ambiguous word ("sampah", "anjing", "babi"): counts only when used at someone, i.e. next to
   * an insult cue ("dasar ...", "kamu ...", "... lu").
   */
  cue?: true;
  /** Only the exact form: no affixes or reduplication. */
  exact?: true;
  /** Derived forms that are ordinary words ("kebodohan" in "memberantas kebodohan"). */
  except?: readonly string[];
  /** A kinder or neutral word to suggest. */
  replace?: string;
}

/** A listed word (lower case; may be several words) with options. */
export type WordEntry = string | readonly [word: string, flags: WordFlags];
