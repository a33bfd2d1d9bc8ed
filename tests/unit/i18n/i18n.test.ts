import { describe, expect, it } from 'vitest';
import { languageFromLocale, t } from '@/lib/i18n';
import { id } from '@/lib/i18n/id';
import { en } from '@/lib/i18n/en';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A placeholder is {name} or, with plural forms, {name|one|other} (lib/i18n/fill.ts).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  it('English has exactly the Indonesian keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
  });

  it.each(Object.keys(id) as (keyof typeof id)[])('%s uses the same placeholders in both languages', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(id[key]));
  });

  it.each<[string, 'id' | 'en']>([
    ['en-US', 'en'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['jv', 'id'],
    ['', 'id'],
  ])('browser locale %s → %s', (locale, lang) => {
    expect(languageFromLocale(locale)).toBe(lang);
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(t('id', 'health.composer-not-found', { platform: 'X' })).toBe('X: kotak balasan tidak ditemukan di halaman ini');
    expect(t('en', 'health.composer-not-found', { platform: '<b>X</b>' })).toBe('<b>X</b>: reply box not found on this page');
    expect(t('en', 'error.unknownMessage', {})).toBe('Unknown message: {type}');
  });

  it('manifest strings exist in both _locales', () => {
    for (const lang of ['id', 'en']) {
      const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
      expect(Object.keys(messages).sort()).toEqual(['cmdOpenPalette', 'extDescription', 'extName']);
    }
  });
});

describe('rule names', () => {
  it('every built-in rule has its own name in both languages, never its id', async () => {
    const { ALL_RULES } = await import('@/lib/style/rules');
    const { ruleLabel } = await import('@/lib/i18n');
    for (const rule of ALL_RULES) {
      for (const lang of ['id', 'en'] as const) {
        const name = ruleLabel(lang, rule.id);
        expect(name, rule.id).not.toBe(rule.id);
        expect(name.length, rule.id).toBeGreaterThan(3);
      }
    }
    expect(ruleLabel('id', 'personal-nik')).toBe('NIK di balasan publik');
    expect(ruleLabel('en', 'slang')).toBe('Non-standard word');
  });

  it('a custom rule is named by its own message', async () => {
    const { ruleLabel } = await import('@/lib/i18n');
    expect(ruleLabel('id', 'custom-abc123', 'Jangan tulis "segera" tanpa tanggal')).toBe('Jangan tulis "segera" tanpa tanggal');
  });
});
