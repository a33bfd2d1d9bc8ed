import type { AnyRule } from '../engines/types';
import { FORMAT_RULES } from './format';
import { LENGTH_RULES } from './length';
import { LINK_RULES } from './links';
import { NOISE_RULES } from './noise';
import { PERSONA_RULES } from './persona';
import { PERSONAL_DATA_RULES } from './personal-data';
import { STRUCTURE_RULES } from './structure';
import { WORD_RULES } from './words';

/** Every rule, in the order the options page lists them. Ids are unique (tested). */
export const ALL_RULES: readonly AnyRule[] = [
  ...PERSONAL_DATA_RULES,
  ...WORD_RULES,
  ...PERSONA_RULES,
  ...LINK_RULES,
  ...STRUCTURE_RULES,
  ...NOISE_RULES,
  ...FORMAT_RULES,
  ...LENGTH_RULES,
];
