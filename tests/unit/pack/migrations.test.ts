import { describe, expect, it } from 'vitest';
import {
  applyImportPlan,
  migrationChainIsComplete,
  PACK_MIGRATIONS,
  PACK_SCHEMA_VERSION,
  packToJson,
  parsePackText,
  planImport,
  previewPack,
  readLocalState,
} from '@/lib/pack';
import { testContext } from '../helpers/db';
import { NOW, fixtureText, idMaker } from './fixtures';

describe('pack migrations', () => {
  it('form one chain from version 1 to the current version', () => {
    expect(migrationChainIsComplete()).toBe(true);
    expect(PACK_MIGRATIONS.at(-1)?.to).toBe(PACK_SCHEMA_VERSION);
  });

  it.each<[readonly PropertyKey[], readonly PropertyKey[]]>([
    [['agencyName'], ['agency']],
    [['wordLists', 'banned', 3], ['profile', 'bannedWords', 3]],
    [['wordLists', 'preferred', 0, 'replacement'], ['profile', 'preferredWords', 0, 'replacement']],
    [['wordLists', 'allow'], ['profile', 'allowWords']],
    [['rules', 'settings', 'english-term', 'severity'], ['profile', 'rules', 'english-term', 'severity']],
    [['rules', 'custom', 1, 'pattern'], ['profile', 'customRules', 1, 'pattern']],
    [['rules', 'packs', 0, 'to'], ['profile', 'rulePacks', 0, 'to']],
    [['profile', 'channels', 'ppid'], ['profile', 'channels', 'ppid']],
    [['templates', 2, 'body'], ['templates', 2, 'body']],
    [['exportedAt'], ['exportedAt']],
  ])('1 → 2 maps %j back to %j', (v2, v1) => {
    expect(PACK_MIGRATIONS[0]?.pathBack(v2)).toEqual(v1);
  });

  it('imports a real-looking version 1 file: lists and rules move out of the profile, usage is dropped', async () => {
    const parsed = parsePackText(fixtureText('v1-diskominfo-kota-contoh.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { pack, fromVersion } = parsed.value;
    expect(fromVersion).toBe(1);
    expect(pack.schemaVersion).toBe(2);
    expect(pack.agencyName).toBe('Dinas Komunikasi dan Informatika Kota Contoh');
    expect(pack.exportedAt).toBe('2025-10-31T05:20:00.000Z');
    expect(pack.wordLists).toEqual({
      banned: ['oknum', 'kampungan'],
      preferred: [
        { word: 'download', replacement: 'unduh' },
        { word: 'link', replacement: 'tautan' },
      ],
      allow: ['sampah', 'tunanetra'],
    });
    expect(pack.rules.settings).toEqual({ 'english-term': { severity: 'info' }, 'emoji-limit': { enabled: false } });
    expect(pack.rules.custom.map((r) => r.id)).toEqual(['custom.nomor-tiket']);
    expect(pack.rules.packs.map((r) => r.id)).toEqual(['pilkada-2024']);
    expect(pack.profile).not.toHaveProperty('bannedWords');
    // The second template had no language or platforms in v1: Indonesian, every platform.
    expect(pack.templates[1]).toMatchObject({ language: 'id', platforms: [], starterId: 'pengaduan-lapor' });
    expect(pack.templates[2]?.platforms).toEqual(['x', 'facebook']);
    for (const t of pack.templates) {
      expect(t).not.toHaveProperty('usageCount');
      expect(t).not.toHaveProperty('favorite');
    }

    const { db } = testContext();
    const preview = previewPack(parsed.value, await readLocalState(db));
    expect(preview.meta.fromVersion).toBe(1);
    await applyImportPlan(db, planImport(preview, { global: 'replace', perItem: {}, activate: true }, { now: NOW, newId: idMaker() }));
    const profile = await db.profiles.get('3f6c1a52-8d0e-4c1b-9a57-2b8e5d4c9f10');
    expect(profile).toMatchObject({ personaName: 'Mimin Kominfo', bannedWords: ['oknum', 'kampungan'], postsPerDayLimit: 8 });
    expect(profile?.customRules[0]?.pattern).toBe('\\bLAPOR-\\d{6,10}\\b');
    expect((await db.templates.get('0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f'))).toMatchObject({ shortcut: '/jam-mpp', usageCount: 0, favorite: false });
    expect((await db.settings.get('main'))?.value.activeProfileId).toBe('3f6c1a52-8d0e-4c1b-9a57-2b8e5d4c9f10');
  });

  it('imports a minimal version 1 file whose profile has no lists at all', () => {
    const parsed = parsePackText(fixtureText('v1-minimal.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.pack.wordLists).toEqual({ banned: [], preferred: [], allow: [] });
    expect(parsed.value.pack.rules).toEqual({ settings: {}, custom: [], packs: [] });
    expect(parsed.value.pack.templates).toEqual([]);
  });

  it('a migrated file exported again is a current file with the same content', () => {
    const first = parsePackText(fixtureText('v1-diskominfo-kota-contoh.json'));
    if (!first.ok) throw new Error('parse');
    const again = parsePackText(packToJson(first.value.pack));
    if (!again.ok) throw new Error('parse again');
    expect(again.value.fromVersion).toBe(2);
    expect(again.value.pack).toEqual(first.value.pack);
  });
});
