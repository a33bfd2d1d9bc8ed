import type { RenderContext } from '@/lib/templates/render';

/** A typical regency communications office, at 09:30 WIB on 2 March 2026. */
export const BASE_CONTEXT: RenderContext = {
  now: Date.parse('2026-03-02T09:30:00+07:00'),
  timeZone: 'WIB',
  name: 'Budi Santoso',
  nameFallback: 'Kak',
  address: 'Kak',
  agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  adminSignOff: '-Admin',
  channels: {
    complaint: 'https://www.lapor.go.id',
    ppid: 'https://ppid.slemankab.go.id',
    website: 'https://slemankab.go.id',
  },
};

export function ctx(overrides: Partial<RenderContext> = {}): RenderContext {
  return { ...BASE_CONTEXT, ...overrides };
}
