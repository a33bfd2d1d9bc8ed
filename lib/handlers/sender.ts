import type { PlatformId } from '@/lib/schemas/common';
import { platformForHost } from '@/lib/platforms/hosts';

/** Who sent a message, as far as the background can tell from the browser's own sender info. */
export type SenderKind = 'extension' | 'content' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string } | unknown;
}

/**
 * A message's sender as the router sees it. A content script is bound to its tab: the platform
 * is the one of the tab's URL (the browser says it, not the page), never the payload's word.
 */
export type Sender =
  | { kind: 'extension' }
  | { kind: 'foreign' }
  | { kind: 'content'; tabId: number; platform: PlatformId };

function tabOf(sender: SenderInfo): { id?: unknown; url?: unknown } | null {
  return typeof sender.tab === 'object' && sender.tab !== null ? (sender.tab as { id?: unknown; url?: unknown }) : null;
}

/** The platform of an https URL on one of Pranata's hosts, else null. */
export function platformOfUrl(url: unknown): PlatformId | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' ? platformForHost(parsed.hostname) : null;
}

/**
 * Extension pages (popup, options) have a URL in our own origin; content scripts run in a tab
 * on another origin. Anything from another extension is foreign and is refused.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension';
  if (tabOf(sender)) return 'content';
  return 'foreign';
}

/**
 * classifySender plus the tab: a content script counts only from a tab whose URL is https on a
 * platform host (tab.url is given for the hosts Pranata has permissions on). A message from a
 * tab on any other page, or without a tab id, is foreign.
 */
export function describeSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): Sender {
  const kind = classifySender(sender, extensionId, extensionOrigin);
  if (kind !== 'content') return { kind };
  const tab = tabOf(sender);
  const platform = platformOfUrl(tab?.url);
  if (!platform || typeof tab?.id !== 'number') return { kind: 'foreign' };
  return { kind: 'content', tabId: tab.id, platform };
}
