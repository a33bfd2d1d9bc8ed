import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { id } from '@/lib/i18n/id';
import { glossaryViolations } from '@/lib/i18n/glossary';
import * as palette from '@/lib/i18n/messages/palette';

const ROOT = join(import.meta.dirname, '../../..');

describe('glossary of Indonesian UI terms', () => {
  it.each<[string, string, string[]]>([
    ['a loanword', 'Cari template balasan', ['template']],
    ['the computing word for errors', '2 galat, 1 peringatan', ['galat']],
    ['"cuplikan" for a snapshot', 'Cuplikan keterlibatan', ['Cuplikan']],
    ['postingan and memposting', 'postingan yang diposting', ['postingan', 'diposting']],
    ['antar- with a hyphen', 'Jarak antar-rekaman', ['antar-r']],
    ['the chosen terms', 'Templat, kesalahan, rekaman, unggahan, antarrekaman', []],
    ['a {template} placeholder is not a word', 'Sisipkan {template}', []],
  ])('finds %s', (_case, text, found) => {
    expect(glossaryViolations(text).map((v) => v.found)).toEqual(found);
  });

  it('every Indonesian catalog string uses the glossary terms', () => {
    const bad = Object.entries({ ...id, ...palette.id }).flatMap(([key, value]) => glossaryViolations(value).map((v) => `${key}: ${v.found} → ${v.use}`));
    expect(bad).toEqual([]);
  });

  it("the manifest's Indonesian strings and the README's Indonesian part use them too", () => {
    const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/id/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const manifest = Object.values(messages).flatMap((m) => glossaryViolations(m.message));
    expect(manifest).toEqual([]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const indonesian = readme.slice(0, readme.indexOf('\n## English'));
    // Code spans and links are file names and commands, not prose.
    const prose = indonesian.replace(/```[\s\S]*?```/gu, '').replace(/`[^`]*`/gu, '').replace(/\]\([^)]*\)/gu, ']');
    expect(glossaryViolations(prose).map((v) => v.found)).toEqual([]);
  });
});
