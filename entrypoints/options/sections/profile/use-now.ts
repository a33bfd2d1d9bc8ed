import { useState } from 'react';

/** The time the component mounted: renders stay pure; an options page lives minutes, not days. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
