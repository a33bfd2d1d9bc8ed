import { PLATFORM_LIST, type PlatformMeta } from '@/lib/platforms/meta';
import type { UiLanguage } from '@/lib/schemas/common';
import { INTL_LOCALE } from './locale';

/**
 * Every platform's name as a list in the UI language, for the texts that name them all ("X,
 * Facebook, dan Instagram" / "X, Facebook or Instagram"): a new platform in lib/platforms/meta.ts
 * shows in them without editing the catalogs.
 */
export function platformList(lang: UiLanguage, type: 'conjunction' | 'disjunction', list: readonly PlatformMeta[] = PLATFORM_LIST): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { type }).format(list.map((p) => p.label[lang]));
}
