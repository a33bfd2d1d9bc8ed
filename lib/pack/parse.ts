import { fail, issuesToErrors, type FileError, type Result } from './errors';
import { findScriptLikeText } from './html-warnings';
import { migratePack } from './migrations';
import { formatPath } from './path';
import { decodeText, findUnsafeStructure, parseJson } from './read-json';
import { checkCustomRule } from './regex-safety';
import { PACK_KIND, PACK_MAX_BYTES, PACK_SCHEMA_VERSION, packV2Schema, type SopPack } from './schema';

export interface PackWarning {
  code: 'html';
  /** Place in the file as written. */
  path: string;
}

export interface ParsedPack {
  pack: SopPack;
  /** The schemaVersion the file was written in (older ones went through migrations). */
  fromVersion: number;
  warnings: PackWarning[];
}

/**
 * An SOP pack file → a validated pack in the current format, or the reasons it is refused, each
 * naming its place in the file. Pure: nothing is read from or written to the database here.
 *
 * Order: size and encoding, JSON syntax, prototype-pollution keys and depth (before anything
 * touches the parsed object), what kind of file it is, its version, migrations, the full schema,
 * then custom regular expressions. Markup-looking text is allowed (it is shown as text) but
 * reported as a warning for the preview.
 */
export function parsePackBytes(bytes: Uint8Array): Result<ParsedPack> {
  const text = decodeText(bytes, PACK_MAX_BYTES);
  if (!text.ok) return text;
  return parsePackText(text.value);
}

export function parsePackText(text: string): Result<ParsedPack> {
  if (text.length > PACK_MAX_BYTES) return fail('too-large', '', { size: text.length, max: PACK_MAX_BYTES });
  if (text.trim() === '') return fail('empty');
  const json = parseJson(text);
  if (!json.ok) return json;
  return parsePackDocument(json.value);
}

export function parsePackDocument(doc: unknown): Result<ParsedPack> {
  const unsafe = findUnsafeStructure(doc);
  if (unsafe) return { ok: false, errors: [unsafe] };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail('not-object');
  const obj = doc as Record<string, unknown>;
  if (obj.formatName === 'dexie') return fail('is-backup');
  if (obj.kind !== PACK_KIND) {
    return fail('wrong-kind', 'kind', { found: obj.kind === undefined ? '—' : String(JSON.stringify(obj.kind)).slice(0, 60), expected: PACK_KIND });
  }
  const version = obj.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('no-version', 'schemaVersion', { max: PACK_SCHEMA_VERSION });
  }
  if (version > PACK_SCHEMA_VERSION) return fail('newer-version', 'schemaVersion', { found: version, max: PACK_SCHEMA_VERSION });

  const migrated = migratePack(obj, version);
  if (!migrated.ok) return migrated;
  const { doc: current, pathBack } = migrated.value;
  const parsed = packV2Schema.safeParse(current);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, current, pathBack) };
  const pack = parsed.data;

  const regexErrors: FileError[] = [];
  pack.rules.custom.forEach((rule, i) => {
    const verdict = checkCustomRule(rule);
    if (!verdict.ok) {
      regexErrors.push({
        code: 'unsafe-regex',
        path: formatPath(pathBack(['rules', 'custom', i, 'pattern'])),
        params: { pattern: rule.pattern.slice(0, 80) },
        detail: verdict.reason,
      });
    }
  });
  if (regexErrors.length > 0) return { ok: false, errors: regexErrors };

  const { profile, rules, wordLists, templates } = pack;
  const warnings = findScriptLikeText({ profile, rules, wordLists, templates }).map((p) => ({ code: 'html' as const, path: formatPath(pathBack(p)) }));
  return { ok: true, value: { pack, fromVersion: version, warnings } };
}
