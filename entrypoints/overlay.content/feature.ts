import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { Scanner } from './scanner';
import type { OverlayRoot } from './overlay-root';
import type { OverlayStore } from './overlay-store';
import type { FocusTracker } from './focus';
import type { DraftRegistry } from './drafts';
import type { EventChannel } from './events';
import type { CommentTexts } from './comment-texts';

/** What every feature gets. Features never write selectors: they ask the adapter. */
export interface FeatureEnv {
  ctx: ContentScriptContext;
  adapter: PlatformAdapter;
  scanner: Scanner;
  overlay: OverlayRoot;
  store: OverlayStore;
  focus: FocusTracker;
  /** Per-composer draft state shared between features (keyed by the editor element). */
  drafts: DraftRegistry;
  /** Texts of the citizens' comments read on this page, for the palette's suggestions (issue 17). */
  commentTexts: CommentTexts;
  /** What features tell each other (events.ts). */
  events: EventChannel;
  /** Aborted when the extension is reloaded/updated or the page goes away. */
  signal: AbortSignal;
}

/** One feature per file, same shape (like Refined GitHub). */
export interface Feature {
  id: string;
  init(env: FeatureEnv): void;
}
