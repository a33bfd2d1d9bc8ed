import type { Composer } from '@/lib/platforms/types';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { Box } from './ui/checker/placement';
import type { FindingRow } from './ui/checker/rows';

/**
 * What features tell each other, by name, with a typed payload. One channel per page (on the
 * feature environment, so it ends with the content script), instead of globals or module state.
 */
export interface FeatureEvents {
  /**
   * Open (or close, when open) the template palette: the extension's keyboard command, heard by
   * the palette once the UI is loaded (ui-features starts the UI first and hands the wish on).
   */
  'palette.open': Record<string, never>;
  /**
   * The QC gate is about to decide on a send from this composer: the checker checks the draft
   * now (synchronously), so the decision is on the text as it is, not as of the last frame.
   */
  'gate.checking': { composer: Composer };
  /** The gate holds a send and asks (composer), or no longer does (null). The check panel goes under its question. */
  'gate.held': { composer: Composer | null };
  /** Where the gate's question stands on screen (null: not shown), so the panel can stand under it. */
  'gate.placed': { composer: Composer; box: Box | null };
  /** The admin picked one of an error's fixes in the gate's question: the checker makes it in the editor. */
  'gate.fix': { composer: Composer; key: string; replacement: string };
  /** The checker is done with a 'gate.fix' (made and checked again, or refused): the question may take the focus back. */
  'gate.fixed': { composer: Composer };
  /** The checker checked this composer's draft: its error-level findings, for the gate to name with their fixes. */
  /**
   * The snapshots of a batch the background wrote (not those it skipped as too soon after the
   * last): the post badges update their figures from them without asking the background again.
   */
  'snapshots.recorded': { snapshots: readonly Snapshot[] };
  'checker.checked': { composer: Composer; errors: readonly FindingRow[] };
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
