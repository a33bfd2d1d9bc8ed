import type { HandlerOf } from '@/lib/messaging';
import type { HandlerContext } from './context';

/** 'rules.custom': the worker host is the background's (ctx.customRules), absent in unit tests that do not need it. */
export const checkCustomRules: HandlerOf<'rules.custom', HandlerContext> = async (ctx, { text, rules }) => {
  if (!ctx.customRules) throw new Error('custom rules cannot run in this context');
  if (rules.length === 0 || text.trim() === '') return { matches: [], off: [], skipped: [] };
  return ctx.customRules(text, rules);
};
