/**
 * What the features know about the draft in one composer, shared between them through named
 * operations (issue 13 item 3), one writer each: the checker records its latest result, the
 * palette the template it inserted, the QC gate whether the admin overrode it, and the send
 * watcher reads a copy when the reply goes out and ends the draft once it went.
 */
export interface DraftState {
  readonly templateId?: string;
  readonly score?: number;
  readonly errorCount?: number;
  readonly warningCount?: number;
  readonly gateOverridden?: boolean;
}

export interface CheckResult {
  score: number;
  errorCount: number;
  warningCount: number;
}

export interface DraftRegistry {
  /** The checker checked the draft (not called for an emptied box: a just-sent draft keeps its result). */
  checked(composer: HTMLElement, result: CheckResult): void;
  /** The palette inserted this template. */
  templateInserted(composer: HTMLElement, templateId: string): void;
  /** The gate let this send through, asked or not (overridden: sent with errors after "Kirim tetap"). */
  gateDecided(composer: HTMLElement, overridden: boolean): void;
  /** The reply went out: its template and gate answer must not carry into the next reply. The check result stays. */
  sent(composer: HTMLElement): void;
  /** A copy of what is known (undefined: nothing yet). */
  read(composer: HTMLElement): DraftState | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function createDraftRegistry(): DraftRegistry {
  const states = new WeakMap<HTMLElement, Mutable<DraftState>>();
  const of = (el: HTMLElement): Mutable<DraftState> => {
    let state = states.get(el);
    if (!state) {
      state = {};
      states.set(el, state);
    }
    return state;
  };
  return {
    checked(el, result) {
      Object.assign(of(el), result);
    },
    templateInserted(el, templateId) {
      of(el).templateId = templateId;
    },
    gateDecided(el, overridden) {
      of(el).gateOverridden = overridden;
    },
    sent(el) {
      const state = states.get(el);
      if (!state) return;
      delete state.templateId;
      delete state.gateOverridden;
    },
    read(el) {
      const state = states.get(el);
      return state ? { ...state } : undefined;
    },
  };
}
