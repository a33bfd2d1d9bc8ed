import { describe, expect, it } from 'vitest';
import { cleanName } from '@/lib/templates/name';
import { renderTemplate } from '@/lib/templates/render';

/** Issue 21 item 5: `{nama}` never copies a display name's links, phone numbers or e-mail into a reply. */
describe('cleanName drops contact details from display names', () => {
  it.each<[string, string | null]>([
    ['CS Bank BRI wa.me/6281234567890', 'CS Bank BRI'],
    ['CS Bank BRI WA 0812-3456-7890', 'CS Bank BRI'],
    ['Toko Makmur (WA: +62 812 3456 7890)', 'Toko Makmur'],
    ['Siti info@tokositi.com', 'Siti'],
    ['Budi https://evil.example/promo', 'Budi'],
    ['Budi www.promo-murah.id', 'Budi'],
    ['Admin bit.ly/hadiah-gratis', 'Admin'],
    ['Rina Telp: 081234567890', 'Rina'],
    ['Ｗａ．ｍｅ／６２８１２３４５６７８９０ Dewi', 'Dewi'],
    ['wa\u200b.me/62812345678', null],
    ['081234567890', null],
    ['hadiah@undian.co.id', null],
    // Ordinary names stay as they are.
    ['Budi S.', 'Budi S.'],
    ['Ahmad Dahlan', 'Ahmad Dahlan'],
    ['Ibu Sri (Humas)', 'Ibu Sri (Humas)'],
    ['Angkatan 2019', 'Angkatan 2019'],
    ['Dr. Rahmat', 'Dr. Rahmat'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it('falls back to the persona’s address form when nothing but contacts is left', () => {
    const out = renderTemplate('Halo {nama}, terima kasih.', { name: 'wa.me/6281234567890', nameFallback: 'Kak' } as never);
    expect(JSON.stringify(out)).toContain('Halo Kak');
    expect(JSON.stringify(out)).not.toContain('wa.me');
  });
});
