import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { getDb } from './index';
import { readSettings } from './settings';

/** Settings, live: a change written anywhere (background, another page) re-renders. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(getDb()), []);
}

export { DEFAULT_SETTINGS };
