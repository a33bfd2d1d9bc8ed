import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db';
import { routeMessage } from '@/lib/handlers/router';
import { checkCustomRules } from '@/lib/sandbox/custom-rules-host';
import { describeSender } from '@/lib/handlers/sender';
import type { HandlerContext } from '@/lib/handlers/context';
import { installDefaults } from '@/lib/setup/install-defaults';
import { languageFromLocale } from '@/lib/i18n';
import { ensureMaintenanceAlarm, maintainNow, MAINTENANCE_ALARM } from '@/lib/setup/maintenance-alarm';
import { refreshBadge } from '@/lib/inbox/badge';
import { changesBadge } from '@/lib/inbox/badge-triggers';
import { BADGE_ALARM, ensureBadgeAlarm } from '@/lib/inbox/badge-alarm';

/**
 * Thin: wires browser events to the pure handlers. Stateless between events, because the
 * service worker may be stopped at any moment (MV3).
 */
export default defineBackground(() => {
  const ctx: HandlerContext = {
    db: getDb(),
    now: () => Date.now(),
    version: browser.runtime.getManifest().version,
    customRules: checkCustomRules,
  };
  const extensionOrigin = browser.runtime.getURL('/');
  // "Perlu dibalas" past the agency's response target, on the toolbar icon (issue 17).
  const badge = () => refreshBadge(browser.action, ctx.db, Date.now());

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const from = describeSender(sender, browser.runtime.id, extensionOrigin);
    void routeMessage(message, from, ctx).then((reply) => {
      sendResponse(reply);
      if (changesBadge(message)) void badge();
    });
    return true; // keeps the channel open for the async reply
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void installDefaults(ctx.db, {
      now: Date.now(),
      // The admin's preferred language (navigator.language follows the browser's language list),
      // else the browser's own UI language, which is English wherever Chrome ships no
      // Indonesian UI (Linux builds with only en-US).
      uiLanguage: languageFromLocale(navigator.language || browser.i18n.getUILanguage()),
    }).then(async ({ firstRun }) => {
      if (firstRun && reason === 'install') await browser.runtime.openOptionsPage();
    });
  });

  // Daily roll-ups and retention: on browser start, on install/update, and every night.
  const maintain = () => void maintainNow(ctx.db, Date.now()).then(badge);
  browser.runtime.onStartup.addListener(maintain);
  browser.runtime.onInstalled.addListener(maintain);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MAINTENANCE_ALARM) maintain();
    // Comments cross the target while nothing is written: a short alarm follows the clock.
    if (alarm.name === BADGE_ALARM) void badge();
  });
  void ensureMaintenanceAlarm(browser.alarms, ctx.db, Date.now()).catch(() => undefined);
  void ensureBadgeAlarm(browser.alarms).catch(() => undefined);
  void badge();

  // The palette shortcut is an extension command (the admin can change it in the browser's
  // shortcuts page); it is forwarded to the page's content script.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-palette' || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'command.open-palette' }).catch(() => undefined);
  });
});
