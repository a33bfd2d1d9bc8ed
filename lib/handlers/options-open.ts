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
 * Opens the options page in a new tab (tabs.create needs no "tabs" permission). Settings are
 * changed there, by the admin, never by a content script.
 */
export async function openOptionsPage(_ctx: HandlerContext, target: OptionsTarget): Promise<{ opened: boolean }> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') + optionsPageSuffix(target), active: true });
  return { opened: true };
}
