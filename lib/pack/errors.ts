import type { z } from 'zod';
import { formatPath } from './path';

/**
 * Why a file was refused. The UI shows `handover.error.<code>` (Indonesian or English) with
 * `path` (where in the file) and the details as parameters; nothing is written when any is present.
 */
export type FileErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-object'
  | 'wrong-kind'
  | 'is-backup'
  | 'is-pack'
  | 'no-version'
  | 'newer-version'
  | 'invalid'
  | 'duplicate'
  | 'unsafe-regex'
  | 'newer-database'
  | 'wrong-database'
  | 'unknown-table'
  | 'changed-key'
  | 'storage-full'
  | 'unreadable'
  /** Another tab is restoring a backup or importing a pack (lib/backup/writer-lock.ts). */
  | 'busy';

/** For code 'invalid': what exactly is wrong with the value at `path`. */
export type IssueKind = 'missing' | 'type' | 'too-long' | 'too-short' | 'too-big' | 'too-small' | 'value' | 'format' | 'unknown-key' | 'other';

export interface FileError {
  code: FileErrorCode;
  /** Formatted place in the file (`templates[3].body`); '' for the file as a whole. */
  path: string;
  issue?: IssueKind;
  /** Parameters for the message: expected type, limit, allowed values, the offending key... */
  params?: Record<string, string | number>;
  /** A reason already written in both languages (e.g. the checker's verdict on a pattern). */
  detail?: { id: string; en: string };
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FileError[] };

export const fail = (code: FileErrorCode, path = '', params?: FileError['params'], issue?: IssueKind): { ok: false; errors: FileError[] } => ({
  ok: false,
  errors: [{ code, path, ...(issue ? { issue } : {}), ...(params ? { params } : {}) }],
});

/** At most this many problems are listed: the first few are enough to fix a file. */
export const MAX_LISTED_ERRORS = 5;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * Zod issues as FileErrors, in the file's own terms. `mapPath` turns a path of the current
 * format back into the file's (older) format when the file went through migrations.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  mapPath: (p: readonly PropertyKey[]) => readonly PropertyKey[] = (p) => p,
): FileError[] {
  return issues.slice(0, MAX_LISTED_ERRORS).map((issue): FileError => {
    const path = formatPath(mapPath(issue.path));
    const at = valueAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        if (at === undefined) return { code: 'invalid', path, issue: 'missing', params: { expected: issue.expected } };
        return { code: 'invalid', path, issue: 'type', params: { expected: issue.expected, received: jsonType(at) } };
      case 'too_big':
        return {
          code: 'invalid',
          path,
          issue: issue.origin === 'string' || issue.origin === 'array' ? 'too-long' : 'too-big',
          params: { max: Number(issue.maximum) },
        };
      case 'too_small':
        return {
          code: 'invalid',
          path,
          issue: issue.origin === 'string' || issue.origin === 'array' ? 'too-short' : 'too-small',
          params: { min: Number(issue.minimum) },
        };
      case 'invalid_value':
        return { code: 'invalid', path, issue: 'value', params: { allowed: issue.values.map(String).join(', ').slice(0, 200) } };
      case 'invalid_format':
        return { code: 'invalid', path, issue: 'format', params: { format: issue.format } };
      case 'unrecognized_keys':
        return { code: 'invalid', path, issue: 'unknown-key', params: { keys: issue.keys.join(', ').slice(0, 200) } };
      case 'custom': {
        const dup = (issue.params as { duplicate?: unknown } | undefined)?.duplicate;
        if (typeof dup === 'string') return { code: 'duplicate', path, params: { value: dup.slice(0, 120) } };
        return { code: 'invalid', path, issue: 'other', params: { detail: issue.message.slice(0, 200) } };
      }
      default:
        return { code: 'invalid', path, issue: 'other', params: { detail: issue.message.slice(0, 200) } };
    }
  });
}
