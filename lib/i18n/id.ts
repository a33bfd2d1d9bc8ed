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

/**
 * Indonesian UI strings: the source of the keys. One catalog file per surface in messages/
 * (each with its `id` and `en`), so features add strings without touching each other's files.
 */
export const id = {
  ...common.id,
  ...popup.id,
  ...options.id,
  ...overlay.id,
  ...checker.id,
  ...sopProfile.id,
  ...badge.id,
  ...dashboard.id,
  ...history.id,
  ...handover.id,
  ...palette.id,
  ...templates.id,
  ...rules.id,
  ...capture.id,
  ...inbox.id,
  ...inboxReport.id,
} as const;

export type MessageKey = keyof typeof id;
