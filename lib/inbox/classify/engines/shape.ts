import { PEOPLE, QUESTION_WORDS, TAIL_ASKS } from '../lexicon';
import type { CommentWords, Engine } from '../types';

/**
 * The structure engine (lib/style/engines/required.ts' "does the text read as …") for comments:
 * where the asking words stand, who is missing, and comments with no words to answer.
 */
const Q_SINGLE = new Set(QUESTION_WORDS.filter((w) => !w.includes(' ')));
const Q_PHRASES = QUESTION_WORDS.filter((w) => w.includes(' ')).map((w) => ` ${w} `);
const TAILS = new Set(TAIL_ASKS);
const PEOPLE_SET = new Set(PEOPLE);
const TRUTH = new Set(['benar', 'resmi', 'asli', 'valid', 'hoaks', 'fakta']);
// "bisakah", "adakah", "inikah": an -kah word asks.
const KAH = /^\p{L}{3,}kah$/u;

function asks(c: CommentWords): { word: boolean; first: boolean } {
  const first = c.words[0];
  const word =
    c.words.some((w) => Q_SINGLE.has(w) || KAH.test(w)) || Q_PHRASES.some((p) => c.joined.includes(p));
  const opens = first !== undefined && (Q_SINGLE.has(first) || KAH.test(first) || c.joined.startsWith(' di mana '));
  // "min, kapan …": the address word first does not hide the question.
  const second = c.words[1];
  const afterAddress = (first === 'admin' || first === 'kakak') && second !== undefined && Q_SINGLE.has(second);
  return { word, first: opens || afterAddress };
}

export const shape: Engine = (c, emit) => {
  const mark = c.text.includes('?');
  const a = asks(c);
  if (a.first) emit({ category: 'question', weight: 1.5, cue: 'opens with a question word' });
  else if (a.word && mark) emit({ category: 'question', weight: 1, cue: 'question word' });
  const last = [...c.words].reverse().find((w) => w !== 'admin' && w !== 'kakak');
  // "… dapet juga ga": chat often asks with the tail alone, no question mark.
  if (last !== undefined && TAILS.has(last) && c.words.length >= 4) {
    emit({ category: 'question', weight: mark ? 0.5 : 1.5, cue: 'asking tail' });
  }
  // "kok …" complains or asks; the words around it tell which, so it only asks here.
  if (c.words.includes('kok')) emit({ category: 'question', weight: 1, cue: 'kok' });
  // "benar?", "resmi?": asks whether something heard or seen is true.
  const truth = c.words.find((w) => TRUTH.has(w));
  if ((mark || a.word) && truth !== undefined) emit({ category: 'hoax-question', weight: 1.5, cue: `${truth}?` });
  // A person missing is an emergency; a lost KTP is not.
  if (c.words.includes('hilang') && c.words.some((w) => PEOPLE_SET.has(w)) && !c.words.includes('sinyal')) {
    emit({ category: 'emergency', weight: 3, cue: 'person missing' });
  }
  // Nothing but tags, links or one or two words: chat, nothing to answer.
  const content = c.words.filter((w) => w !== 'admin' && w !== 'kakak');
  if (c.mentions > 0 && content.length <= 6) emit({ category: 'other', weight: 1.5, cue: '@mention' });
  if (c.links > 0 && !mark) emit({ category: 'other', weight: 1, cue: 'link' });
  if (content.length <= 2 && !mark) emit({ category: 'other', weight: 1, cue: 'short' });
};
