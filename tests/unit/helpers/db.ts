import 'fake-indexeddb/auto';
import { PranataDb } from '@/lib/db';
import type { HandlerContext } from '@/lib/handlers/context';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { CommentRow } from '@/lib/schemas/comment';
import type { PlatformId } from '@/lib/schemas/common';
import type { Sender } from '@/lib/handlers/sender';
import { writeSettings } from '@/lib/db/settings';

let counter = 0;

/** A fresh database per test (fake-indexeddb), with a fixed clock. */
export function testContext(now = Date.UTC(2026, 10, 23, 3, 0, 0)): HandlerContext & { db: PranataDb } {
  counter += 1;
  const db = new PranataDb(`pranata-test-${counter}-${Math.random().toString(36).slice(2)}`);
  return { db, now: () => now, version: '0.0.0-test' };
}

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: crypto.randomUUID(),
    kind: 'post',
    platform: 'x',
    account: 'humaskotacontoh',
    postId: '1850000000000000001',
    permalink: 'https://x.com/humaskotacontoh/status/1850000000000000001',
    postedAt: Date.UTC(2026, 10, 22, 1, 0, 0),
    at: Date.UTC(2026, 10, 23, 3, 0, 0),
    counts: { likes: { value: 553, exact: true }, replies: { value: 48, exact: true } },
    ...overrides,
  };
}

export function replyEvent(overrides: Partial<ReplyEvent> = {}): ReplyEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'sent',
    platform: 'facebook',
    at: Date.UTC(2026, 10, 23, 3, 0, 0),
    targetId: 'comment-123',
    targetAt: Date.UTC(2026, 10, 23, 2, 30, 0),
    responseMs: 30 * 60_000,
    score: 92,
    errorCount: 0,
    warningCount: 1,
    ...overrides,
  };
}

/** A stored comment of the "Perlu dibalas" queue (waiting, under an X post of the agency). */
export function commentRow(overrides: Partial<CommentRow> = {}): CommentRow {
  const id = overrides.id ?? '1850000000000000100';
  const at = Date.UTC(2026, 10, 23, 1, 0, 0);
  return {
    key: `${overrides.platform ?? 'x'}:${id}`,
    id,
    platform: 'x',
    postId: '1850000000000000001',
    account: 'humaskotacontoh',
    permalink: `https://x.com/warga_bdg/status/${id}`,
    postedAt: at,
    sortAt: at,
    firstSeenAt: at + 60_000,
    lastSeenAt: at + 60_000,
    authorHandle: 'warga_bdg',
    category: 'question',
    confidence: 0.6,
    open: 1,
    ...overrides,
  };
}

/** A content script's sender: a tab on one platform (the router binds its messages to it). */
export function contentSender(platform: PlatformId = 'x', tabId = 7): Sender {
  return { kind: 'content', tabId, platform };
}
export const EXTENSION: Sender = { kind: 'extension' };
export const FOREIGN: Sender = { kind: 'foreign' };

/** testContext with the accounts of the fixtures configured (snapshots are kept only for those). */
export async function accountsContext(now?: number): Promise<ReturnType<typeof testContext>> {
  const ctx = testContext(now);
  await writeSettings(ctx.db, {
    accounts: [
      { platform: 'x', handle: 'humaskotacontoh', role: 'own' },
      { platform: 'facebook', handle: 'humaskotacontoh', role: 'own' },
    ],
  });
  return ctx;
}
