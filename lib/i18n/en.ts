import type { MessageKey } from './id';
import * as common from './messages/common';
import * as popup from './messages/popup';
import * as options from './messages/options';
import * as overlay from './messages/overlay';
import * as checker from './messages/checker';
import * as sopProfile from './messages/sop-profile';
import * as badge from './messages/badge';
import * as dashboard from './messages/dashboard';
import * as history from './messages/history';
import * as handover from './messages/handover';
import * as palette from './messages/palette';
import * as templates from './messages/templates';
import * as rules from './messages/rules';
import * as capture from './messages/capture';
import * as inbox from './messages/inbox';
import * as inboxReport from './messages/inbox-report';

/** English UI strings. Each catalog's `en` is typed against its `id`, so none can be missing. */
export const en: Record<MessageKey, string> = {
  ...common.en,
  ...popup.en,
  ...options.en,
  ...overlay.en,
  ...checker.en,
  ...sopProfile.en,
  ...badge.en,
  ...dashboard.en,
  ...history.en,
  ...handover.en,
  ...palette.en,
  ...templates.en,
  ...rules.en,
  ...capture.en,
  ...inbox.en,
  ...inboxReport.en,
};
