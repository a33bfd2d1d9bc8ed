import { OTHER_EMOJI, THANKS_EMOJI } from '../lexicon';
import type { Engine } from '../types';

/**
 * The occurrence engine's marks (lib/style/engines/occurrence.ts) read as intent: question marks
 * ask, "!!" and a shouted "TOLONG" call for help, folded hands and thumbs thank.
 */
export const marks: Engine = (c, emit) => {
  const questions = (c.text.match(/\?/g) ?? []).length;
  if (questions > 0) emit({ category: 'question', weight: questions > 1 ? 2 : 1.5, cue: '?' });
  const loud = /!{2,}/.test(c.text) || /\bTOLONG\b|\bDARURAT\b|\bHELP\b/.test(c.text);
  if (loud) emit({ category: 'emergency', weight: 1, cue: '!!' });
  const thanks = (c.text.match(THANKS_EMOJI) ?? []).length;
  if (thanks > 0) emit({ category: 'thanks', weight: thanks > 1 ? 2.5 : 1.5, cue: 'emoji' });
  const laughs = (c.text.match(OTHER_EMOJI) ?? []).length;
  if (laughs > 0) emit({ category: 'other', weight: laughs > 1 ? 2.5 : 1.5, cue: 'emoji' });
};
