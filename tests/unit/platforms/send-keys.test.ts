import { describe, expect, it } from 'vitest';
import { PLATFORMS, type PlatformId } from '@/lib/platforms/meta';
import { isSendKey, type KeyLike } from '@/lib/platforms/send-keys';

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

// One definition for the QC gate and the send watcher (issue 13): the gate holds exactly what
// the watcher would log. The old gate let Ctrl/Cmd+Enter through on X while the watcher logged it.
describe('isSendKey: which key presses in a reply box send, per platform', () => {
  it.each<[string, KeyLike, PlatformId, boolean]>([
    ['Enter on Facebook', key(), 'facebook', true],
    ['Enter on Instagram', key(), 'instagram', true],
    ['Enter on X (a new line there)', key(), 'x', false],
    ['Ctrl+Enter on X (posts)', key({ ctrlKey: true }), 'x', true],
    ['Cmd+Enter on X (posts)', key({ metaKey: true }), 'x', true],
    ['Ctrl+Enter on Facebook (Lexical sends on Enter with Ctrl held)', key({ ctrlKey: true }), 'facebook', true],
    ['Cmd+Enter on Instagram', key({ metaKey: true }), 'instagram', true],
    ['Shift+Enter (a new line)', key({ shiftKey: true }), 'facebook', false],
    ['Ctrl+Shift+Enter on X', key({ ctrlKey: true, shiftKey: true }), 'x', false],
    ['Alt+Enter', key({ altKey: true }), 'instagram', false],
    ['Enter confirming an IME composition', key({ isComposing: true }), 'facebook', false],
    ['Ctrl+Enter handled by an IME (keyCode 229) on X', key({ ctrlKey: true, keyCode: 229 }), 'x', false],
    ['a letter', key({ key: 'a', keyCode: 65 }), 'instagram', false],
    ['NumpadEnter reports key "Enter" too', key({ keyCode: 13 }), 'facebook', true],
  ])('%s → %s: %s', (_name, e, platform, expected) => {
    expect(isSendKey(e, PLATFORMS[platform].sendKeys)).toBe(expected);
  });
});
