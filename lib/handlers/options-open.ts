import { browser } from 'wxt/browser';
import type { HandlerContext } from './context';

export interface OptionsTarget {
  section: 'profile' | 'rules';
  ruleId?: string;
}

/** What follows "options.html" for a section (and rule): "?rule=slang#rules". */
export function optionsPageSuffix(target: OptionsTarget): string {
  const query = target.ruleId ? `?${new URLSearchParams({ rule: target.ruleId }).toString()}` : '';
  return `${query}#${target.section}`;
}

/**
 * At most one opening per this interval. The background cannot tell a click from a script (a
 * gesture claim in the payload could be forged), so a page that makes the content script ask
 * in a loop gets one tab, then nothing for a while (issue 21: a tab per message).
 */
export const OPTIONS_OPEN_INTERVAL_MS = 10_000;

interface OpenState {
  tabId: number | null;
  lastAt: number;
}
/** Per background (keyed by its database: handlers get a copy of the context per message). */
const states = new WeakMap<object, OpenState>();

/**
 * Opens the options page at a section (tabs.create/update need no "tabs" permission): in the one
 * tab Pranata opened before when it is still there, else in a new tab. Settings are changed
 * there, by the admin, never by a content script.
 */
export async function openOptionsPage(ctx: HandlerContext, target: OptionsTarget): Promise<{ opened: boolean }> {
  let state = states.get(ctx.db);
  if (!state) {
    state = { tabId: null, lastAt: -Infinity };
    states.set(ctx.db, state);
  }
  const now = ctx.now();
  if (now - state.lastAt < OPTIONS_OPEN_INTERVAL_MS) return { opened: false };
  state.lastAt = now;
  const url = browser.runtime.getURL('/options.html') + optionsPageSuffix(target);
  if (state.tabId !== null) {
    try {
      await browser.tabs.update(state.tabId, { url, active: true });
      return { opened: true };
    } catch {
      // The admin closed it: a new one below.
    }
  }
  const tab = await browser.tabs.create({ url, active: true });
  state.tabId = tab.id ?? null;
  return { opened: true };
}
