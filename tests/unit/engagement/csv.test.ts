import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv, type CsvCell } from '@/lib/engagement/csv';

/** The one data cell of a one-column table: after the header line, before the final CRLF. */
const one = (cell: CsvCell, options?: Parameters<typeof toCsv>[2]) =>
  toCsv([{ v: cell }], [{ key: 'v', header: 'v' }], options).slice('v\r\n'.length, -2);

describe('toCsv', () => {
  it('writes a header row and CRLF line ends, ending with CRLF', () => {
    const csv = toCsv(
      [
        { platform: 'x', sent: 12, rate: 0.034 },
        { platform: 'facebook', sent: 3 },
      ],
      [
        { key: 'platform', header: 'Platform' },
        { key: 'sent', header: 'Balasan terkirim' },
        { key: 'rate', header: 'Tingkat keterlibatan' },
      ],
    );
    expect(csv).toBe('Platform,Balasan terkirim,Tingkat keterlibatan\r\nx,12,0.034\r\nfacebook,3,\r\n');
  });

  it.each<[string, CsvCell, string]>([
    ['plain text', 'Terima kasih', 'Terima kasih'],
    ['a comma is quoted', 'Halo, Kak', '"Halo, Kak"'],
    ['quotes are doubled', 'Kata "resmi"', '"Kata ""resmi"""'],
    ['LF is quoted', 'baris 1\nbaris 2', '"baris 1\nbaris 2"'],
    ['CRLF is quoted', 'baris 1\r\nbaris 2', '"baris 1\r\nbaris 2"'],
    ['Indonesian and emoji text stays as is', 'Salam sehat 🙏 — Dinkes', 'Salam sehat 🙏 — Dinkes'],
    ['empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['an integer', 1234, '1234'],
    ['a negative number is data, not a formula', -5, '-5'],
    ['a fraction', 0.125, '0.125'],
    ['NaN is empty', Number.NaN, ''],
    ['Infinity is empty', Number.POSITIVE_INFINITY, ''],
    // Formula injection: a spreadsheet would run these.
    ['=formula', '=HYPERLINK("http://evil.example","klik")', `"'=HYPERLINK(""http://evil.example"",""klik"")"`],
    ['+ start', '+62 812 3456', "'+62 812 3456"],
    ['- start', '-1+1', "'-1+1"],
    ['@ start', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['tab start', '\t=1+1', "'\t=1+1"],
    ['CR start is prefixed and quoted', '\r=1+1', `"'\r=1+1"`],
    ['= in the middle is harmless', 'a=b', 'a=b'],
    ['a numeric-looking string with a minus is still text', '-5', "'-5"],
  ])('%s', (_name, cell, expected) => {
    expect(one(cell)).toBe(expected);
  });

  it('protects headers too', () => {
    expect(toCsv([], [{ key: 'a', header: '=cmd' }])).toBe("'=cmd\r\n");
  });

  it('starts with a BOM for Excel when asked', () => {
    const csv = toCsv([{ a: 'é' }], [{ key: 'a', header: 'A' }], { bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('A\r\né\r\n');
    expect(toCsv([{ a: 'é' }], [{ key: 'a', header: 'A' }]).charCodeAt(0)).toBe('A'.charCodeAt(0));
  });

  it('uses ";" for an Indonesian-locale Excel, quoting semicolons instead of commas', () => {
    expect(one('Halo, Kak', { delimiter: ';' })).toBe('Halo, Kak');
    expect(one('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(toCsv([{ a: 1, b: 2 }], [{ key: 'a', header: 'A' }, { key: 'b', header: 'B' }], { delimiter: ';' })).toBe('A;B\r\n1;2\r\n');
  });

  it('columns pick and order the fields; missing keys are empty', () => {
    expect(toCsv([{ b: 2, a: 1, secret: 'x' }], [{ key: 'a', header: 'A' }, { key: 'c', header: 'C' }, { key: 'b', header: 'B' }])).toBe(
      'A,C,B\r\n1,,2\r\n',
    );
  });

  it('round-trips through an RFC 4180 reader for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (table) => {
        const rows = table.map(([a, b]) => ({ a, b }));
        const parsed = parseCsv(toCsv(rows, [{ key: 'a', header: 'a' }, { key: 'b', header: 'b' }]));
        expect(parsed).toEqual([['a', 'b'], ...table.map((r) => r.map(protect))]);
      }),
    );
  });
});

/** What a cell should read back as: the text, with an apostrophe before a formula start. */
function protect(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A small strict RFC 4180 reader for the round-trip test. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i += 1;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i += 1;
          break;
        } else {
          cell += csv[i];
          i += 1;
        }
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        cell += csv[i];
        i += 1;
      }
    }
    row.push(cell);
    if (csv[i] === ',') i += 1;
    else if (csv[i] === '\r' && csv[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`Bad CSV at ${i}`);
  }
  return rows;
}
