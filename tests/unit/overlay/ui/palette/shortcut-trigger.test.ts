import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { createStarterTemplates } from '@/lib/templates/starter-pack';
import { shortcutDecision } from '@/entrypoints/overlay.content/ui/palette/shortcut-trigger';

const NOW = Date.parse('2026-03-02T09:30:00+07:00');
const starter = createStarterTemplates(NOW, () => '').map((t) => ({ ...t, id: t.starterId ?? t.title }));
const xOnly: Template = { ...starter[0]!, id: 'x-only', title: 'Hanya X', shortcut: '/khusus-x', platforms: ['x'] };
const templates: Template[] = [...starter, xOnly];

function decide(text: string, caret = text.length, opts: { platform?: 'x' | 'facebook' | 'instagram'; dismissed?: string | null; selectionEnd?: number } = {}) {
  return shortcutDecision({
    text,
    selection: { start: caret, end: opts.selectionEnd ?? caret },
    templates,
    platform: opts.platform ?? 'facebook',
    dismissed: opts.dismissed ?? null,
  });
}

describe('shortcutDecision', () => {
  it.each<[string, string, string, number, number]>([
    ['/hoaks', 'open', 'hoaks', 0, 6],
    ['Halo Kak, /hoaks', 'open', 'hoaks', 10, 16],
    ['Baik.\n/lapor', 'open', 'pengaduan-lapor', 6, 12],
    ['/Hoaks', 'open', 'hoaks', 0, 6], // phones capitalise
    ['("/ppid', 'open', 'ppid-permohonan', 2, 7],
    ['/maaf', 'wait', 'maaf-ketidaknyamanan', 0, 5], // "/maaf-lambat" may follow
    ['/maaf-lambat', 'open', 'maaf-terlambat', 0, 12],
    ['/jam-layanan', 'open', 'layanan-jam', 0, 12],
  ])('%j → %s %s at [%i, %i)', (text, action, templateId, start, end) => {
    const d = decide(text);
    expect(d.action).toBe(action);
    if (d.action === 'none') return;
    expect(d.template.id).toBe(templateId);
    expect([d.match.start, d.match.end]).toEqual([start, end]);
    expect(d.key).toBe(`${start}:${d.template.shortcut}`);
  });

  it.each<[string, string]>([
    ['/hoak', 'a prefix of a shortcut only'],
    ['/tidak-ada', 'no such shortcut'],
    ['dan/hoaks', 'not at a word boundary'],
    ['https://contoh.go.id/ppid', 'the path of a link'],
    ['/', 'a bare slash'],
    ['hoaks', 'no slash'],
  ])('%j does nothing (%s)', (text) => {
    expect(decide(text).action).toBe('none');
  });

  it('needs the caret right after the shortcut, with nothing selected', () => {
    expect(decide('/hoaks lagi').action).toBe('none'); // the caret is after "lagi"
    expect(decide('/hoaks', 3).action).toBe('none'); // in the middle of the word
    expect(decide('/hoaksx', 6).action).toBe('none'); // ... of a longer word
    expect(decide('/hoaks', 6, { selectionEnd: 6 }).action).toBe('open');
    expect(shortcutDecision({ text: '/hoaks', selection: { start: 1, end: 6 }, templates, platform: 'x' }).action).toBe('none');
    expect(shortcutDecision({ text: '/hoaks', selection: null, templates, platform: 'x' }).action).toBe('none');
  });

  it('only templates usable on this platform', () => {
    expect(decide('/khusus-x', undefined, { platform: 'x' }).action).toBe('open');
    expect(decide('/khusus-x', undefined, { platform: 'instagram' }).action).toBe('none');
  });

  it('a shortcut whose palette was closed does not open again at the same place', () => {
    const first = decide('Halo /hoaks');
    expect(first.action).toBe('open');
    const key = first.action === 'none' ? '' : first.key;
    expect(decide('Halo /hoaks', undefined, { dismissed: key }).action).toBe('none');
    // Typed again elsewhere, it opens.
    expect(decide('Halo /hoaks dan /hoaks', undefined, { dismissed: key }).action).toBe('open');
  });
});
