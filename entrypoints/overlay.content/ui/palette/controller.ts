import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UiLanguage } from '@/lib/schemas/common';
import type { Template, TemplateCategory } from '@/lib/schemas/template';
import type { Composer, ReplyTarget } from '@/lib/platforms/types';
import { copyToClipboard, insertText, readSelection, readText, replaceRange, type InsertResult } from '@/lib/platforms/editors';
import { buildRenderContext } from '@/lib/templates/context';
import { displayNameOf } from '@/lib/templates/name';
import { renderTemplate } from '@/lib/templates/render';
import type { ShortcutMatch } from '@/lib/templates/shortcut';
import type { FeatureEnv } from '../../feature';
import { planInsertion, type OpenSnapshot } from './insert-plan';
import { shortcutKey } from './shortcut-trigger';
import { recordInsertion } from './record';
import { suggestedFor } from './suggest';

export type OpenOrigin = 'button' | 'command' | 'shortcut';

/** One opening of the palette. */
export interface PaletteSession {
  /** Null when no reply box was active: Enter then copies the text. */
  composer: Composer | null;
  snapshot: OpenSnapshot;
  /** The search text to start with (the typed shortcut, or empty). */
  query: string;
  origin: OpenOrigin;
  /** Date.now() at opening: the preview's clock, and the session's identity. */
  openedAt: number;
}

export type PaletteStatus = { kind: 'inserting' } | { kind: 'copied' } | { kind: 'copy-failed' } | null;

export interface PaletteUiState {
  /** The composer the template button sits beside (the active one). */
  composer: Composer | null;
  session: PaletteSession | null;
  status: PaletteStatus;
  /** Bumped when the page changed, so anchored pieces measure their composer again. */
  layoutTick: number;
}

export interface PaletteController {
  store: StoreApi<PaletteUiState>;
  lang(): UiLanguage;
  setComposer(composer: Composer | null): void;
  layoutChanged(): void;
  open(origin: OpenOrigin, opts?: { composer?: Composer | null; shortcut?: ShortcutMatch }): void;
  /** Closes without inserting; restoreFocus puts the caret back where it was in the composer. */
  close(opts: { restoreFocus: boolean }): void;
  /** `name`: what the admin typed for {nama} in the palette; without it, the name the site shows. */
  insert(template: Template, fields: Readonly<Record<string, string>>, name?: string | null): Promise<InsertResult | null>;
  /** True while a text is going in: the shortcut watcher stays quiet. */
  busy(): boolean;
  /** The typed shortcut whose palette the admin closed, so it does not open again at once. */
  dismissedShortcut(): string | null;
  clearDismissed(): void;
  /** Template categories to offer first for what the composer answers (a comment read on this page). */
  suggested(target: ReplyTarget | null | undefined): readonly TemplateCategory[];
}

const FALLBACK_SETTINGS = { timeZone: 'WIB', adminSignOff: 'Admin' } as const;

/** Saves the editor's DOM selection (contenteditable) to put the caret back after Esc. */
function saveRange(composer: Composer): Range | null {
  if (composer.editor === 'textarea') return null; // a textarea keeps its own selection
  const sel = composer.element.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return composer.element.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

function isFocusedIn(el: HTMLElement): boolean {
  const active = el.ownerDocument.activeElement;
  return active === el || (active !== null && el.contains(active));
}

export function createPaletteController(env: FeatureEnv): PaletteController {
  const store = createStore<PaletteUiState>()(() => ({ composer: null, session: null, status: null, layoutTick: 0 }));
  let savedRange: Range | null = null;
  let inserting = false;
  let dismissed: string | null = null;

  const lang = (): UiLanguage => env.store.getState().settings?.uiLanguage ?? 'id';

  const open: PaletteController['open'] = (origin, opts = {}) => {
    if (inserting) return;
    const given = opts.composer === undefined ? env.focus.current() : opts.composer;
    // Read the composer again: its reply target can change after focus (Instagram's "@handle").
    const composer = given?.element.isConnected ? (env.adapter.composerFor(given.element) ?? given) : null;
    const text = composer ? readText(composer.element, composer.editor) : '';
    const selection = composer && isFocusedIn(composer.element) ? readSelection(composer.element, composer.editor) : null;
    savedRange = composer && isFocusedIn(composer.element) ? saveRange(composer) : null;
    const shortcut = opts.shortcut ?? null;
    store.setState({
      composer: composer ?? store.getState().composer,
      status: null,
      session: {
        composer,
        snapshot: { text, selection: selection ?? (composer?.editor === 'textarea' ? fieldSelection(composer) : null), shortcut },
        query: shortcut?.shortcut ?? '',
        origin,
        openedAt: Date.now(),
      },
    });
    // Pick up templates edited on the options page since the tab got focus.
    void env.store.getState().refresh();
  };

  const close: PaletteController['close'] = ({ restoreFocus }) => {
    const session = store.getState().session;
    if (!session) return;
    if (session.snapshot.shortcut) dismissed = shortcutKey(session.snapshot.shortcut);
    store.setState({ session: null, status: null });
    const composer = session.composer;
    if (!restoreFocus || !composer?.element.isConnected) return;
    composer.element.focus({ preventScroll: true });
    const range = savedRange;
    savedRange = null;
    if (range && composer.element.contains(range.commonAncestorContainer)) {
      const sel = composer.element.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  };

  const insert: PaletteController['insert'] = async (template, fields, name) => {
    const session = store.getState().session;
    if (!session || inserting) return null;
    inserting = true;
    store.setState({ status: { kind: 'inserting' } });
    try {
      const state = env.store.getState();
      const now = Date.now();
      const composer = session.composer;
      const ctx = buildRenderContext({
        now,
        settings: state.settings ?? FALLBACK_SETTINGS,
        profile: state.profile,
        name: name ?? displayNameOf(composer?.target),
        fields,
      });
      const { text } = renderTemplate(template.body, ctx);
      let result: InsertResult;
      if (!composer || !composer.element.isConnected) {
        result = { ok: false, reason: 'not-editable', copied: await copyToClipboard(text) };
      } else {
        const { element, editor } = composer;
        const plan = planInsertion(readText(element, editor), session.snapshot);
        result =
          plan.kind === 'replace'
            ? await replaceRange(element, editor, plan.start, plan.end, text)
            : await insertText(element, editor, text);
      }
      if (store.getState().session !== session) return result; // closed meanwhile
      if (result.ok && composer) {
        savedRange = null;
        dismissed = null;
        store.setState({ session: null, status: null });
        recordInsertion(env, { template, composer, at: now });
      } else {
        store.setState({ status: { kind: !result.ok && result.copied ? 'copied' : 'copy-failed' } });
      }
      return result;
    } finally {
      inserting = false;
    }
  };

  return {
    store,
    lang,
    setComposer(composer) {
      store.setState({ composer });
    },
    layoutChanged() {
      const { composer, layoutTick } = store.getState();
      store.setState({ composer: composer?.element.isConnected ? composer : null, layoutTick: layoutTick + 1 });
    },
    open,
    close,
    insert,
    suggested: (target) => suggestedFor(target, env.commentTexts),
    busy: () => inserting,
    dismissedShortcut: () => dismissed,
    clearDismissed() {
      dismissed = null;
    },
  };
}


/** A textarea keeps its selection while unfocused, so it is known even after the focus left. */
function fieldSelection(composer: Composer): { start: number; end: number } | null {
  const el = composer.element;
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return null;
  const { selectionStart, selectionEnd } = el;
  return selectionStart === null || selectionEnd === null ? null : { start: selectionStart, end: selectionEnd };
}

