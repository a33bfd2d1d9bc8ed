export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<K extends string = string> {
  key: K;
  header: string;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads Indonesian text as UTF-8. */
  bom?: boolean;
  /** ',' (RFC 4180) or ';' (what Excel expects under an Indonesian locale, where ',' is decimal). */
  delimiter?: ',' | ';';
}

/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold the delimiter, a
 * quote, CR or LF, quotes doubled inside. Text cells starting with = + - @ tab or CR get a
 * leading apostrophe so a spreadsheet shows them instead of running them as a formula (a
 * template or a post text can start with anything). Numbers and booleans are written as they
 * are: a negative number is data, not a formula. null/undefined and non-finite numbers are empty.
 */
export function toCsv(
  rows: readonly Readonly<Record<string, CsvCell>>[],
  columns: readonly CsvColumn[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: readonly CsvCell[]) => cells.map((c) => field(c, delimiter)).join(delimiter);
  const lines = [line(columns.map((c) => c.header)), ...rows.map((row) => line(columns.map((c) => row[c.key])))];
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell, delimiter: string): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'boolean') text = cell ? 'true' : 'false';
  else text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
