import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { searchTemplates } from '@/lib/templates/search';
import { createStarterTemplates } from '@/lib/templates/starter-pack';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-02T09:30:00+07:00');

/** The starter pack, as an admin's library looks after a few weeks of use. */
function library(): Template[] {
  const templates = createStarterTemplates(NOW - 30 * DAY, () => '');
  return templates.map((t) => ({ ...t, id: t.starterId ?? t.title }));
}

function withUsage(templates: Template[], usage: Record<string, Partial<Template>>): Template[] {
  return templates.map((t) => ({ ...t, ...usage[t.id] }));
}

const ids = (ts: Template[]) => ts.map((t) => t.id);

describe('searchTemplates: what comes first', () => {
  const templates = library();

  it.each<[string, string]>([
    ['hoaks', 'hoaks'],
    ['hoax', 'hoaks'],
    ['HOAKS', 'hoaks'],
    ['disinfo', 'disinformasi'],
    ['lapor', 'pengaduan-lapor'],
    ['aduan', 'pengaduan-lapor'],
    ['SP4N', 'pengaduan-lapor'],
    ['nomor tiket', 'pengaduan-tindak-lanjut'],
    ['tiket', 'pengaduan-tindak-lanjut'],
    ['jam layanan', 'layanan-jam'],
    ['layanan jam', 'layanan-jam'],
    ['ppid', 'ppid-permohonan'],
    ['unduh', 'ppid-dokumen'],
    ['dokumn', 'ppid-dokumen'],
    ['bencana', 'darurat-bencana'],
    ['banjir', 'darurat-bencana'],
    ['bencna', 'darurat-bencana'],
    ['112', 'darurat-112'],
    ['libur', 'di-luar-jam-libur'],
    ['maaf', 'maaf-ketidaknyamanan'],
    ['terlambat', 'maaf-terlambat'],
    ['syarat', 'layanan-persyaratan'],
    ['apresiasi', 'sapaan-terima-kasih'],
    ['saran', 'sapaan-masukan'],
  ])('%j → %s first', (query, first) => {
    expect(ids(searchTemplates(templates, query))[0]).toBe(first);
  });

  it.each<[string, string[]]>([
    ['data pribadi', ['pesan-pribadi-data', 'pesan-pribadi-hapus']],
    ['nik', ['pesan-pribadi-data', 'pesan-pribadi-hapus']],
    ['klarifikasi', ['hoaks', 'disinformasi']],
  ])('%j → the %j pair first', (query, firstTwo) => {
    expect(ids(searchTemplates(templates, query)).slice(0, 2).sort()).toEqual([...firstTwo].sort());
  });

  it('every word of a query has to match (narrowing, not widening)', () => {
    expect(ids(searchTemplates(templates, 'hoaks bencana'))).toEqual([]);
    expect(searchTemplates(templates, 'pengaduan').length).toBeGreaterThan(searchTemplates(templates, 'pengaduan tiket').length);
  });

  it('does not search the variable names inside bodies', () => {
    // Nearly every body has {tautan}, {sapaan} and {admin}; none says them in words.
    expect(searchTemplates(templates, 'tautan')).toEqual([]);
    expect(searchTemplates(templates, 'instansi')).toEqual([]);
  });

  it('searches fill-in field labels as words', () => {
    expect(ids(searchTemplates(templates, 'Idulfitri'))).toEqual(['di-luar-jam-libur']);
  });

  it('finds by category name', () => {
    expect(ids(searchTemplates(templates, 'Darurat/bencana')).slice(0, 2).sort()).toEqual(['darurat-112', 'darurat-bencana']);
  });

  it('returns nothing for nonsense', () => {
    expect(searchTemplates(templates, 'qzxwv')).toEqual([]);
  });
});

describe('searchTemplates: shortcuts in the query', () => {
  const templates = withUsage(library(), { 'maaf-terlambat': { usageCount: 50 } });

  it.each<[string, string[]]>([
    ['/maaf', ['maaf-ketidaknyamanan', 'maaf-terlambat']],
    ['maaf', ['maaf-ketidaknyamanan', 'maaf-terlambat']],
    ['/ma', ['maaf-ketidaknyamanan', 'sapaan-masukan', 'maaf-terlambat']],
    ['/maaf-', ['maaf-terlambat']],
    ['/dm', ['pesan-pribadi-data']],
    ['/hapus', ['pesan-pribadi-hapus']],
  ])('%j → %j first', (query, first) => {
    expect(ids(searchTemplates(templates, query)).slice(0, first.length)).toEqual(first);
  });
});

describe('searchTemplates: the admin’s habits', () => {
  it('empty query: favourites, then most used, then most recently used', () => {
    const templates = withUsage(library(), {
      'pengaduan-lapor': { usageCount: 40, lastUsedAt: NOW - DAY },
      hoaks: { favorite: true, usageCount: 2 },
      'pesan-pribadi-data': { favorite: true, usageCount: 15 },
      'ppid-permohonan': { usageCount: 40, lastUsedAt: NOW - 2 * DAY },
      'darurat-112': { usageCount: 1, lastUsedAt: NOW },
    });
    expect(ids(searchTemplates(templates, '')).slice(0, 5)).toEqual([
      'pesan-pribadi-data',
      'hoaks',
      'pengaduan-lapor',
      'ppid-permohonan',
      'darurat-112',
    ]);
    expect(ids(searchTemplates(templates, '   '))).toEqual(ids(searchTemplates(templates, '')));
    expect(searchTemplates(templates, '')).toHaveLength(templates.length);
  });

  it('never-used templates without a query come in title order', () => {
    const titles = searchTemplates(library(), '').map((t) => t.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'id')));
  });

  it('equally good matches: the favourite first, then the more used', () => {
    const base = library();
    const pair = ['pesan-pribadi-data', 'pesan-pribadi-hapus'];
    const fav = withUsage(base, { 'pesan-pribadi-hapus': { favorite: true } });
    expect(ids(searchTemplates(fav, 'data pribadi')).slice(0, 2)).toEqual([...pair].reverse());
    const used = withUsage(base, { 'pesan-pribadi-data': { usageCount: 12 }, 'pesan-pribadi-hapus': { usageCount: 3 } });
    expect(ids(searchTemplates(used, 'data pribadi')).slice(0, 2)).toEqual(pair);
    const used2 = withUsage(base, { 'pesan-pribadi-data': { usageCount: 3 }, 'pesan-pribadi-hapus': { usageCount: 12 } });
    expect(ids(searchTemplates(used2, 'data pribadi')).slice(0, 2)).toEqual([...pair].reverse());
  });

  it('a much better match still beats a favourite', () => {
    const templates = withUsage(library(), { 'darurat-112': { favorite: true, usageCount: 99 } });
    expect(ids(searchTemplates(templates, 'banjir'))[0]).toBe('darurat-bencana');
  });
});

describe('searchTemplates: platforms and limits', () => {
  const templates = withUsage(library(), {
    hoaks: { platforms: ['facebook', 'instagram'] },
    disinformasi: { platforms: ['x'] },
  });

  it.each<[('x' | 'facebook' | 'instagram') | undefined, string[]]>([
    [undefined, ['hoaks', 'disinformasi']],
    ['x', ['disinformasi']],
    ['facebook', ['hoaks']],
    ['instagram', ['hoaks']],
  ])('platform %s → %j', (platform, expected) => {
    const found = ids(searchTemplates(templates, 'klarifikasi', platform ? { platform } : {}));
    expect(found.filter((id) => id === 'hoaks' || id === 'disinformasi').sort()).toEqual([...expected].sort());
  });

  it('leaves restricted templates out of the empty query and of shortcut matches too', () => {
    expect(ids(searchTemplates(templates, '', { platform: 'x' }))).not.toContain('hoaks');
    expect(ids(searchTemplates(templates, '/hoaks', { platform: 'x' }))).not.toContain('hoaks');
    expect(ids(searchTemplates(templates, 'hoaks', { platform: 'x' }))).not.toContain('hoaks');
  });

  it.each([
    [0, 0],
    [3, 3],
    [1000, 18],
  ])('limit %i → %i results', (limit, count) => {
    expect(searchTemplates(templates, '', { limit })).toHaveLength(count);
  });
});

describe('searchTemplates: the cached index', () => {
  it('a new array (the list changed) is searched afresh', () => {
    const first = library();
    expect(searchTemplates(first, 'posko')).toEqual([]);
    const extra: Template = { ...first[0]!, id: 'posko', title: 'Lokasi posko pengungsian', tags: ['posko'], shortcut: '/posko' };
    const second = [...first, extra];
    expect(ids(searchTemplates(second, 'posko'))).toEqual(['posko']);
    // The old array still has its own index.
    expect(searchTemplates(first, 'posko')).toEqual([]);
  });

  it('searching the same array again gives the same answer', () => {
    const templates = library();
    expect(ids(searchTemplates(templates, 'pengaduan'))).toEqual(ids(searchTemplates(templates, 'pengaduan')));
  });
});
