import { describe, expect, it } from 'vitest';
import { sopProfileSchema } from '@/lib/schemas/profile';
import { defaultProfile, exampleProfiles, RULES } from '@/lib/style';
import { check, profileWith } from './helpers';

const ENGINES = ['existence', 'substitution', 'pattern', 'occurrence', 'link', 'required', 'consistency', 'length'];

describe('rule registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is described in both languages, with examples', (_id, rule) => {
    expect(rule.description.id.trim().length).toBeGreaterThan(20);
    expect(rule.description.en.trim().length).toBeGreaterThan(20);
    expect(rule.description.id).not.toBe(rule.description.en);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
    expect(ENGINES).toContain(rule.engine);
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(1);
  });

  const examples = RULES.flatMap((rule) => [
    ...rule.examples.valid.map((text) => [rule.id, 'valid', text] as const),
    ...rule.examples.invalid.map((text) => [rule.id, 'invalid', text] as const),
  ]);

  it.each(examples)('%s %s example behaves: %s', (id, kind, text) => {
    const rule = RULES.find((r) => r.id === id);
    if (!rule) throw new Error(id);
    const profile = profileWith(rule.exampleProfile ?? {});
    const findings = check(text, profile, {
      platform: rule.examplePlatform ?? 'facebook',
      context: rule.exampleCategory ? { category: rule.exampleCategory } : undefined,
    }).filter((f) => f.ruleId === id || (id === 'custom-regex' && f.ruleId.startsWith('custom.')));
    if (kind === 'valid') {
      expect(findings).toEqual([]);
    } else {
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.message.id.trim()).not.toBe('');
        expect(f.message.en.trim()).not.toBe('');
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
      }
    }
  });
});

describe('shipped profiles', () => {
  it.each(exampleProfiles.map((p) => [p.name, p] as const))('%s is a valid SOP profile', (_n, profile) => {
    expect(sopProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('are three distinct personas with the default first', () => {
    expect(exampleProfiles[0]).toBe(defaultProfile);
    expect(defaultProfile.name).toBe('Instansi Pemerintah (umum)');
    expect(new Set(exampleProfiles.map((p) => p.id)).size).toBe(3);
    expect(exampleProfiles.map((p) => p.addressForm)).toEqual(['anda', 'bapak-ibu', 'kak']);
  });

  it('only name rule ids that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const p of exampleProfiles) for (const id of Object.keys(p.rules)) expect(ids.has(id)).toBe(true);
  });
});
