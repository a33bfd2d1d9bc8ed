import { expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { text as alexText } from 'alex';
import type { PlatformId } from '@/lib/schemas/common';
import { checkText, defaultProfile } from '@/lib/style';
import { printTable, quantile, round } from './report';
import * as DEV from '../unit/style/corpus/real/dev';
import * as HELDOUT from '../unit/style/corpus/real/heldout';
import { measure, metricsRow } from '../unit/style/corpus/real/measure';

// write-good is CommonJS with a default export function.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

// Realistic drafts: mostly good replies with the usual slips (slang, a link, emoji, a number).
const PARTS = [
  'Halo Kak, terima kasih sudah menghubungi kami. ',
  'Jadwal layanan tatap muka Senin–Jumat pukul 08.00–15.00 WIB, kecuali hari libur nasional. ',
  'Formulirnya udah bisa di-download di https://www.pajak.go.id/id/formulir ya. ',
  'Untuk pengaduan, silakan sampaikan melalui SP4N-LAPOR! di lapor.go.id agar dapat kami tindak lanjuti. ',
  'Mohon jangan tulis NIK di kolom komentar, kirim lewat pesan langsung saja. ',
  'Info lengkap juga ada di bit.ly/info-layanan-2026 🙏 ',
  'Kami menghimbau warga tetap waspada terhadap penipuan yang mengatasnamakan petugas. ',
  'Berkas yang sudah lengkap akan diproses paling lama tiga hari kerja. ',
  'Kalau ada kendala, hubungi Call Center 112 atau datang langsung ke loket pelayanan. ',
  'Semoga membantu dan sehat selalu 😊 ',
];

function draft(chars: number, offset: number): string {
  let out = '';
  for (let i = offset; out.length < chars; i++) out += PARTS[i % PARTS.length];
  return out.slice(0, chars);
}

function timeIt(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * CPU time of each call (process.cpuUsage): on a shared machine the wall clock also counts the
 * time the process waits for a core, which says nothing about the checker.
 */
function cpuTimeIt(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return times;
}

const NOW = Date.UTC(2026, 2, 2);
const check = (text: string, platform: PlatformId, profile = defaultProfile) => checkText(text, profile, { platform, now: NOW });

it('checkText p50/p95 with the default profile, and alex / write-good on the same texts', () => {
  const rows: Record<string, string | number>[] = [];
  const pct = (times: number[], cpu?: number[]) => ({
    'ours p50 ms': round(quantile(times, 0.5), 3),
    'ours p95 ms': round(quantile(times, 0.95), 3),
    ...(cpu ? { 'CPU p50 ms': round(quantile(cpu, 0.5), 3), 'CPU p95 ms': round(quantile(cpu, 0.95), 3) } : {}),
  });

  for (const [chars, platform] of [
    [280, 'x'],
    [280, 'facebook'],
    [2000, 'facebook'],
    [2000, 'instagram'],
  ] as const) {
    const texts = Array.from({ length: 10 }, (_, i) => draft(chars, i));
    // warm up: first compile of the profile, JIT, and the per-word memo
    for (const t of texts) for (let k = 0; k < 20; k++) check(t, platform);
    const ours = texts.flatMap((t) => timeIt(() => check(t, platform), 300));
    const oursCpu = texts.flatMap((t) => cpuTimeIt(() => check(t, platform), 300));
    const alex = texts.slice(0, 3).flatMap((t) => timeIt(() => alexText(t), 15));
    const wg = texts.slice(0, 3).flatMap((t) => timeIt(() => writeGood(t), 60));
    const p50 = quantile(ours, 0.5);
    rows.push({
      case: `${chars} chars, ${platform}`,
      ...pct(ours, oursCpu),
      target: chars === 280 ? 'p95 ≤ 0.5 ms' : 'p95 ≤ 2 ms',
      'alex p50 ms': round(quantile(alex, 0.5), 3),
      'write-good p50 ms': round(quantile(wg, 0.5), 3),
      'alex / ours': round(quantile(alex, 0.5) / Math.max(p50, 1e-6), 1),
      'write-good / ours': round(quantile(wg, 0.5) / Math.max(p50, 1e-6), 1),
      findings: check(texts[0] ?? '', platform).length,
    });
  }

  // Typing: every keystroke of a 2,000-character reply re-checks the whole draft.
  const full = draft(2000, 3);
  const typing: number[] = [];
  const typingCpu: number[] = [];
  for (let n = 1; n <= full.length; n++) {
    const prefix = full.slice(0, n);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    check(prefix, 'facebook');
    const c = process.cpuUsage(c0);
    typing.push(performance.now() - t0);
    typingCpu.push((c.user + c.system) / 1000);
  }
  rows.push({ case: 'typing 2000 chars, facebook (each keystroke)', ...pct(typing, typingCpu), target: 'p95 ≤ 2 ms' });

  // First check of a text with a freshly compiled profile: no word seen before.
  const cold: number[] = [];
  for (let r = 0; r < 10; r++) {
    for (let i = 0; i < 10; i++) {
      const profile = { ...defaultProfile };
      check('a', 'facebook', profile);
      const text = draft(2000, i);
      const t0 = performance.now();
      check(text, 'facebook', profile);
      cold.push(performance.now() - t0);
    }
  }
  rows.push({ case: '2000 chars, facebook, first sight of every word', ...pct(cold), target: '—' });

  // X at 2,000 characters: over the limit, so the overflow point is searched too.
  const overX = Array.from({ length: 5 }, (_, i) => draft(2000, i)).flatMap((t) => timeIt(() => check(t, 'x'), 100));
  rows.push({ case: '2000 chars, x (over the limit)', ...pct(overX), target: '—' });

  printTable(
    `SOP check time (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; alex and write-good are English-only linters, shown as peers)`,
    rows,
  );
  expect(rows.length).toBe(7);
});

it('quality on the checker\'s own corpus: held-out split (never tuned on) and dev split', () => {
  const rows = [metricsRow('held-out', measure(HELDOUT)), metricsRow('dev', measure(DEV))];
  printTable('SOP checker on its own corpus (tests/unit/style/corpus/real)', rows);
  expect(rows).toHaveLength(2);
});
