// Test entry: the page capture and the platform adapters, as the content script runs them.
import { capturePage } from '@/lib/capture';
import { UI_WORDS } from '@/lib/capture/ui-words';
import { adapterForHost } from '@/lib/platforms/index';

declare global {
  var __pranataAdapters: { adapterForHost: typeof adapterForHost };
  var __pranataCaptureTest: { capturePage: typeof capturePage; uiWords: readonly string[] };
}

globalThis.__pranataAdapters = { adapterForHost };
globalThis.__pranataCaptureTest = { capturePage, uiWords: [...UI_WORDS] };
