import { t } from '@/lib/i18n';
import { FILE_ERROR_KEY, ISSUE_KEY, VALUE_TYPE_KEY } from '@/lib/i18n/labels';
import { formatCount } from '@/lib/engagement/format';
import type { UiLanguage } from '@/lib/schemas/common';
import type { FileError } from './errors';


function typeName(lang: UiLanguage, v: string | number | undefined): string {
  const s = String(v ?? '');
  return Object.hasOwn(VALUE_TYPE_KEY, s) ? t(lang, VALUE_TYPE_KEY[s] ?? 'handover.type.string') : s;
}

/** Bytes in the largest unit that keeps a number above 1: "2 MB", "734 kB". */
export function formatBytes(n: number, lang: UiLanguage): string {
  if (n >= 1024 * 1024) return `${formatCount(Math.round((n / (1024 * 1024)) * 10) / 10, lang)} MB`;
  if (n >= 1024) return `${formatCount(Math.round(n / 1024), lang)} kB`;
  return `${formatCount(n, lang)} B`;
}

/**
 * One refusal as a sentence in the UI language, led by its place in the file when it has one:
 * "Di templates[3].body: Terlalu panjang (paling banyak 5000)." / "At templates[3].body: Too long (at most 5000)."
 */
export function describeFileError(err: FileError, lang: UiLanguage): string {
  const p = err.params ?? {};
  let message: string;
  if (err.code === 'invalid' && err.issue) {
    message = t(lang, ISSUE_KEY[err.issue], {
      ...p,
      ...(p.expected !== undefined ? { expected: typeName(lang, p.expected) } : {}),
      ...(p.received !== undefined ? { received: typeName(lang, p.received) } : {}),
    });
  } else if (err.code === 'too-large') {
    message = t(lang, 'handover.error.too-large', { size: formatBytes(Number(p.size), lang), max: formatBytes(Number(p.max), lang) });
  } else if (err.code === 'unsafe-regex') {
    message = t(lang, 'handover.error.unsafe-regex', { reason: err.detail?.[lang] ?? String(p.pattern ?? '') });
  } else {
    message = t(lang, FILE_ERROR_KEY[err.code], p);
  }
  return err.path ? t(lang, 'handover.error.at', { path: err.path, message }) : message;
}
