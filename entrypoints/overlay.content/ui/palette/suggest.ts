import type { ReplyTarget } from '@/lib/platforms/types';
import type { TemplateCategory } from '@/lib/schemas/template';
import { classifyComment, SUGGESTED_TEMPLATES } from '@/lib/inbox/classify';
import type { CommentTexts } from '../../comment-texts';

/** Template categories to offer first when the reply answers a comment this page has read. */
export function suggestedFor(target: ReplyTarget | null | undefined, texts: CommentTexts): readonly TemplateCategory[] {
  if (!target) return [];
  const text = texts.get(target.id);
  return text === undefined ? [] : SUGGESTED_TEMPLATES[classifyComment(text).category];
}
