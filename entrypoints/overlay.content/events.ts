import type { Composer } from '@/lib/platforms/types';

/**
 * What features tell each other, by name, with a typed payload. One channel per page (on the
 * feature environment, so it ends with the content script), instead of globals or module state.
 */
export interface FeatureEvents {
  /**
   * The QC gate is about to decide on a send from this composer: the checker checks the draft
   * now (synchronously), so the decision is on the text as it is, not as of the last frame.
   */
  'gate.checking': { composer: Composer };
  /** The gate holds a send and asks (composer), or no longer does (null). The check panel hides meanwhile. */
  'gate.held': { composer: Composer | null };
}

export type FeatureEventName = keyof FeatureEvents;

export interface EventChannel {
  /** Listens until the returned function is called (or the channel's page goes away). */
  on<K extends FeatureEventName>(name: K, listener: (detail: FeatureEvents[K]) => void): () => void;
  /** Calls the listeners now, in the order they subscribed; a failing one does not stop the others. */
  emit<K extends FeatureEventName>(name: K, detail: FeatureEvents[K]): void;
}

export function createEventChannel(): EventChannel {
  const listeners = new Map<FeatureEventName, Set<(detail: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(name, detail) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (d: typeof detail) => void)(detail);
        } catch {
          /* one failing feature must not break the others */
        }
      }
    },
  };
}
