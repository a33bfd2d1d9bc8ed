/**
 * Fetching the word list's file (public/dictionary/id-words.bin). Apart from dawg.ts so the
 * content script can start the fetch beside overlay-ui.js without carrying the checker.
 */
import { EDGES_BYTES, EDGES_FILE } from './id-words.generated';

export { EDGES_FILE };

/** The file's bytes, or null when it cannot be read or is not the size this build expects. */
export async function fetchWordTableBytes(url: string, fetchImpl: typeof fetch = fetch): Promise<ArrayBuffer | null> {
  try {
    const res = await fetchImpl(url);
    if (!res.ok) return null;
    const bytes = await res.arrayBuffer();
    return bytes.byteLength === EDGES_BYTES ? bytes : null;
  } catch {
    return null;
  }
}
