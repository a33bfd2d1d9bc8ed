// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDraftRegistry } from '@/entrypoints/overlay.content/drafts';

describe('draft registry (named operations, one writer each)', () => {
  it('collects what the palette, the checker and the gate know, and the send ends the draft but keeps its check', () => {
    const drafts = createDraftRegistry();
    const box = document.createElement('div');
    expect(drafts.read(box)).toBeUndefined();
    drafts.templateInserted(box, 'tpl-hoaks');
    drafts.checked(box, { score: 72, errorCount: 1, warningCount: 2 });
    drafts.gateDecided(box, true);
    expect(drafts.read(box)).toEqual({ templateId: 'tpl-hoaks', score: 72, errorCount: 1, warningCount: 2, gateOverridden: true });
    drafts.sent(box);
    // The next reply in the same box starts without the template or the override; the emptied
    // box keeps the last check (the send watcher may read it after the site cleared the box).
    expect(drafts.read(box)).toEqual({ score: 72, errorCount: 1, warningCount: 2 });
  });

  it('read gives a copy: a reader cannot change what the others see', () => {
    const drafts = createDraftRegistry();
    const box = document.createElement('div');
    drafts.checked(box, { score: 100, errorCount: 0, warningCount: 0 });
    const copy = drafts.read(box) as { errorCount?: number };
    copy.errorCount = 5;
    expect(drafts.read(box)?.errorCount).toBe(0);
  });

  it('each composer has its own draft', () => {
    const drafts = createDraftRegistry();
    const a = document.createElement('div');
    const b = document.createElement('div');
    drafts.templateInserted(a, 'tpl-a');
    expect(drafts.read(b)).toBeUndefined();
    drafts.sent(b);
    expect(drafts.read(a)?.templateId).toBe('tpl-a');
  });
});
