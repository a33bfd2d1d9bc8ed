import type { PlatformId } from '@/lib/schemas/common';
import type { Template } from '@/lib/schemas/template';

/** A template with no platforms works everywhere; otherwise only on the ones listed. */
export function availableOn(template: Template, platform: PlatformId | undefined): boolean {
  return !platform || template.platforms.length === 0 || template.platforms.includes(platform);
}

/** Favourites first, then most used, then most recently used, then by title: the tie-breaker. */
export function compareUsage(a: Template, b: Template): number {
  return (
    Number(b.favorite) - Number(a.favorite) ||
    b.usageCount - a.usageCount ||
    (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) ||
    a.title.localeCompare(b.title, 'id')
  );
}
