// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Composer } from '@/lib/platforms/types';
import { composerOfButton } from '@/entrypoints/overlay.content/composer-of-button';
import { replyBox } from '../helpers/reply-box';

/** Two reply boxes, each with a send button holding a label (the click lands on the label). */
function page() {
  document.body.replaceChildren();
  const make = (id: string): Composer & { label: HTMLElement } => {
    const { composer, label } = replyBox({ target: { kind: 'comment', id } });
    return { ...composer, label };
  };
  return { a: make('c-1'), b: make('c-2'), elsewhere: document.body.appendChild(document.createElement('p')) };
}

interface Setup {
  focused: Composer | null;
  /** What the adapter reads now for an editor (the site may have re-rendered since). */
  reread?: (el: Element) => Composer | null;
  scanned: Composer[];
}

function env(s: Setup) {
  const calls = { reread: 0, scanned: 0 };
  return {
    calls,
    env: {
      adapter: {
        composerFor: (el: Element) => {
          calls.reread++;
          return s.reread ? s.reread(el) : null;
        },
      },
      focus: { current: () => s.focused },
      scanner: {
        last: () => ({
          composers: () => {
            calls.scanned++;
            return s.scanned;
          },
        }),
      },
    } as unknown as Parameters<typeof composerOfButton>[0],
  };
}

describe('composerOfButton', () => {
  it('answers from the focused composer first, without reading anything again', () => {
    const { a, b } = page();
    const e = env({ focused: a, scanned: [a, b] });
    expect(composerOfButton(e.env, a.label)).toBe(a);
    expect(e.calls).toEqual({ reread: 0, scanned: 0 });
  });

  it.each([
    ['rendered its button after the focus', (a: Composer) => ({ ...a, sendButton: null })],
    ['replaced its button since the focus', (a: Composer) => ({ ...a, sendButton: document.createElement('button') })],
  ])('reads the focused composer again when the site %s', (_, stale) => {
    const { a, b } = page();
    const kept = stale(a);
    const e = env({ focused: kept, reread: (el) => (el === a.element ? a : null), scanned: [kept, b] });
    expect(composerOfButton(e.env, a.label)).toBe(a);
    expect(e.calls.scanned).toBe(0);
  });

  it("finds another composer's send button among the scan's composers, without reading the focused one again", () => {
    const { a, b } = page();
    const e = env({ focused: a, reread: () => a, scanned: [a, b] });
    expect(composerOfButton(e.env, b.label)).toBe(b);
    expect(e.calls.reread).toBe(0);
  });

  it('finds a send button with no composer focused (read from the scan)', () => {
    const { a, b } = page();
    const e = env({ focused: null, scanned: [a, b] });
    expect(composerOfButton(e.env, b.sendButton)).toBe(b);
    expect(e.calls.reread).toBe(0);
  });

  it('falls back to the scan when the adapter cannot read the focused composer', () => {
    const { a, b } = page();
    const e = env({
      focused: { ...a, sendButton: null },
      // A defineAdapter adapter answers null when the markup does not read (its problem log catches).
      reread: () => null,
      scanned: [a, b],
    });
    expect(composerOfButton(e.env, a.label)).toBe(a);
  });

  it.each([
    ['a click elsewhere on the page', (p: ReturnType<typeof page>) => p.elsewhere],
    ['the editor itself', (p: ReturnType<typeof page>) => p.a.element],
    ['a target that is not a node', () => window],
    ['no target', () => null],
  ])('gives null for %s', (_, target) => {
    const p = page();
    const e = env({ focused: p.a, reread: () => p.a, scanned: [p.a, p.b] });
    expect(composerOfButton(e.env, target(p))).toBeNull();
  });
});
