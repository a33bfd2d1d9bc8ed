import { describe, expect, it } from 'vitest';
import { backoffMs, createSendQueue, type SendResult, type Timers } from '@/entrypoints/overlay.content/helpers/send-queue';

/** Manual timers: the test decides when time passes. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      seq += 1;
      due.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout(id) {
      due.delete(id);
    },
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].fn();
      // let the awaited send settle
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    now = end;
  };
  return { timers, advance, pending: () => due.size };
}

function setup(replies: SendResult[], maxBatch = 3) {
  const t = manualTimers();
  const sent: number[][] = [];
  const errors: string[] = [];
  const accepted: number[][] = [];
  const q = createSendQueue<number>({
    maxBatch,
    delayMs: 1000,
    timers: t.timers,
    send: async (batch) => {
      sent.push([...batch]);
      return replies.shift() ?? { ok: true };
    },
    onError: (code) => errors.push(code),
    onSent: (batch) => accepted.push([...batch]),
  });
  return { q, t, sent, errors, accepted };
}

describe('snapshot outbox', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [7, 60_000],
    [30, 60_000],
  ])('backoff after %i failures is %i ms', (failures, ms) => {
    expect(backoffMs(failures)).toBe(ms);
  });

  it('waits for the batch delay, then sends in batches of at most maxBatch, in order', async () => {
    const { q, t, sent, accepted } = setup([]);
    q.push([1, 2]);
    q.push([3, 4, 5, 6, 7]);
    await t.advance(999);
    expect(sent).toEqual([]);
    await t.advance(1);
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(accepted).toEqual(sent);
    expect(q.size()).toBe(0);
  });

  it('keeps a failed batch and retries it with growing backoff until it goes through: nothing lost', async () => {
    const { q, t, sent, errors } = setup([
      { ok: false, code: 'unreachable' },
      { ok: false, code: 'internal' },
      { ok: false, code: 'storage-full' },
    ]);
    q.push([1, 2]);
    await t.advance(1000);
    expect(sent.length).toBe(1);
    expect(q.size()).toBe(2);
    await t.advance(999);
    expect(sent.length).toBe(1);
    await t.advance(1); // 1 s backoff
    expect(sent.length).toBe(2);
    await t.advance(2000); // 2 s backoff
    expect(sent.length).toBe(3);
    expect(q.failures()).toBe(3);
    q.push([3]); // new items wait for the backoff too
    await t.advance(4000);
    expect(sent[3]).toEqual([1, 2, 3]);
    expect(q.size()).toBe(0);
    expect(q.failures()).toBe(0);
    expect(errors).toEqual(['unreachable', 'internal', 'storage-full']);
  });

  it('drops a batch the background can never accept, and goes on with the rest', async () => {
    const { q, t, sent } = setup([{ ok: false, code: 'invalid-payload' }], 2);
    q.push([1, 2, 3]);
    await t.advance(1000);
    expect(sent).toEqual([[1, 2], [3]]);
    expect(q.size()).toBe(0);
  });

  it('stops for good when the extension was reloaded under the page', async () => {
    const { q, t, sent } = setup([{ ok: false, code: 'context-invalidated' }]);
    q.push([1]);
    await t.advance(1000);
    q.push([2]);
    await t.advance(120_000);
    expect(sent).toEqual([[1]]);
    expect(t.pending()).toBe(0);
  });

  it('a send that throws counts as a failure to retry', async () => {
    const t = manualTimers();
    let calls = 0;
    const q = createSendQueue<number>({
      maxBatch: 10,
      delayMs: 0,
      timers: t.timers,
      send: async () => {
        calls += 1;
        if (calls === 1) throw new Error('port closed');
        return { ok: true };
      },
    });
    q.push([1]);
    await t.advance(0);
    expect(q.size()).toBe(1);
    await t.advance(1000);
    expect(q.size()).toBe(0);
    expect(calls).toBe(2);
  });
});
