/** Who sent a message, as far as the background can tell from the browser's own sender info. */
export type SenderKind = 'extension' | 'content' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Extension pages (popup, options) have a URL in our own origin; content scripts run in a tab
 * on another origin. Anything from another extension is foreign and is refused.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab) return 'content';
  return 'foreign';
}
