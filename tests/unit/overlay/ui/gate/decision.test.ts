import { describe, expect, it } from 'vitest';
import { gateDecision, type GateInput } from '@/entrypoints/overlay.content/ui/gate/decision';

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
