/**
 * What the features know about the draft in one composer, shared between them: the checker
 * writes its latest result, the palette the template it inserted, the QC gate whether the
 * admin overrode it, and the send watcher reads it all when the reply goes out.
 */
export interface DraftState {
  templateId?: string;
  score?: number;
  errorCount?: number;
  warningCount?: number;
  gateOverridden?: boolean;
}

export type DraftRegistry = WeakMap<HTMLElement, DraftState>;

export function draftState(registry: DraftRegistry, composer: HTMLElement): DraftState {
  let state = registry.get(composer);
  if (!state) {
    state = {};
    registry.set(composer, state);
  }
  return state;
}
