import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { exposeCapture } from '@/lib/capture/lazy';

// Loaded by the content script with import() only when an extension page asks for a capture of
// this page (overlay.content/features/page-capture.ts): no page pays for the capture code (the
// redaction, the serializer, every adapter's UI words) otherwise, nor does the reply-box UI.
export default defineUnlistedScript(() => {
  exposeCapture();
});
