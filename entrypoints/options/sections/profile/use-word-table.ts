import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { wordTableInstalled } from '@/lib/style/dictionary/dawg';
import { loadWordTable } from '@/lib/style/dictionary/load';

/** Whether the checker's word list is installed on this page; loads it once when it is not. */
export function useWordTable(): boolean {
  const [ready, setReady] = useState(wordTableInstalled);
  useEffect(() => {
    if (!ready) void loadWordTable((path) => browser.runtime.getURL(path)).then(setReady);
  }, [ready]);
  return ready;
}
