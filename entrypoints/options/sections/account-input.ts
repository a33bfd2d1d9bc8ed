import { PLATFORMS, type PlatformId, type PlatformMeta } from '@/lib/platforms/meta';
import type { AccountRef } from '@/lib/schemas/settings';

export type HandleResult = { ok: true; handle: string } | { ok: false; error: 'empty' | 'invalid' };

/**
 * What the admin typed, as a stored handle: "@HumasKotaContoh", "humaskotacontoh" and
 * "https://x.com/HumasKotaContoh" all give "humaskotacontoh"; facebook.com/profile.php?id=… gives
 * the id. Checked against the platform's own username rules.
 */
export function parseHandle(input: string, platform: PlatformId): HandleResult {
  return parseHandleFor(input, PLATFORMS[platform]);
}

/** parseHandle with the platform's facts (lib/platforms/meta.ts: username rules, URL host, id in the query). */
export function parseHandleFor(input: string, platform: PlatformMeta): HandleResult {
  let text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (/[/:]/.test(text) || /\.(com)\b/i.test(text)) {
    const fromUrl = handleFromUrl(text, platform);
    if (fromUrl === null) return { ok: false, error: 'invalid' };
    text = fromUrl;
  }
  const handle = text.replace(/^@/, '').toLowerCase();
  return platform.username.some((r) => r.test(handle)) ? { ok: true, handle } : { ok: false, error: 'invalid' };
}

function handleFromUrl(text: string, platform: PlatformMeta): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!platform.urlHost.test(url.hostname.toLowerCase())) return null;
  const query = platform.idInQuery;
  if (query && url.pathname.toLowerCase() === query.path) return url.searchParams.get(query.param);
  const prefix = platform.urlHandlePrefix;
  if (prefix) return url.pathname.split('/').find((s) => s.startsWith(prefix) && s.length > prefix.length) ?? null;
  return url.pathname.split('/').find((s) => s.length > 0) ?? null;
}

export type AddResult =
  | { ok: true; accounts: AccountRef[] }
  | { ok: false; error: 'duplicate'; existing: AccountRef }
  | { ok: false; error: 'full' };

export const MAX_ACCOUNTS = 100;

/** Adds an account; the same handle twice on one platform is refused (whatever its role). */
export function addAccount(accounts: readonly AccountRef[], entry: AccountRef): AddResult {
  const existing = accounts.find((a) => a.platform === entry.platform && a.handle === entry.handle);
  if (existing) return { ok: false, error: 'duplicate', existing };
  if (accounts.length >= MAX_ACCOUNTS) return { ok: false, error: 'full' };
  return { ok: true, accounts: [...accounts, entry] };
}
