import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { UI_FEATURES } from './overlay.content/ui';
import { installWordTable } from '@/lib/style/dictionary/dawg';

// Loaded by the content script with import() (see overlay.content/ui-loader.ts); runs in the
// content script's isolated world and hands over the UI features.
export default defineUnlistedScript(() => {
  globalThis.__pranataUiFeatures = UI_FEATURES;
  globalThis.__pranataInstallWordTable = installWordTable;
});
