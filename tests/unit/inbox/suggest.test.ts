import { describe, expect, it } from 'vitest';
import { searchTemplates } from '@/lib/templates/search';
import { suggestedFor } from '@/entrypoints/overlay.content/ui/palette/suggest';
import { createCommentTexts } from '@/entrypoints/overlay.content/comment-texts';
import type { Template } from '@/lib/schemas/template';

function tpl(id: string, category: Template['category'], usageCount = 0): Template {
  return { id, title: id, body: 'Halo', category, tags: [], platforms: [], language: 'id', favorite: false, usageCount, createdAt: 1, updatedAt: 1 };
}

describe('suggested templates first in the palette', () => {
  const templates = [tpl('sapa', 'sapaan', 9), tpl('aduan', 'pengaduan', 1), tpl('maaf', 'permohonan-maaf', 2), tpl('hoaks', 'klarifikasi-hoaks', 5)];

  it('an empty query puts the preferred categories first, in their order; a typed query is not changed', () => {
    expect(searchTemplates(templates, '').map((t) => t.id)).toEqual(['sapa', 'hoaks', 'maaf', 'aduan']);
    expect(searchTemplates(templates, '', { prefer: ['pengaduan', 'permohonan-maaf'] }).map((t) => t.id)).toEqual(['aduan', 'maaf', 'sapa', 'hoaks']);
    expect(searchTemplates(templates, 'hoaks', { prefer: ['pengaduan'] })[0]?.id).toBe('hoaks');
  });

  it("suggests from the text of the comment this page read, and nothing for one it did not", () => {
    const texts = createCommentTexts();
    texts.remember('c-1', 'Benarkah beredar pesan soal bansos? hoax kah min?');
    expect(suggestedFor({ kind: 'comment', id: 'c-1' }, texts)).toEqual(['klarifikasi-hoaks']);
    expect(suggestedFor({ kind: 'post', id: 'unknown' }, texts)).toEqual([]);
    expect(suggestedFor(null, texts)).toEqual([]);
    // bounded: the oldest of more than 500 go
    for (let i = 0; i < 500; i++) texts.remember(`n${i}`, 'terima kasih');
    expect(texts.get('c-1')).toBeUndefined();
    expect(texts.get('n499')).toBe('terima kasih');
  });
});
