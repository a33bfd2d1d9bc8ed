import { describe, expect, it } from 'vitest';
import { defaultProfile, ministryProfile } from '@/lib/style';
import { ENGLISH } from '@/lib/style/lexicon/english';
import { MISSPELLINGS } from '@/lib/style/lexicon/misspelling';
import { ACRONYMS, GREETINGS, SHORTENERS } from '@/lib/style/lexicon/persona';
import { INCLUSIVE, POLITICAL } from '@/lib/style/lexicon/political';
import { RUDE, SARA } from '@/lib/style/lexicon/rude';
import { PARTICLES, SLANG } from '@/lib/style/lexicon/slang';
import type { SubEntry, WordEntry } from '@/lib/style/lexicon/types';
import { GOOD } from './corpus/good';
import { check } from './helpers';

const wordOf = (e: WordEntry) => (typeof e === 'string' ? e : e[0]);

const SUBSTITUTIONS: [string, string, readonly SubEntry[]][] = [
  ['slang', 'slang', SLANG],
  ['particles', 'informal-particle', PARTICLES],
  ['english', 'english-term', ENGLISH],
  ['misspellings', 'misspelling', MISSPELLINGS],
  ['inclusive', 'inclusive-term', INCLUSIVE.map(([a, b]) => [a, b] as const)],
];
const WORD_LISTS: [string, string, readonly WordEntry[]][] = [
  ['rude', 'rude-word', RUDE],
  ['sara', 'sara-term', SARA],
  ['political', 'political-term', POLITICAL],
];

/**
 * Ordinary replies from many services, on top of the good corpus: each list must leave them
 * alone. They use the words a careless list would catch: "sampah", "anjing", "babi", "tahi
 * lalat", "kebodohan", "pemilu", "kampanye", "cacat hukum", "SPT", "PD", "dr.", "pas foto"...
 */
const ORDINARY = [
  ...GOOD.filter((c) => (c.lang ?? 'id') === 'id').map((c) => c.text),
  'Pas foto 3x4 berlatar merah dibawa dua lembar.',
  'Praktik dokter umum buka pukul 16.00 di RSUD, dr. Andi, Sp.PD.',
  'Petugas PD Pasar Jaya akan menertibkan lapak yang melanggar.',
  'SPT Masa PPN dilaporkan paling lambat akhir bulan berikutnya.',
  'Suara kucing dan anjing liar di taman kota sudah kami laporkan ke Puskeswan.',
  'Flu babi Afrika tidak menular ke manusia, tetapi ternak harus diawasi.',
  'Mencoblos di TPS sesuai alamat KTP-el, atau urus surat pindah memilih.',
  'Sosialisasi tahapan pemilu dan pilkada digelar di balai desa.',
  'Keputusan itu cacat hukum sehingga dibatalkan oleh pengadilan.',
  'Pelatihan kerja bagi tunanetra, tunarungu, dan tunadaksa dibuka bulan depan.',
  'Sampah medis dikelola terpisah oleh rumah sakit.',
  'Data penduduk miskin ekstrem diperbarui setiap tahun.',
  'Warga keturunan Tionghoa dan Arab ikut merayakan hari jadi kota.',
  'Layanan antar kota antar provinsi beroperasi seperti biasa.',
  'Gua Pindul dan Gua Jomblang tetap dibuka untuk wisatawan.',
  'Jarak ke lokasi sekitar 12 km atau 15 menit perjalanan.',
  'Masa berlaku SIM dapat dicek melalui aplikasi resmi.',
  'Tahun ini kuota haji provinsi bertambah 1.200 orang.',
  'Kami sedang berkoordinasi dengan Dinas Pekerjaan Umum.',
  'Mohon kesediaan Bapak/Ibu mengisi survei kepuasan layanan.',
  'Silakan baca syarat dan ketentuan sebelum mendaftar.',
  'Ketua RT dapat membantu surat pengantar.',
  'Hari bebas kendaraan bermotor diadakan setiap Minggu pagi.',
];

describe('lexicons: ordinary government replies pass every list', () => {
  // Notes (info) on colloquial words a semi-formal persona may use are allowed; nothing more.
  it.each([...SUBSTITUTIONS, ...WORD_LISTS].map(([name, rule]) => [name, rule] as const))('%s (%s)', (_name, rule) => {
    const hits = ORDINARY.flatMap((text) =>
      check(text, defaultProfile, { platform: 'facebook' })
        .filter((f) => f.ruleId === rule && f.severity !== 'info')
        .map((f) => `${text.slice(f.start, f.end)} in: ${text.slice(0, 60)}`),
    );
    expect(hits).toEqual([]);
  });

  it('the formal ministry persona passes the ordinary replies of its own register', () => {
    const formal = GOOD.filter((c) => c.profile === 'ministry').map((c) => c.text);
    for (const text of formal) expect(check(text, ministryProfile, { platform: 'facebook' })).toEqual([]);
  });
});

describe('lexicons: every entry is found, and is well-formed', () => {
  const sizes = {
    slang: SLANG.length,
    particles: PARTICLES.length,
    english: ENGLISH.length,
    misspellings: MISSPELLINGS.length,
    inclusive: INCLUSIVE.length,
    rude: RUDE.length,
    sara: SARA.length,
    political: POLITICAL.length,
    acronyms: ACRONYMS.length,
    greetings: GREETINGS.length,
    shorteners: SHORTENERS.length,
  };

  it('holds hundreds of curated entries', () => {
    console.log('\n== lexicon sizes ==');
    console.table(sizes);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(700);
    expect(SLANG.length).toBeGreaterThanOrEqual(150);
    expect(ENGLISH.length).toBeGreaterThanOrEqual(100);
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(100);
    expect(RUDE.length).toBeGreaterThanOrEqual(80);
  });

  it.each(SUBSTITUTIONS.map(([name, , list]) => [name, list] as const))('%s: lower case, unique, never replaced by itself', (_n, list) => {
    const froms = list.map(([from]) => from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const [from, to] of list) {
      expect(from).toBe(from.toLowerCase());
      expect(from.trim()).toBe(from);
      // "orang tuli" → "orang Tuli" differs only by the capital the Deaf community asks for
      for (const r of to.split('|')) expect(r).not.toBe(from);
    }
  });

  it.each(WORD_LISTS.map(([name, , list]) => [name, list] as const))('%s: lower case and unique', (_n, list) => {
    const words = list.map(wordOf);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it('no word is both slang and something else with a different fix', () => {
    const lists = SUBSTITUTIONS.map(([name, , list]) => [name, new Map(list.map(([f, t]) => [f, t]))] as const);
    for (const [a, ma] of lists) {
      for (const [b, mb] of lists) {
        if (a >= b) continue;
        for (const [from] of ma) expect(mb.has(from), `${from} in ${a} and ${b}`).toBe(false);
      }
    }
  });

  // Each entry, written in a neutral sentence, is found by its rule (the insult cue is supplied for
  // words that count only when aimed at someone).
  const formal = { ...defaultProfile, register: 'formal' as const };
  it.each(SUBSTITUTIONS.map(([name, rule, list]) => [name, rule, list] as const))('%s: every entry is caught', (_n, rule, list) => {
    const missed = list
      // entries that count only opening a clause ("pas liat", "lagi ngantri") are tried after a comma
      .map(([from, , flags]) => (flags?.clauseStart ? `Kami catat, ${from} sudah.` : `Kami catat: ${from} sudah.`))
      .filter((text) => !check(text, formal, { platform: 'facebook' }).some((f) => f.ruleId === rule));
    expect(missed).toEqual([]);
  });

  it.each(WORD_LISTS.map(([name, rule, list]) => [name, rule, list] as const))('%s: every entry is caught', (_n, rule, list) => {
    const missed = list
      .map(wordOf)
      .filter((w) => !check(`Dasar ${w} kamu.`, formal, { platform: 'facebook' }).some((f) => f.ruleId === rule));
    expect(missed).toEqual([]);
  });
});
