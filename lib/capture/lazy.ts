import { captureFileName, capturePage } from './index';

/**
 * The capture code travels in its own lazily loaded script (entrypoints/capture-ui.ts), not in the
 * page-load content script nor in the reply-box UI: a page pays for it only when an admin asks
 * for a capture.
 */
export interface CaptureApi {
  capturePage: typeof capturePage;
  captureFileName: typeof captureFileName;
}

declare global {
  var __pranataCapture: CaptureApi | undefined;
}

export function exposeCapture(): void {
  globalThis.__pranataCapture = { capturePage, captureFileName };
}
