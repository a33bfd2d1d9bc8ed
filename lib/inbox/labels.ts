import type { MessageKey } from '@/lib/i18n';
import type { CommentCategory } from '@/lib/inbox/classify/types';

/** Label of each comment kind (typed, like lib/i18n/labels.ts). */
export const COMMENT_CATEGORY_KEY: Readonly<Record<CommentCategory, MessageKey>> = {
  emergency: 'inbox.category.emergency',
  'hoax-question': 'inbox.category.hoax-question',
  complaint: 'inbox.category.complaint',
  'info-request': 'inbox.category.info-request',
  question: 'inbox.category.question',
  thanks: 'inbox.category.thanks',
  other: 'inbox.category.other',
};

/** How long a comment has waited, in the largest whole unit: "45 menit", "5 jam", "3 hari". */
export function waitingAge(ms: number): { key: MessageKey; n: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return { key: 'inbox.age.minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'inbox.age.hours', n: hours };
  return { key: 'inbox.age.days', n: Math.floor(hours / 24) };
}
