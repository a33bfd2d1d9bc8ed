import type { SopProfile } from '@/lib/schemas/profile';
import type { PackProfile, PackRules, PackWordLists } from './schema';

/** A profile as the pack carries it: persona, rule settings and word lists in their own sections. */
export interface ProfileParts {
  profile: PackProfile;
  rules: Pick<PackRules, 'settings' | 'custom' | 'packs'>;
  wordLists: PackWordLists;
}

export function splitProfile(p: SopProfile): ProfileParts {
  const { bannedWords, preferredWords, allowWords, rules, rulePacks, customRules, ...profile } = p;
  return {
    profile,
    rules: { settings: rules, custom: customRules, packs: rulePacks },
    wordLists: { banned: bannedWords, preferred: preferredWords, allow: allowWords },
  };
}

export function joinProfile(parts: ProfileParts): SopProfile {
  return {
    ...parts.profile,
    rules: parts.rules.settings,
    customRules: parts.rules.custom,
    rulePacks: parts.rules.packs,
    bannedWords: parts.wordLists.banned,
    preferredWords: parts.wordLists.preferred,
    allowWords: parts.wordLists.allow,
  };
}
