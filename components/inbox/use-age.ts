import { useCallback } from 'react';
import { waitingAge } from '@/lib/inbox/labels';
import { useT } from '@/lib/i18n/react';

/** "5 jam", "3 hari": a waiting time in the UI language (lib/inbox/labels.ts picks the unit). */
export function useAge(): (ms: number) => string {
  const tr = useT();
  return useCallback(
    (ms: number) => {
      const a = waitingAge(ms);
      return tr(a.key, { n: a.n });
    },
    [tr],
  );
}
