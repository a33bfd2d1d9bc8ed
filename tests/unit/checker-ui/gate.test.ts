import { describe, expect, it } from 'vitest';
import { gateDecision, isSubmitKey, type GateInput, type KeyLike } from '@/entrypoints/overlay.content/ui/checker/gate';

const key = (over: Partial<KeyLike> = {}): KeyLike => ({
  key: 'Enter',
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  keyCode: 13,
  ...over,
});

describe('isSubmitKey: which key presses send', () => {
  it.each<[string, KeyLike, boolean, boolean]>([
    ['Enter on Facebook/Instagram', key(), true, true],
    ['Enter on X (a new line there)', key(), false, false],
    ['Shift+Enter (a new line)', key({ shiftKey: true }), true, false],
    ['Ctrl+Enter', key({ ctrlKey: true }), true, false],
    ['Alt+Enter', key({ altKey: true }), true, false],
    ['Cmd+Enter', key({ metaKey: true }), true, false],
    ['Enter confirming an IME composition', key({ isComposing: true }), true, false],
    ['Enter handled by an IME (keyCode 229)', key({ keyCode: 229 }), true, false],
    ['a letter', key({ key: 'a', keyCode: 65 }), true, false],
    ['NumpadEnter reports key "Enter" too', key({ keyCode: 13 }), true, true],
  ])('%s → %s/%s', (_name, e, submitsOnEnter, expected) => {
    expect(isSubmitKey(e, submitsOnEnter)).toBe(expected);
  });
});

const input = (over: Partial<GateInput> = {}): GateInput => ({
  gateEnabled: true,
  checkerEnabled: true,
  errors: 1,
  confirmed: false,
  asking: false,
  ...over,
});

describe('gateDecision: ask once, never block', () => {
  it.each<[string, GateInput, string]>([
    ['an error in the draft: ask', input(), 'ask'],
    ['three errors: ask', input({ errors: 3 }), 'ask'],
    ['no errors (warnings do not gate): pass', input({ errors: 0 }), 'pass'],
    ['gate switched off in settings: pass', input({ gateEnabled: false, errors: 4 }), 'pass'],
    ['checker switched off: pass', input({ checkerEnabled: false, errors: 4 }), 'pass'],
    ['the send the admin confirmed: pass, overridden', input({ confirmed: true }), 'pass-overridden'],
    ['confirmed even though the gate is now off: still the confirmed send', input({ confirmed: true, gateEnabled: false }), 'pass-overridden'],
    ['a second press while the question is open: hold, no second dialog', input({ asking: true }), 'hold'],
    ['a press while asking but the errors are gone: pass', input({ asking: true, errors: 0 }), 'pass'],
  ])('%s', (_name, i, expected) => {
    expect(gateDecision(i)).toBe(expected);
  });
});
