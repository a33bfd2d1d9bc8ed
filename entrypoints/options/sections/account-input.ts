import type { PlatformId } from '@/lib/schemas/common';
import type { AccountRef } from '@/lib/schemas/settings';

/** Each site's own username rules (all within the stored form: lower case, [a-z0-9._-]). */
const RULES: Record<PlatformId, RegExp[]> = {
  x: [/^[a-z0-9_]{1,15}$/],
  facebook: [/^[a-z0-9.]{5,50}$/, /^\d{5,20}$/], // page username, or the numeric id of profile.php?id=
  instagram: [/^[a-z0-9._]{1,30}$/],
};

const HOSTS: Record<PlatformId, RegExp> = {
  x: /(^|\.)(x|twitter)\.com$/,
  facebook: /(^|\.)facebook\.com$/,
  instagram: /(^|\.)instagram\.com$/,
};

export type HandleResult = { ok: true; handle: string } | { ok: false; error: 'empty' | 'invalid' };

/**
 * What the admin typed, as a stored handle: "@HumasKotaContoh", "humaskotacontoh" and
 * "https://x.com/HumasKotaContoh" all give "humaskotacontoh"; facebook.com/profile.php?id=… gives
 * the id. Checked against the platform's own username rules.
 */
export function parseHandle(input: string, platform: PlatformId): HandleResult {
  let text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (/[/:]/.test(text) || /\.(com)\b/i.test(text)) {
    const fromUrl = handleFromUrl(text, platform);
    if (fromUrl === null) return { ok: false, error: 'invalid' };
    text = fromUrl;
  }
  const handle = text.replace(/^@/, '').toLowerCase();
  return RULES[platform].some((r) => r.test(handle)) ? { ok: true, handle } : { ok: false, error: 'invalid' };
}

function handleFromUrl(text: string, platform: PlatformId): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!HOSTS[platform].test(url.hostname.toLowerCase())) return null;
  if (platform === 'facebook' && url.pathname.toLowerCase() === '/profile.php') return url.searchParams.get('id');
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
