import { CUES, type Cue } from '../lexicon';
import type { CommentCategory, Engine } from '../types';

/**
 * The existence engine of the checker (lib/style/engines/existence.ts) turned to comments: each
 * listed word or phrase found once adds its weight to its kind.
 */
interface Compiled {
  category: CommentCategory;
  phrase: string;
  weight: number;
  /** Single word: looked up in a set; phrase: found in the joined words; prefix: startsWith. */
  kind: 'word' | 'phrase' | 'prefix';
  key: string;
}

function compile(category: CommentCategory, [phrase, weight]: Cue): Compiled {
  if (phrase.endsWith('*')) return { category, phrase, weight, kind: 'prefix', key: phrase.slice(0, -1) };
  if (phrase.includes(' ')) return { category, phrase, weight, kind: 'phrase', key: ` ${phrase} ` };
  return { category, phrase, weight, kind: 'word', key: phrase };
}

const COMPILED: readonly Compiled[] = (Object.keys(CUES) as Array<keyof typeof CUES>).flatMap((category) =>
  CUES[category].map((cue) => compile(category, cue)),
);

export const phrases: Engine = (c, emit) => {
  const set = new Set(c.words);
  for (const e of COMPILED) {
    const hit =
      e.kind === 'word'
        ? set.has(e.key)
        : e.kind === 'phrase'
          ? c.joined.includes(e.key)
          : c.words.some((w) => w.startsWith(e.key));
    if (hit) emit({ category: e.category, weight: e.weight, cue: e.phrase });
  }
};
