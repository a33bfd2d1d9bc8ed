import { browser } from 'wxt/browser';
import type { CustomCheckResult, CustomRuleJob } from '@/lib/style/custom-budget';
import { OFFSCREEN_TARGET, type OffscreenReply, type OffscreenRequest } from './protocol';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/**
 * Chrome's MV3 service worker cannot start a worker, and a regex run in it could not be stopped,
 * so it opens one offscreen document (reason WORKERS) that hosts the worker. The document stays
 * for the session and with it the list of rules switched off; a stopped service worker finds it
 * again (createDocument refuses a second one).
 */
async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('no offscreen API');
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: "Runs the admin's own SOP pattern rules in a worker that can be stopped when one takes too long.",
    })
    .catch((err: unknown) => {
      // Already open (from before the service worker stopped): fine.
      if (!String(err instanceof Error ? err.message : err).includes('single offscreen')) {
        creating = null;
        throw err;
      }
    });
  await creating;
}

export async function checkInOffscreen(text: string, rules: CustomRuleJob[]): Promise<CustomCheckResult> {
  await ensureOffscreen();
  const request: OffscreenRequest = { target: OFFSCREEN_TARGET, text, rules };
  const reply = (await browser.runtime.sendMessage(request)) as OffscreenReply | undefined;
  if (!reply) throw new Error('the offscreen document did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}
