// @vitest-environment happy-dom
import { act, useLayoutEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFocusOnShow } from '@/components/use-focus-on-show';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** What had the focus when layout effects ran, i.e. before the browser could paint. */
let seenBeforePaint: string | null = null;
function Probe() {
  useLayoutEffect(() => {
    seenBeforePaint = (document.activeElement as HTMLElement | null)?.id ?? null;
  });
  return null;
}

function Shown({ when, keyValue }: { when: boolean; keyValue?: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  useFocusOnShow(ref, when, keyValue);
  return (
    <>
      <button id="other">other</button>
      <button id="target" ref={ref}>
        target
      </button>
    </>
  );
}

describe('useFocusOnShow', () => {
  it('the element has the focus before paint (a plain effect would give it a frame later)', () => {
    // The probe is rendered after the component: layout effects run in tree order, children first.
    act(() =>
      root.render(
        <>
          <Shown when />
          <Probe />
        </>,
      ),
    );
    expect(seenBeforePaint).toBe('target');
    expect(document.activeElement?.id).toBe('target');
  });

  it('leaves the focus alone while the condition does not hold', () => {
    act(() => root.render(<Shown when={false} />));
    expect(document.activeElement?.id).not.toBe('target');
  });

  it('takes the focus back when the key changes (a second error after the first), not on other renders', () => {
    act(() => root.render(<Shown when keyValue="a" />));
    (document.getElementById('other') as HTMLButtonElement).focus();
    act(() => root.render(<Shown when keyValue="a" />));
    expect(document.activeElement?.id).toBe('other');
    act(() => root.render(<Shown when keyValue="b" />));
    expect(document.activeElement?.id).toBe('target');
  });
});
