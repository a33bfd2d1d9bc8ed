import type { MessageKey } from '@/lib/i18n';
import type { TargetState } from '@/lib/inbox/target';

/** The word shown next to a comment's age when it is close to or past the response target. */
export const DUE_KEY: Readonly<Record<Exclude<TargetState, 'within'>, MessageKey>> = {
  close: 'inbox.due.close',
  past: 'inbox.due.past',
};
