import { installWordTable, wordTableInstalled } from './dawg';
import { EDGES_FILE, fetchWordTableBytes } from './file';

let pending: Promise<boolean> | null = null;

/**
 * Fetches and installs the word list once (extension pages: `urlOf` is runtime.getURL).
 * Resolves false when the file cannot be read; the checker then finds nothing rather than
 * flagging every word (runCheck).
 */
export function loadWordTable(urlOf: (path: typeof EDGES_FILE) => string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  if (wordTableInstalled()) return Promise.resolve(true);
  pending ??= fetchWordTableBytes(urlOf(EDGES_FILE), fetchImpl).then((bytes) => {
    const ok = bytes !== null && installWordTable(bytes);
    if (!ok) pending = null;
    return ok;
  });
  return pending;
}
