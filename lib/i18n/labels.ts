import type { PlatformId } from '@/lib/platforms/meta';
import type { RestoreMode } from '@/lib/backup/restore';
import type { FileErrorCode, IssueKind } from '@/lib/pack/errors';
import type { Resolution } from '@/lib/pack/plan';
import type { ItemStatus, MatchKind, TemplateContentField } from '@/lib/pack/preview';
import type { TimeZoneId, UiLanguage } from '@/lib/schemas/common';
import type { DiagnosticCode } from '@/lib/schemas/diagnostic';
import type { AddressForm } from '@/lib/schemas/profile';
import type { ReplyEventKind } from '@/lib/schemas/reply-event';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { MessageKey } from './id';

/**
 * Typed label tables: which catalog text names each value of a closed set. A new value without
 * its text is a compile error here, not an `undefined` on screen or a translator that throws
 * (issue 13, item 6: these replace the `\`…${x}\` as MessageKey` casts). Type-only imports: this
 * file pulls no schema or database code into the pages that use it.
 */

/** Each platform's username rule, shown when an account name is refused. */
export const ACCOUNT_RULE_KEY: Record<PlatformId, MessageKey> = {
  x: 'accounts.rule.x',
  facebook: 'accounts.rule.facebook',
  instagram: 'accounts.rule.instagram',
  youtube: 'accounts.rule.youtube',
};

export const ACCOUNT_ROLE_KEY: Record<AccountRef['role'], MessageKey> = {
  own: 'accounts.role.own',
  watched: 'accounts.role.watched',
};

export const REPLY_KIND_KEY: Record<ReplyEventKind, MessageKey> = {
  'template-inserted': 'popup.event.template-inserted',
  checked: 'popup.event.checked',
  sent: 'popup.event.sent',
};

export const SNAPSHOT_KIND_KEY: Record<Snapshot['kind'], MessageKey> = {
  post: 'history.kind.post',
  profile: 'history.kind.profile',
};

/** The popup's health line per adapter problem ({platform} is filled in). */
export const DIAGNOSTIC_KEY: Record<DiagnosticCode, MessageKey> = {
  ok: 'health.ok',
  'composer-not-found': 'health.composer-not-found',
  'target-not-found': 'health.target-not-found',
  'post-not-found': 'health.post-not-found',
  'counts-not-found': 'health.counts-not-found',
  'insert-mismatch': 'health.insert-mismatch',
  'send-not-found': 'health.send-not-found',
  'time-not-found': 'health.time-not-found',
  'comment-id-not-found': 'health.comment-id-not-found',
  'counts-unknown-words': 'health.counts-unknown-words',
};

export const UI_LANGUAGE_KEY: Record<UiLanguage, MessageKey> = {
  id: 'common.language.id',
  en: 'common.language.en',
};

export const TIME_ZONE_KEY: Record<TimeZoneId, MessageKey> = {
  WIB: 'setup.tz.WIB',
  WITA: 'setup.tz.WITA',
  WIT: 'setup.tz.WIT',
};

export const ADDRESS_FORM_KEY: Record<AddressForm, MessageKey> = {
  anda: 'setup.address.anda',
  'bapak-ibu': 'setup.address.bapak-ibu',
  kak: 'setup.address.kak',
  sobat: 'setup.address.sobat',
  custom: 'setup.address.custom',
};

// Handover (backup, rule/template packs)

export const RESTORE_MODE_KEY: Record<RestoreMode, MessageKey> = {
  replace: 'handover.backup.mode.replace',
  'add-missing': 'handover.backup.mode.add-missing',
};

export const RESOLUTION_KEY: Record<Resolution, MessageKey> = {
  replace: 'handover.preview.choice.replace',
  merge: 'handover.preview.choice.merge',
  keep: 'handover.preview.choice.keep',
};

/** How an imported item was matched to a local one ('shortcut' has its own text with the title). */
export const MATCH_KEY: Record<MatchKind, MessageKey> = {
  id: 'handover.match.id',
  starterId: 'handover.match.starterId',
  shortcut: 'handover.match.shortcut',
  title: 'handover.match.title',
  name: 'handover.match.name',
};

export const ITEM_STATUS_KEY: Record<ItemStatus, MessageKey> = {
  new: 'handover.status.new',
  same: 'handover.status.same',
  change: 'handover.status.change',
  conflict: 'handover.status.conflict',
};

export const TEMPLATE_FIELD_KEY: Record<TemplateContentField, MessageKey> = {
  title: 'handover.field.title',
  body: 'handover.field.body',
  category: 'handover.field.category',
  tags: 'handover.field.tags',
  platforms: 'handover.field.platforms',
  shortcut: 'handover.field.shortcut',
  language: 'handover.field.language',
};

export const WORD_LIST_KEY: Record<'banned' | 'preferred' | 'allow', MessageKey> = {
  banned: 'handover.words.banned',
  preferred: 'handover.words.preferred',
  allow: 'handover.words.allow',
};

export const SWITCH_KEY: Record<'checkerEnabled' | 'qcGateEnabled', MessageKey> = {
  checkerEnabled: 'handover.switch.checkerEnabled',
  qcGateEnabled: 'handover.switch.qcGateEnabled',
};

export const FILE_ERROR_KEY: Record<FileErrorCode, MessageKey> = {
  empty: 'handover.error.empty',
  'too-large': 'handover.error.too-large',
  'not-text': 'handover.error.not-text',
  'not-json': 'handover.error.not-json',
  'too-deep': 'handover.error.too-deep',
  'forbidden-key': 'handover.error.forbidden-key',
  'not-object': 'handover.error.not-object',
  'wrong-kind': 'handover.error.wrong-kind',
  'is-backup': 'handover.error.is-backup',
  'is-pack': 'handover.error.is-pack',
  'no-version': 'handover.error.no-version',
  'newer-version': 'handover.error.newer-version',
  invalid: 'handover.error.invalid',
  duplicate: 'handover.error.duplicate',
  'unsafe-regex': 'handover.error.unsafe-regex',
  'newer-database': 'handover.error.newer-database',
  'wrong-database': 'handover.error.wrong-database',
  'unknown-table': 'handover.error.unknown-table',
  'changed-key': 'handover.error.changed-key',
  'storage-full': 'handover.error.storage-full',
  busy: 'handover.error.busy',
  unreadable: 'handover.error.unreadable',
};

export const ISSUE_KEY: Record<IssueKind, MessageKey> = {
  missing: 'handover.issue.missing',
  type: 'handover.issue.type',
  'too-long': 'handover.issue.too-long',
  'too-short': 'handover.issue.too-short',
  'too-big': 'handover.issue.too-big',
  'too-small': 'handover.issue.too-small',
  value: 'handover.issue.value',
  format: 'handover.issue.format',
  'unknown-key': 'handover.issue.unknown-key',
  other: 'handover.issue.other',
};

/** Value types named in a validation message ("expected a number"); others are shown as they are. */
export const VALUE_TYPE_KEY: Readonly<Record<string, MessageKey>> = {
  string: 'handover.type.string',
  number: 'handover.type.number',
  int: 'handover.type.int',
  boolean: 'handover.type.boolean',
  object: 'handover.type.object',
  array: 'handover.type.array',
  null: 'handover.type.null',
  undefined: 'handover.type.undefined',
};
