import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isContextInvalidated } from '@/lib/messaging-client';

/**
 * WXT stops a content script when a "newer copy of this script started" event reaches the
 * document (ContentScriptContext.listenForNewerScripts): after an update, the old copy gives way.
 * That event is a plain CustomEvent on the document, so the page can dispatch it too (its name is
 * the extension id, public in the store, plus the entrypoint), and a forged one stopped the
 * content script and the QC gate with it (issue 21). A real newer copy only ever starts after this
 * copy's extension context was invalidated (an update or reload), so the event is honoured only
 * then: a page's forgery, with our context alive, is ignored.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext, invalidated: () => boolean = isContextInvalidated): void {
  const verify = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event: CustomEvent) => verify(event) && invalidated();
}
