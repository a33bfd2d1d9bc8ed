import type { PlatformId } from '@/lib/schemas/common';
import type { CorpusProfile } from './profiles';

/** One reply of the corpus and the rule ids it should (and only should) trigger. */
export interface CorpusCase {
  text: string;
  profile?: CorpusProfile;
  platform?: PlatformId;
  category?: string;
  lang?: 'id' | 'en';
  /** Expected rule ids; empty for a good reply. Custom rules use their own id (custom.*). */
  expect: string[];
}
