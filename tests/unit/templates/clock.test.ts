import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tz } from '@date-fns/tz';
import { format, getHours } from 'date-fns';
import { id as localeId } from 'date-fns/locale';
import { dateAt, greetingAt, hourIn } from '@/lib/templates/clock';
import { IANA_TIME_ZONE, TIME_ZONE_IDS } from '@/lib/schemas/time-zone';

describe('the clock of the template variables {sapaan} and {tanggal}', () => {
  it.each([
    // instant (UTC), zone, hour, greeting, date
    ['2026-11-23T20:59:59Z', 'WIB', 3, 'Selamat malam', '24 November 2026'],
    ['2026-11-23T21:00:00Z', 'WIB', 4, 'Selamat pagi', '24 November 2026'],
    ['2026-11-24T03:59:00Z', 'WIB', 10, 'Selamat pagi', '24 November 2026'],
    ['2026-11-24T04:00:00Z', 'WIB', 11, 'Selamat siang', '24 November 2026'],
    ['2026-11-24T07:00:00Z', 'WITA', 15, 'Selamat sore', '24 November 2026'],
    ['2026-11-24T09:00:00Z', 'WIT', 18, 'Selamat malam', '24 November 2026'],
    ['2026-12-31T16:30:00Z', 'WIB', 23, 'Selamat malam', '31 Desember 2026'],
    ['2026-12-31T16:30:00Z', 'WITA', 0, 'Selamat malam', '1 Januari 2027'],
    ['2028-02-28T17:00:00Z', 'WIB', 0, 'Selamat malam', '29 Februari 2028'],
  ] as const)('%s in %s: %i o’clock, %s, %s', (at, zone, hour, greeting, date) => {
    const now = Date.parse(at);
    expect(hourIn(now, zone)).toBe(hour);
    expect(greetingAt(now, zone)).toBe(greeting);
    expect(dateAt(now, zone)).toBe(date);
  });

  it('agrees with date-fns and the IANA zones at any instant from 1990 to 2100', () => {
    const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instants, fc.constantFrom(...TIME_ZONE_IDS), (now, zone) => {
        const inZone = { in: tz(IANA_TIME_ZONE[zone]) };
        expect(hourIn(now, zone)).toBe(getHours(now, inZone));
        expect(dateAt(now, zone)).toBe(format(now, 'd MMMM yyyy', { locale: localeId, ...inZone }));
      }),
      { numRuns: 5000 },
    );
  });
});
