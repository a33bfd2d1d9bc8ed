import { useEffect, useRef, type RefObject } from 'react';
import { navigate } from './router';
import type { PlatformId } from '@/lib/platforms/meta';

export type PlaygroundPlatform = PlatformId;
/** The editor families the playground renders (matches lib/platforms/types.ts EditorKind). */
export type PlaygroundEditorKind = 'draft' | 'lexical' | 'textarea' | 'contenteditable';

export interface SentItem {
  platform: PlaygroundPlatform;
  text: string;
  at: number;
}

interface EditorEntry {
  kind: PlaygroundEditorKind;
  /** The editable element (for document order). */
  element: () => Element | null;
  /** The editor's OWN state as plain text (Draft EditorState, Lexical editor state, React state). */
  read: () => string;
}

/** Test hooks in the page's main world. Readers take the n-th editor of a kind in document order. */
export interface PlaygroundHooks {
  draftText(index?: number): string;
  lexicalText(index?: number): string;
  textareaValue(index?: number): string;
  contenteditableText(index?: number): string;
  editorCount(kind: PlaygroundEditorKind): number;
  sent: SentItem[];
  navigate(path: string): void;
}

declare global {
  interface Window {
    __playground: PlaygroundHooks;
  }
}

const editors = new Set<EditorEntry>();

function connected(kind: PlaygroundEditorKind): EditorEntry[] {
  const list: Array<{ entry: EditorEntry; el: Element }> = [];
  for (const entry of editors) {
    const el = entry.element();
    if (entry.kind === kind && el?.isConnected) list.push({ entry, el });
  }
  list.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return list.map((x) => x.entry);
}

function nth(kind: PlaygroundEditorKind, index = 0): string {
  const entry = connected(kind)[index];
  if (!entry) throw new Error(`playground: no ${kind} editor #${index} on this page`);
  return entry.read();
}

export function installHooks(): PlaygroundHooks {
  const hooks: PlaygroundHooks = {
    draftText: (i) => nth('draft', i),
    lexicalText: (i) => nth('lexical', i),
    textareaValue: (i) => nth('textarea', i),
    contenteditableText: (i) => nth('contenteditable', i),
    editorCount: (kind) => connected(kind).length,
    sent: [],
    navigate,
  };
  window.__playground = hooks;
  return hooks;
}

/** A send button was pressed: record it (the playground never navigates or posts anywhere). */
export function recordSent(platform: PlaygroundPlatform, text: string): void {
  window.__playground.sent.push({ platform, text, at: Date.now() });
}

/**
 * Registers an editor that is not a React component (the YouTube page's plain DOM boxes): returns
 * the function that removes it again.
 */
export function registerEditor(kind: PlaygroundEditorKind, element: () => Element | null, read: () => string): () => void {
  const entry: EditorEntry = { kind, element, read };
  editors.add(entry);
  return () => {
    editors.delete(entry);
  };
}

/**
 * Registers an editor for the test hooks while it is mounted. `read` is kept in a ref so the
 * registration stays stable while the state it reads changes.
 */
export function useRegisterEditor(
  kind: PlaygroundEditorKind,
  container: RefObject<HTMLElement | null>,
  selector: string,
  read: () => string,
): void {
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    const entry: EditorEntry = {
      kind,
      element: () => container.current?.querySelector(selector) ?? null,
      read: () => readRef.current(),
    };
    editors.add(entry);
    return () => {
      editors.delete(entry);
    };
  }, [kind, container, selector]);
}

/** A site's dialog closes on Escape (X's compose modal, Facebook's post dialog, Instagram's post modal). */
export function useCloseOnEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
}
