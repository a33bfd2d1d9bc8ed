// Test entry: editors.ts and the platform adapters together, as the overlay uses them
// (adapter finds the composer and its editor kind, editors.ts puts the text in).
import * as editors from '@/lib/platforms/editors';
import { adapterForHost } from '@/lib/platforms/index';

declare global {
  var __pranataEditors: typeof editors;
  var __pranataAdapters: { adapterForHost: typeof adapterForHost };
}

globalThis.__pranataEditors = editors;
globalThis.__pranataAdapters = { adapterForHost };
