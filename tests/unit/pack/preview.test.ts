import { describe, expect, it } from 'vitest';
import { buildPack, mergeProfiles, planImport, previewPack, type ImportChoices, type LocalState, type ParsedPack } from '@/lib/pack';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import { NOW, agencyProfile, idMaker } from './fixtures';

function tpl(over: Partial<Template> & Pick<Template, 'id' | 'title'>): Template {
  return {
    body: `{sapaan}, {nama}. ${over.title}. {admin}`,
    category: 'informasi-layanan',
    tags: [],
    platforms: [],
    language: 'id',
    favorite: false,
    usageCount: 0,
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...over,
  };
}

function parsedPack(templates: Template[], profile: SopProfile = agencyProfile(), switches = { checkerEnabled: true, qcGateEnabled: true }): ParsedPack {
  return { pack: buildPack({ profile, templates, settings: switches, now: NOW, appVersion: '0.1.0' }), fromVersion: 2, warnings: [] };
}

function local(templates: Template[], profiles: SopProfile[] = [], activeProfileId?: string): LocalState {
  return { templates, profiles, settings: { activeProfileId, checkerEnabled: true, qcGateEnabled: true } };
}

const replaceAll: ImportChoices = { global: 'replace', perItem: {}, activate: true };
const jam = tpl({ id: 'a', title: 'Jam layanan', shortcut: '/jam', starterId: 'layanan-jam', usageCount: 40, favorite: true });

describe('import preview: templates', () => {
  it.each<[string, Template, Template[], string, string | undefined]>([
    ['nothing like it locally', jam, [], 'new', undefined],
    ['the same template unchanged', jam, [jam], 'same', 'id'],
    ['the same id, edited body', { ...jam, body: 'Teks baru. {admin}' }, [jam], 'change', 'id'],
    ['the same starter template from another browser (other id)', { ...jam, id: 'z', body: 'Teks baru.' }, [jam], 'change', 'starterId'],
    ['a different template with my shortcut', tpl({ id: 'q', title: 'Jadwal vaksin', shortcut: '/jam' }), [jam], 'conflict', 'shortcut'],
    ['a different template with my title (any case and spacing)', tpl({ id: 'q', title: '  jam   LAYANAN ', body: 'Lain.' }), [jam], 'conflict', 'title'],
    ['my template, but its new shortcut is taken by another of mine', { ...jam, shortcut: '/lapor' }, [jam, tpl({ id: 'b', title: 'Lapor', shortcut: '/lapor' })], 'conflict', 'id'],
  ])('%s → %s', (_name, incoming, mine, status, matchedBy) => {
    const preview = previewPack(parsedPack([incoming]), local(mine));
    expect(preview.templates[0]?.status).toBe(status);
    expect(preview.templates[0]?.matchedBy).toBe(matchedBy);
  });

  it('names the changed fields and ignores usage', () => {
    const preview = previewPack(parsedPack([{ ...jam, usageCount: 0, favorite: false, tags: ['jam'], body: 'Baru. {admin}' }]), local([jam]));
    expect(preview.templates[0]?.changedFields).toEqual(['body', 'tags']);
  });

  it('matches each local template at most once', () => {
    const twin = { ...jam, id: 'twin', starterId: undefined, shortcut: undefined };
    const preview = previewPack(parsedPack([jam, twin]), local([jam]));
    expect(preview.templates.map((t) => t.status)).toEqual(['same', 'new']);
    expect(preview.untouchedLocal).toBe(0);
  });
});

describe('import plan', () => {
  const mine = [jam, tpl({ id: 'b', title: 'Lapor', shortcut: '/lapor' })];
  const changed = { ...jam, body: 'Layanan buka 08.00–15.00. {admin}' };
  const conflicting = tpl({ id: 'q', title: 'Jadwal vaksin', shortcut: '/lapor' });
  const newOne = tpl({ id: 'n', title: 'Banjir', shortcut: '/banjir' });

  it('replace: the pack wins, my usage stays, new ones are added', () => {
    const preview = previewPack(parsedPack([changed, conflicting, newOne]), local(mine));
    const plan = planImport(preview, replaceAll, { now: NOW, newId: idMaker() });
    expect(plan.templateUpdates).toEqual([
      { id: 'a', changes: expect.objectContaining({ body: 'Layanan buka 08.00–15.00. {admin}', updatedAt: NOW }) },
      { id: 'b', changes: expect.objectContaining({ title: 'Jadwal vaksin', shortcut: '/lapor' }) },
    ]);
    expect(plan.templateUpdates[0]?.changes).not.toHaveProperty('usageCount');
    expect(plan.templateAdds.map((t) => t.id)).toEqual(['n']);
    expect(plan.summary).toEqual({ added: 1, updated: 2, kept: 0, unchanged: 0 });
  });

  it('keep mine: only new templates are added', () => {
    const preview = previewPack(parsedPack([changed, conflicting, newOne]), local(mine));
    const plan = planImport(preview, { global: 'keep', perItem: {}, activate: true }, { now: NOW, newId: idMaker() });
    expect(plan.templateUpdates).toEqual([]);
    expect(plan.templateAdds.map((t) => t.title)).toEqual(['Banjir']);
    expect(plan.summary).toEqual({ added: 1, updated: 0, kept: 2, unchanged: 0 });
  });

  it('merge: both kept; the copy gets a new id and no shortcut or starter id already in use', () => {
    const preview = previewPack(parsedPack([changed, conflicting]), local(mine));
    const plan = planImport(preview, { global: 'merge', perItem: {}, activate: true }, { now: NOW, newId: () => 'baru-1' });
    expect(plan.templateUpdates).toEqual([]);
    expect(plan.templateAdds).toEqual([
      expect.objectContaining({ id: 'baru-1', title: 'Jam layanan', usageCount: 0, favorite: false }),
      expect.objectContaining({ id: 'q', title: 'Jadwal vaksin' }),
    ]);
    expect(plan.templateAdds[0]).not.toHaveProperty('starterId');
    expect(plan.templateAdds[0]?.shortcut).toBeUndefined();
    expect(plan.templateAdds[1]?.shortcut).toBeUndefined();
    expect(plan.notes).toContainEqual({ code: 'shortcut-dropped', title: 'Jadwal vaksin', shortcut: '/lapor' });
  });

  it('a per-item choice beats the global one', () => {
    const preview = previewPack(parsedPack([changed, conflicting]), local(mine));
    const key = preview.templates[1]?.key ?? '';
    const plan = planImport(preview, { global: 'replace', perItem: { [key]: 'keep' }, activate: true }, { now: NOW, newId: idMaker() });
    expect(plan.templateUpdates.map((u) => u.id)).toEqual(['a']);
    expect(plan.summary.kept).toBe(1);
  });

  it('an update never steals a shortcut another of my templates keeps', () => {
    const preview = previewPack(parsedPack([{ ...jam, shortcut: '/lapor' }]), local(mine));
    expect(preview.templates[0]?.shortcutOwner?.id).toBe('b');
    const plan = planImport(preview, replaceAll, { now: NOW, newId: idMaker() });
    expect(plan.templateUpdates[0]?.changes.shortcut).toBeUndefined();
    expect(plan.notes).toEqual([{ code: 'shortcut-dropped', title: 'Jam layanan', shortcut: '/lapor' }]);
  });
});

describe('import preview and plan: the profile', () => {
  const mine = agencyProfile({ id: 'p1', name: 'Humas Kota Contoh', bannedWords: ['oknum', 'kampungan'], allowWords: ['sampah'] });

  it.each<[string, SopProfile, SopProfile[], string, string | undefined]>([
    ['no profile locally', mine, [], 'new', undefined],
    ['the same profile', mine, [mine], 'same', 'id'],
    ['the same id, another persona', { ...mine, personaName: 'Sobat Kota' }, [mine], 'change', 'id'],
    ['another id with my profile name', { ...mine, id: 'p2', emojiLimit: 3 }, [mine], 'conflict', 'name'],
  ])('%s → %s', (_name, incoming, profiles, status, matchedBy) => {
    const preview = previewPack(parsedPack([], incoming), local([], profiles));
    expect(preview.profile.status).toBe(status);
    expect(preview.profile.matchedBy).toBe(matchedBy);
  });

  it('lists changed fields and word differences', () => {
    const incoming = { ...mine, personaName: 'Sobat Kota', bannedWords: ['oknum', 'bodoh'], allowWords: ['sampah', 'tunanetra'] };
    const preview = previewPack(parsedPack([], incoming), local([], [mine], 'p1'));
    expect(preview.profile.changedFields).toEqual(['allowWords', 'bannedWords', 'personaName']);
    expect(preview.profile.words.banned).toEqual({ added: ['bodoh'], removed: ['kampungan'] });
    expect(preview.profile.words.allow).toEqual({ added: ['tunanetra'], removed: [] });
    expect(preview.profile.localIsActive).toBe(true);
  });

  it('replace keeps my id and creation date; merge keeps my persona and adds their words', () => {
    const incoming = { ...mine, id: 'p2', personaName: 'Sobat Kota', bannedWords: ['bodoh'], rules: { 'emoji-limit': { enabled: false } } };
    const preview = previewPack(parsedPack([], incoming), local([], [mine], 'p1'));
    const replaced = planImport(preview, replaceAll, { now: NOW, newId: idMaker() });
    expect(replaced.profilePut).toMatchObject({ id: 'p1', createdAt: mine.createdAt, personaName: 'Sobat Kota', bannedWords: ['bodoh'], updatedAt: NOW });
    expect(replaced.settingsPatch.activeProfileId).toBe('p1');
    const merged = planImport(preview, { global: 'merge', perItem: {}, activate: true }, { now: NOW, newId: idMaker() });
    expect(merged.profilePut).toMatchObject({ id: 'p1', personaName: mine.personaName, bannedWords: ['oknum', 'kampungan', 'bodoh'] });
    expect(merged.profilePut?.rules).toEqual({ ...incoming.rules, ...mine.rules });
    const kept = planImport(preview, { global: 'keep', perItem: {}, activate: true }, { now: NOW, newId: idMaker() });
    expect(kept.profilePut).toBeNull();
    expect(kept.settingsPatch).toEqual({});
  });

  it('the checker switches follow the pack only when its profile replaces mine', () => {
    const parsed = parsedPack([], { ...mine, personaName: 'Lain' }, { checkerEnabled: true, qcGateEnabled: false });
    const preview = previewPack(parsed, local([], [mine], 'p1'));
    expect(preview.switches).toEqual([{ field: 'qcGateEnabled', from: true, to: false }]);
    expect(planImport(preview, replaceAll, { now: NOW, newId: idMaker() }).settingsPatch.qcGateEnabled).toBe(false);
    expect(planImport(preview, { global: 'merge', perItem: {}, activate: true }, { now: NOW, newId: idMaker() }).settingsPatch).not.toHaveProperty('qcGateEnabled');
  });

  it('merging unions lists case-insensitively and keeps my values first', () => {
    const a = agencyProfile({ officialDomains: ['kotacontoh.go.id'], preferredWords: [{ word: 'link', replacement: 'tautan' }] });
    const b = agencyProfile({ officialDomains: ['KotaContoh.go.id', 'lapor.go.id'], preferredWords: [{ word: 'Link', replacement: 'pranala' }, { word: 'email', replacement: 'surel' }] });
    const m = mergeProfiles(a, b, NOW);
    expect(m.officialDomains).toEqual(['kotacontoh.go.id', 'lapor.go.id']);
    expect(m.preferredWords).toEqual([{ word: 'link', replacement: 'tautan' }, { word: 'email', replacement: 'surel' }]);
  });
});
