import type { PlatformId } from '@/lib/platforms/meta';
import type { MessageKey } from './id';

/**
 * Typed label tables: which catalog text names each value of a closed set. A new value without a
 * text is a compile error here, not an `undefined` on screen (issue 13, item 6).
 */

/** Each platform's username rule, shown when an account name is refused. */
export const ACCOUNT_RULE_KEY: Record<PlatformId, MessageKey> = {
  x: 'accounts.rule.x',
  facebook: 'accounts.rule.facebook',
  instagram: 'accounts.rule.instagram',
};
