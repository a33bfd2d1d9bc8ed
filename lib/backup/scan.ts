import { fail, type FileError, type Result } from '@/lib/pack/errors';
import { formatPath } from '@/lib/pack/path';

/**
 * A streamed look at a backup file before any of it is parsed into objects, in constant memory
 * whatever the file's size. dexie-export-import's reader assigns keys with `obj[key] = value` and
 * revives Typeson `$types` annotations (Date, Blob, ImageBitmap from a URL, values set through
 * key paths...) before our row checks could see the result; so the file is refused here, on its
 * raw text, when:
 * - it is not UTF-8 text (binary junk), or not shaped like JSON (stray characters, unbalanced
 *   brackets, cut short);
 * - any key anywhere is `__proto__`, `constructor` or `prototype` (escapes decoded, so
 *   `"\u005f_proto__"` is caught too);
 * - a `$types` annotation asks for anything but the three harmless types Pranata's own exports
 *   contain (`arrayNonindexKeys`, which every array gets; `undef` and `sparseUndefined` for
 *   absent values), or points through a key path that is not a plain field name;
 * - it nests deeper than a Pranata backup ever does.
 * It also reports the top-level `formatName` / `kind` (to tell a pack from a backup) and each
 * table's name, so that errors can say `templates[3]` instead of `data.data[0].rows[3]`.
 */
export const BACKUP_FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Typeson types whose revivers only rebuild arrays and absent values. */
export const ALLOWED_TYPES: ReadonlySet<string> = new Set(['arrayNonindexKeys', 'undef', 'sparseUndefined']);
const TYPES_KEY = '$types';
/** A key path in a `$types` annotation: dot-separated plain field names or indices. */
function safeKeyPath(path: string): boolean {
  return path.split('.').every((seg) => /^[A-Za-z0-9_-]{1,80}$/.test(seg) && !BACKUP_FORBIDDEN_KEYS.has(seg));
}
/** data.data[i].rows[j] is depth 5; a row's own nesting (profile → rulePacks → words) adds about 4. */
export const BACKUP_MAX_DEPTH = 16;
/** Keys and table names are short: longer strings are skipped, not collected. */
const MAX_TOKEN = 256;

export interface ScanResult {
  formatName?: string;
  kind?: string;
  /** Table name per index of data.data. */
  tableNames: Map<number, string>;
}

/** 0-9 a-z A-Z . + - */
function isScalarChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2b || c === 0x2d;
}

interface Frame {
  kind: 'obj' | 'arr';
  index: number;
  key: string | null;
  /** The object under a `$types` key: key path → type name, nothing else. */
  types: boolean;
}

/** Path segments of the frames (the key or index each one is at). */
function framePath(stack: readonly Frame[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const f of stack) {
    if (f.kind === 'arr') out.push(f.index);
    else if (f.key !== null) out.push(f.key);
  }
  return out;
}

/** `data.data[2].rows[15].body` → `templates[15].body` when table 2 is known to be "templates". */
export function tablePath(path: readonly (string | number)[], tableNames: ReadonlyMap<number, string>): string {
  const [a, b, i, rows, ...rest] = path;
  if (a === 'data' && b === 'data' && typeof i === 'number' && rows === 'rows') {
    const name = tableNames.get(i);
    if (name) return formatPath([name, ...rest]);
  }
  return formatPath(path);
}

/** What the grammar allows next. */
type Expect = 'value' | 'key' | 'colon' | 'comma-or-end' | 'end';

/** A whole JSON number or literal (they may arrive split across chunks, so they are checked whole). */
const SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;

/**
 * A validating JSON tokenizer over text pieces: grammar (what may follow what), strings with
 * their escapes, numbers and literals, nesting. It keeps only the open containers and the
 * current short token, so its memory does not grow with the file; the library's own parser then
 * only ever sees well-formed JSON.
 */
export class BackupScanner {
  private stack: Frame[] = [];
  private expect: Expect = 'value';
  /** Just after "{" or "[": the container may close at once. */
  private justOpened = false;
  private inString = false;
  private stringIsKey = false;
  private escape = false;
  private token = '';
  private tokenOverflow = false;
  private scalar = '';
  private started = false;
  private line = 1;
  /** Characters before the current chunk, and the offset where the current line starts. */
  private base = 0;
  private lineStart = 0;
  readonly result: ScanResult = { tableNames: new Map() };
  error: FileError | null = null;

  /** Feeds the next piece of text; returns false once an error is found (then stop feeding). */
  write(chunk: string): boolean {
    if (this.error) return false;
    // A NUL anywhere means binary content, whatever comes first.
    if (chunk.includes('\u0000')) return this.fail({ code: 'not-text', path: '' });
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          this.addToken(chunk[i] as string);
        } else if (c === 0x5c /* \ */) {
          this.escape = true;
          this.addToken('\\');
        } else if (c === 0x22 /* " */) {
          this.inString = false;
          if (!this.endString()) return this.error ? false : this.syntax(i);
        } else if (c < 0x20) {
          // A raw line break or control character inside a string is not JSON.
          return this.syntax(i);
        } else {
          // Plain run: jump to the next quote, backslash or control character.
          let j = i;
          while (j < chunk.length) {
            const d = chunk.charCodeAt(j);
            if (d === 0x22 || d === 0x5c || d < 0x20) break;
            j++;
          }
          this.addToken(chunk.slice(i, j));
          i = j - 1;
        }
        continue;
      }
      if (isScalarChar(c)) {
        if (this.scalar === '' && (this.expect !== 'value' || this.inTypes())) return this.inTypes() ? this.badTypes() : this.syntax(i);
        let j = i;
        while (j < chunk.length && isScalarChar(chunk.charCodeAt(j))) j++;
        this.scalar += chunk.slice(i, j);
        if (this.scalar.length > 64) return this.syntax(i);
        i = j - 1;
        continue;
      }
      // Anything else ends a number or literal.
      if (this.scalar !== '' && !this.endScalar()) return this.syntax(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.base + i + 1;
        continue;
      }
      switch (c) {
        case 0x22: // "
          if (this.expect !== 'key' && this.expect !== 'value') return this.syntax(i);
          this.started = true;
          this.inString = true;
          this.stringIsKey = this.expect === 'key';
          this.token = '';
          this.tokenOverflow = false;
          break;
        case 0x7b: // {
        case 0x5b: {
          // [
          if (this.expect !== 'value') return this.syntax(i);
          this.started = true;
          const parent = this.stack[this.stack.length - 1];
          const types = parent?.kind === 'obj' && parent.key === TYPES_KEY && !parent.types;
          if (parent?.types || (types && c !== 0x7b)) return this.badTypes();
          this.stack.push({ kind: c === 0x7b ? 'obj' : 'arr', index: 0, key: null, types });
          if (this.stack.length > BACKUP_MAX_DEPTH) {
            return this.fail({ code: 'too-deep', path: this.path(), params: { max: BACKUP_MAX_DEPTH } });
          }
          this.expect = c === 0x7b ? 'key' : 'value';
          this.justOpened = true;
          break;
        }
        case 0x7d: // }
        case 0x5d: {
          // ]
          const top = this.stack[this.stack.length - 1];
          const closesObj = c === 0x7d;
          if (!top || (top.kind === 'obj') !== closesObj) return this.syntax(i);
          const empty = this.justOpened && this.expect === (closesObj ? 'key' : 'value');
          if (this.expect !== 'comma-or-end' && !empty) return this.syntax(i);
          this.stack.pop();
          this.afterValue();
          break;
        }
        case 0x3a: // :
          if (this.expect !== 'colon') return this.syntax(i);
          this.expect = 'value';
          break;
        case 0x2c: {
          // ,
          const top = this.stack[this.stack.length - 1];
          if (this.expect !== 'comma-or-end' || !top) return this.syntax(i);
          if (top.kind === 'arr') {
            top.index++;
            this.expect = 'value';
          } else {
            top.key = null;
            this.expect = 'key';
          }
          this.justOpened = false;
          break;
        }
        default:
          return this.syntax(i);
      }
    }
    this.base += chunk.length;
    return true;
  }

  /** After the last chunk: the document must have been complete. */
  end(): Result<ScanResult> {
    if (!this.error && this.scalar !== '' && !this.endScalar()) this.syntax(0);
    if (this.error) return { ok: false, errors: [this.error] };
    if (!this.started) return fail('empty');
    if (this.expect !== 'end') return fail('not-json', '', { line: this.line, column: this.base - this.lineStart + 1 });
    return { ok: true, value: this.result };
  }

  private inTypes(): boolean {
    const top = this.stack[this.stack.length - 1];
    return !!top && (top.types || (top.kind === 'obj' && top.key === TYPES_KEY));
  }

  /** A value finished: what may follow it. */
  private afterValue(): void {
    this.justOpened = false;
    this.expect = this.stack.length === 0 ? 'end' : 'comma-or-end';
  }

  private endScalar(): boolean {
    const ok = SCALAR.test(this.scalar);
    this.scalar = '';
    if (!ok) return false;
    this.started = true;
    this.afterValue();
    return true;
  }

  private syntax(i: number): false {
    return this.fail({ code: 'not-json', path: '', params: { line: this.line, column: this.base + i - this.lineStart + 1 } });
  }

  private badTypes(): false {
    return this.fail({ code: 'forbidden-key', path: this.path(), params: { key: TYPES_KEY } });
  }

  private fail(err: FileError): false {
    this.error = err;
    return false;
  }

  private path(): string {
    return tablePath(framePath(this.stack), this.result.tableNames);
  }

  private addToken(s: string): void {
    if (this.tokenOverflow) return;
    if (this.token.length + s.length > MAX_TOKEN) {
      this.tokenOverflow = true;
      this.token = '';
      return;
    }
    this.token += s;
  }

  /** A string closed: a key (checked, then a colon must follow) or a value. False: bad escape. */
  private endString(): boolean {
    let value: string | null = null;
    if (!this.tokenOverflow) {
      try {
        value = JSON.parse(`"${this.token}"`) as string;
      } catch {
        return false;
      }
    }
    const top = this.stack[this.stack.length - 1];
    if (this.stringIsKey) {
      if (!top) return false;
      if (value !== null && BACKUP_FORBIDDEN_KEYS.has(value)) {
        top.key = value;
        this.fail({ code: 'forbidden-key', path: this.path(), params: { key: value } });
        return false;
      }
      if (top.types && (value === null || !safeKeyPath(value))) {
        this.badTypes();
        return false;
      }
      top.key = value ?? '…';
      this.expect = 'colon';
      this.justOpened = false;
      return true;
    }
    if (this.inTypes()) {
      if (!top?.types || value === null || !ALLOWED_TYPES.has(value)) {
        this.badTypes();
        return false;
      }
    } else if (value !== null) {
      this.remember(value);
    }
    this.afterValue();
    return true;
  }

  /** A string value: keep the few the restore needs. */
  private remember(value: string): void {
    const path = framePath(this.stack);
    if (path.length === 1 && (path[0] === 'formatName' || path[0] === 'kind')) this.result[path[0]] = value;
    const [a, b, i, key] = path;
    if (a === 'data' && b === 'data' && typeof i === 'number' && key === 'tableName') this.result.tableNames.set(i, value);
  }
}

/** Scans a Blob in slices (constant memory), decoding UTF-8 strictly across slice boundaries. */
export async function scanBackupBlob(blob: Blob, sliceBytes = 1024 * 1024): Promise<Result<ScanResult>> {
  const scanner = new BackupScanner();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let pos = 0; pos < blob.size; pos += sliceBytes) {
    const buf = new Uint8Array(await blob.slice(pos, pos + sliceBytes).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(buf, { stream: pos + sliceBytes < blob.size });
    } catch {
      return fail('not-text');
    }
    if (pos === 0) text = text.replace(/^\uFEFF/, '');
    if (!scanner.write(text)) break;
  }
  return scanner.end();
}
