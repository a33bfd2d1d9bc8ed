import './file-reader';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '@/lib/backup';
import { DB_NAME, PranataDb } from '@/lib/db';
import { writeSettings } from '@/lib/db/settings';
import {
  applyImportPlan,
  buildPack,
  describeFileError,
  PACK_MAX_BYTES,
  packToJson,
  parsePackBytes,
  planImport,
  previewPack,
  readLocalState,
  type FileError,
  type FileErrorCode,
} from '@/lib/pack';
import { testContext } from '../helpers/db';
import { NOW, agencyProfile, agencyTemplates, bytes, fixtureText, idMaker } from './fixtures';

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

function validPack(): Json {
  const pack = buildPack({
    profile: agencyProfile(),
    templates: agencyTemplates(),
    settings: { checkerEnabled: true, qcGateEnabled: true },
    now: NOW,
    appVersion: '0.1.0',
  });
  return JSON.parse(packToJson(pack)) as Json;
}

function mutate(fn: (p: Json & { templates: Json[]; profile: Json; rules: Json & { custom: Json[] } }) => void): Uint8Array {
  const p = clone(validPack()) as Json & { templates: Json[]; profile: Json; rules: Json & { custom: Json[] } };
  fn(p);
  return bytes(JSON.stringify(p, null, 2));
}

function nest(depth: number): unknown {
  let v: unknown = 'dasar';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

async function dump(db: PranataDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

async function seeded(): Promise<PranataDb> {
  const { db } = testContext();
  const profile = agencyProfile({ id: 'profil-lokal', name: 'Profil lokal', personaName: 'Admin Lokal' });
  await db.profiles.add(profile);
  await db.templates.bulkAdd(agencyTemplates());
  await writeSettings(db, { activeProfileId: profile.id, setupDone: true });
  return db;
}

/** What the options page does with a chosen file, an admin who clicks "Apply" included. */
async function tryImportPack(db: PranataDb, file: Uint8Array): Promise<FileError[]> {
  const parsed = parsePackBytes(file);
  if (!parsed.ok) return parsed.errors;
  const preview = previewPack(parsed.value, await readLocalState(db));
  await applyImportPlan(db, planImport(preview, { global: 'replace', perItem: {}, activate: true }, { now: NOW, newId: idMaker() }));
  return [];
}

function expectMessages(err: FileError): void {
  for (const lang of ['id', 'en'] as const) {
    const text = describeFileError(err, lang);
    expect(text.length, lang).toBeGreaterThan(10);
    expect(text, `${lang}: unfilled placeholder`).not.toMatch(/\{[a-z]+\}/i);
    if (err.path) expect(text).toContain(err.path);
  }
  expect(describeFileError(err, 'id')).not.toBe(describeFileError(err, 'en'));
}

const v1 = () => JSON.parse(fixtureText('v1-diskominfo-kota-contoh.json')) as Json & { profile: Json };

const PACK_CASES_RAW: [string, () => Uint8Array, FileErrorCode, string][] = [
  ['empty file', () => new Uint8Array(0), 'empty', ''],
  ['only spaces and newlines', () => bytes('  \n\t\n'), 'empty', ''],
  ['binary junk (a PNG renamed .json)', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'not-text', ''],
  ['saved as UTF-16 by a text editor', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 'not-text', ''],
  ['cut short while copying', () => bytes(packToJson(validPack() as never).slice(0, 900)), 'not-json', ''],
  ['hand-edited with a trailing comma', () => bytes('{\n  "kind": "pranata-sop-pack",\n  "schemaVersion": 2,\n}\n'), 'not-json', ''],
  ['a JSON list instead of an object', () => bytes('[{"kind":"pranata-sop-pack"}]'), 'not-object', ''],
  ['another tool\'s JSON (package.json)', () => bytes('{"name":"humas-app","version":"1.0.0","dependencies":{}}'), 'wrong-kind', 'kind'],
  ['wrong kind', () => mutate((p) => { p.kind = 'pranata-template-list'; }), 'wrong-kind', 'kind'],
  ['a full backup given as a pack', () => bytes('{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"pranata","databaseVersion":3,"tables":[],"data":[]}}'), 'is-backup', ''],
  ['no schemaVersion', () => mutate((p) => { delete p.schemaVersion; }), 'no-version', 'schemaVersion'],
  ['schemaVersion as text', () => mutate((p) => { p.schemaVersion = '2'; }), 'no-version', 'schemaVersion'],
  ['made by a newer Pranata (version 3)', () => mutate((p) => { p.schemaVersion = 3; }), 'newer-version', 'schemaVersion'],
  ['oversized (a 2 MB body)', () => mutate((p) => { (p.templates[0] as Json).body = 'x'.repeat(PACK_MAX_BYTES); }), 'too-large', ''],
  ['__proto__ at the top', () => bytes(packToJson(validPack() as never).replace('{', '{"__proto__":{"isAdmin":true},')), 'forbidden-key', '__proto__'],
  ['__proto__ inside templates[3]', () => mutate((p) => { Object.defineProperty(p.templates[3], '__proto__', { value: { polluted: 1 }, enumerable: true }); }), 'forbidden-key', 'templates[3].__proto__'],
  ['constructor.prototype inside the profile', () => mutate((p) => { Object.defineProperty(p.profile, 'constructor', { value: { prototype: { polluted: 1 } }, enumerable: true }); }), 'forbidden-key', 'profile.constructor'],
  ['__proto__ spelled with a unicode escape', () => bytes(packToJson(validPack() as never).replace('"wordLists": {', '"wordLists": {"\\u005f_proto__": {"x": 1},')), 'forbidden-key', 'wordLists.__proto__'],
  ['nested 100 levels deep in a tag', () => mutate((p) => { (p.templates[1] as Json).tags = nest(100); }), 'too-deep', ''],
  ['a number where a tag should be', () => mutate((p) => { (p.templates[3] as Json).tags = ['pengaduan', 42]; }), 'invalid', 'templates[3].tags[1]'],
  ['a body over 5000 characters', () => mutate((p) => { (p.templates[3] as Json).body = 'Terima kasih. '.repeat(400); }), 'invalid', 'templates[3].body'],
  ['profile without its address form', () => mutate((p) => { delete p.profile.addressForm; }), 'invalid', 'profile.addressForm'],
  ['unknown template category', () => mutate((p) => { (p.templates[0] as Json).category = 'promosi'; }), 'invalid', 'templates[0].category'],
  ['exportedAt that is not a date', () => mutate((p) => { p.exportedAt = 'kemarin sore'; }), 'invalid', 'exportedAt'],
  ['duplicate template ids', () => mutate((p) => { (p.templates[4] as Json).id = (p.templates[1] as Json).id; }), 'duplicate', 'templates[4].id'],
  ['duplicate shortcuts', () => mutate((p) => { (p.templates[2] as Json).shortcut = (p.templates[0] as Json).shortcut; }), 'duplicate', 'templates[2].shortcut'],
  ['unsafe custom regex (catastrophic backtracking)', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '(a+)+$'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['custom regex that matches everything', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '.*'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['custom regex that does not compile', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '([a-z'; }), 'invalid', 'rules.custom[0].pattern'],
  ['an extra top-level field', () => mutate((p) => { p.onInstall = 'fetch("https://evil.example")'; }), 'invalid', ''],
  ['v1 file with an object in its word list (place named as v1 spells it)', () => bytes(JSON.stringify({ ...v1(), profile: { ...v1().profile, bannedWords: ['oknum', { kata: 'x' }] } })), 'invalid', 'profile.bannedWords[1]'],
  // Issue 21: the second attack review's kinds of hostile packs.
  ['600 rule settings (at most 500; 60,000 is over the file size limit)', () => mutate((p) => { (p.rules as Json).settings = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`rule-${i}`, { enabled: false }])); }), 'invalid', 'rules.settings'],
  ['a quadratic custom pattern (\\p{Extended_Pictographic}+x)', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '\\p{Extended_Pictographic}+x'; (p.rules.custom[0] as Json).flags = 'u'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['a quadratic custom pattern (\\d+ juta)', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '\\d+ juta'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['a zero-width custom pattern (\\b)', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '\\b'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['a lookahead-only custom pattern', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '(?=gratis)'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['a lookbehind-only custom pattern', () => mutate((p) => { (p.rules.custom[0] as Json).pattern = '(?<=wa\\.me)'; }), 'unsafe-regex', 'rules.custom[0].pattern'],
  ['exportedAt at the end of time', () => mutate((p) => { p.exportedAt = 8.64e15 + 1; }), 'invalid', 'exportedAt'],
  // Issue 17: the response target is whole hours, 1 to 720.
  ['a response target of 0 hours', () => mutate((p) => { p.profile.responseTargetHours = 0; }), 'invalid', 'profile.responseTargetHours'],
  ['a response target of 10 years', () => mutate((p) => { p.profile.responseTargetHours = 87_600; }), 'invalid', 'profile.responseTargetHours'],
  ['a response target as text ("24 jam")', () => mutate((p) => { p.profile.responseTargetHours = '24 jam'; }), 'invalid', 'profile.responseTargetHours'],
  ['v1 file with an unsafe regex (place named as v1 spells it)', () => {
    const doc = v1();
    (doc.profile.customRules as Json[])[0] = { id: 'custom.x', pattern: '(\\w+\\s?)*$', flags: '', message: 'x', severity: 'error' };
    return bytes(JSON.stringify(doc));
  }, 'unsafe-regex', 'profile.customRules[0].pattern'],
];

/** Name, expected code and place first, so the test titles read well. */
const PACK_CASES = PACK_CASES_RAW.map(([name, file, code, path]) => [name, code, path, file] as const);

describe('hostile and malformed SOP packs', () => {
  let before: Record<string, unknown[]>;
  let db: PranataDb;
  beforeAll(async () => {
    db = await seeded();
    before = await dump(db);
  });

  it(`has at least 20 cases (${PACK_CASES.length})`, () => {
    expect(PACK_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PACK_CASES)('%s → %s at "%s", nothing written', async (_name, code, path, file) => {
    const errors = await tryImportPack(db, file());
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ code });
    expect(errors[0]?.path.startsWith(path), errors[0]?.path).toBe(true);
    for (const e of errors) expectMessages(e);
    expect(await dump(db)).toEqual(before);
  });

  it('HTML in text fields is kept as literal text, with a warning naming each place', async () => {
    const { db: target } = testContext();
    const file = mutate((p) => {
      (p.templates[2] as Json).body = 'Halo {nama}. <script>alert("x")</script> Info di <a href="javascript:alert(1)">sini</a>. {admin}';
      p.profile.personaName = '<img src=x onerror=alert(1)>';
    });
    const parsed = parsePackBytes(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.warnings.map((w) => w.path).sort()).toEqual(['profile.personaName', 'templates[2].body']);
    const preview = previewPack(parsed.value, await readLocalState(target));
    await applyImportPlan(target, planImport(preview, { global: 'replace', perItem: {}, activate: true }, { now: NOW, newId: idMaker() }));
    const title = (JSON.parse(new TextDecoder().decode(file)) as { templates: Json[] }).templates[2]?.title;
    const stored = (await target.templates.toArray()).find((t) => t.title === title);
    expect(stored?.body).toContain('<script>alert("x")</script>');
  });
});

/** A real backup's text, from a database named like the real one. */
async function realBackupText(): Promise<string> {
  const db = new PranataDb(DB_NAME);
  await db.delete();
  await db.open();
  await db.profiles.add(agencyProfile());
  await db.templates.bulkAdd(agencyTemplates());
  await writeSettings(db, { setupDone: true });
  const { blob } = await exportBackup(db, { now: NOW, timeZone: 'WIB' });
  db.close();
  return blob.text();
}

type Backup = { formatName: string; data: { databaseName: string; databaseVersion: number; tables: Json[]; data: { tableName: string; inbound: boolean; rows: Json[] }[] } };

const BACKUP_CASES_RAW: [string, (text: string) => string | Uint8Array, FileErrorCode, string][] = [
  ['empty file', () => '', 'empty', ''],
  ['binary junk', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), 'not-text', ''],
  ['an SOP pack given as a backup', () => packToJson(validPack() as never), 'is-pack', ''],
  ['another tool\'s JSON', () => '{"name":"humas-app","version":"1.0.0"}', 'wrong-kind', 'formatName'],
  ['cut short', (text) => text.slice(0, Math.floor(text.length * 0.7)), 'not-json', ''],
  ['from a newer database version', (text) => edit(text, (b) => { b.data.databaseVersion = 99; }), 'newer-database', 'data.databaseVersion'],
  ['from another database', (text) => edit(text, (b) => { b.data.databaseName = 'aplikasi-lain'; }), 'wrong-database', 'data.databaseName'],
  ['with a table this version does not know', (text) => edit(text, (b) => { b.data.tables.push({ name: 'rahasia', schema: 'id', rowCount: 0 }); }), 'unknown-table', 'data.tables[10].name'],
  ['with a changed primary key', (text) => edit(text, (b) => { (b.data.tables[0] as Json).schema = 'uuid,title'; }), 'changed-key', 'data.tables[0].schema'],
  // (Not `tags`: the export's Typeson annotation turns whatever stands there into an array,
  // which is then checked like any other; a counter has no annotation.)
  ['a wrong type deep inside the last template row', (text) => edit(text, (b) => { const rows = b.data.data[0]?.rows ?? []; (rows[rows.length - 1] as Json).usageCount = 'banyak'; }), 'invalid', `templates[${agencyTemplates().length - 1}].usageCount`],
  ['__proto__ key in a row', (text) => text.replace('"rows":[{', '"rows":[{"__proto__":{"body":"x"},'), 'forbidden-key', 'templates[0].__proto__'],
  ['__proto__ key spelled with an escape', (text) => text.replace('"rows":[{', '"rows":[{"\\u005f\\u005fproto__":{"x":1},'), 'forbidden-key', 'templates[0].__proto__'],
  ['Typeson type that loads an image from a URL', (text) => text.replace('"rows":[{', '"rows":[{"pic":"https://evil.example/p.png","$types":{"pic":"imagebitmap"},'), 'forbidden-key', 'templates[0].$types.pic'],
  ['Typeson key path through __proto__', (text) => text.replace('"rows":[{', '"rows":[{"$types":{"__proto__.toString":"arrayNonindexKeys"},'), 'forbidden-key', 'templates[0].$types'],
  ['duplicate primary key', (text) => edit(text, (b) => { const rows = b.data.data[0]?.rows ?? []; (rows[5] as Json).id = (rows[1] as Json).id; }), 'duplicate', 'templates[5].id'],
  ['a profile with an unsafe custom regex', (text) => edit(text, (b) => {
    const t = b.data.data.find((d) => d.tableName === 'profiles');
    ((t?.rows[0] as Json).customRules as Json[])[0] = { id: 'custom.x', pattern: '(x|x)*y', flags: '', message: 'x', severity: 'error' };
  }), 'unsafe-regex', 'profiles[0].customRules[0].pattern'],
  ['rows stored out of line', (text) => edit(text, (b) => { const d = b.data.data[0]; if (d) { d.inbound = false; d.rows = d.rows.map((r) => [r.id, r] as never); } }), 'invalid', 'templates[0]'],
  ['a missing colon inside a row (only the full parser notices)', (text) => text.replace('"rows":[{', '"rows":[{"catatan" "x",'), 'not-json', ''],
  ['nested too deep', (text) => edit(text, (b) => { const rows = b.data.data[0]?.rows ?? []; (rows[0] as Json).tags = nest(40); }), 'too-deep', ''],
  // Issue 21: the second attack review's kinds of hostile backups.
  ['a roll-up watermark of 9999-12-31', (text) => addRow(text, 'meta', { key: 'rollup', value: { rolledThrough: '9999-12-31', timeZone: 'WIB', at: NOW } }), 'invalid', 'meta[0].value.rolledThrough'],
  ['a roll-up watermark next year', (text) => addRow(text, 'meta', { key: 'rollup', value: { rolledThrough: `${new Date().getUTCFullYear() + 1}-06-01`, timeZone: 'WIB', at: NOW } }), 'invalid', 'meta[0].value.rolledThrough'],
  ['a roll-up watermark that is text', (text) => addRow(text, 'meta', { key: 'rollup', value: 'kemarin' }), 'invalid', 'meta[0].value'],
  ['a 1 MB meta value', (text) => addRow(text, 'meta', { key: 'catatan', value: 'x'.repeat(1024 * 1024) }), 'invalid', 'meta[0].value'],
  ['a snapshot at 8.64e15', (text) => addRow(text, 'snapshots', { id: 's1', kind: 'post', platform: 'x', account: 'humas', postId: '1', at: 8.64e15, counts: {} }), 'invalid', 'snapshots[0].at'],
  ['a snapshot posted in the year 9999', (text) => addRow(text, 'snapshots', { id: 's1', kind: 'post', platform: 'x', account: 'humas', postId: '1', at: NOW, postedAt: Date.UTC(9999, 0, 1), counts: {} }), 'invalid', 'snapshots[0].postedAt'],
  ['a reply event at 8.64e15', (text) => addRow(text, 'replyEvents', { id: 'e1', kind: 'sent', platform: 'x', at: 8.64e15 }), 'invalid', 'replyEvents[0].at'],
  ['a roll-up row on 2026-02-31', (text) => addRow(text, 'replyRollups', { v: 1, key: 'r|2026-02-31|x', day: '2026-02-31', platform: 'x', firstAt: NOW, lastAt: NOW, events: 1, kinds: { 'template-inserted': 0, checked: 0, sent: 1 }, responseHistogram: {}, checkedSent: 0, compliantSent: 0, gateOverrides: 0, scoreMilliSum: 0, scoreCount: 0, templates: {} }), 'invalid', 'replyRollups[0].day'],
  ['a profile with a quadratic custom pattern', (text) => edit(text, (b) => {
    const t = b.data.data.find((d) => d.tableName === 'profiles');
    ((t?.rows[0] as Json).customRules as Json[])[0] = { id: 'custom.x', pattern: '\\p{Extended_Pictographic}+x', flags: 'u', message: 'x', severity: 'error' };
  }), 'unsafe-regex', 'profiles[0].customRules[0].pattern'],
  ['a profile with a response target of 1.5 hours', (text) => edit(text, (b) => {
    const t = b.data.data.find((d) => d.tableName === 'profiles');
    (t?.rows[0] as Json).responseTargetHours = 1.5;
  }), 'invalid', 'profiles[0].responseTargetHours'],
  ['a profile with 60,000 rule settings', (text) => edit(text, (b) => {
    const t = b.data.data.find((d) => d.tableName === 'profiles');
    (t?.rows[0] as Json).rules = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`rule-${i}`, { enabled: true }]));
  }), 'invalid', 'profiles[0].rules'],
];

/** The backup with one more row in a table (the table's entry in the file exists, possibly empty). */
function addRow(text: string, table: string, row: Json): string {
  return edit(text, (b) => {
    const entry = b.data.data.find((d) => d.tableName === table);
    if (!entry) throw new Error(`no ${table} in the backup`);
    entry.rows.push(row);
    const head = b.data.tables.find((t) => t.name === table);
    if (head) head.rowCount = Number(head.rowCount) + 1;
  });
}

const BACKUP_CASES = BACKUP_CASES_RAW.map(([name, make, code, path]) => [name, code, path, make] as const);

function edit(text: string, fn: (b: Backup) => void): string {
  const b = JSON.parse(text) as Backup;
  fn(b);
  return JSON.stringify(b);
}

describe('hostile and malformed backups, restored with "replace everything"', () => {
  let text: string;
  let db: PranataDb;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    text = await realBackupText();
  });
  // A fresh database per case: one wrongly accepted file must not hide the next case's result.
  beforeEach(async () => {
    db = await seeded();
    before = await dump(db);
  });

  it(`the hostile sets hold at least 50 files in all (${PACK_CASES.length} packs + ${BACKUP_CASES.length} backups)`, () => {
    expect(PACK_CASES.length + BACKUP_CASES.length).toBeGreaterThanOrEqual(50);
  });

  it('the unmodified backup restores (the cases below fail for their own reason)', async () => {
    const { db: target } = testContext();
    const res = await restoreBackup(target, new Blob([text]), { mode: 'replace' });
    expect(res.ok).toBe(true);
  });

  it.each(BACKUP_CASES)('%s → %s at "%s", database unchanged', async (_name, code, path, make) => {
    const file = make(text);
    const res = await restoreBackup(db, new Blob([typeof file === 'string' ? file : new Uint8Array(file)]), { mode: 'replace' });
    if (res.ok) throw new Error('restored a hostile backup');
    expect(res.errors[0]).toMatchObject({ code });
    expect(res.errors[0]?.path.startsWith(path)).toBe(true);
    for (const e of res.errors) expectMessages(e);
    expect(await dump(db)).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('body');
    expect(typeof Object.prototype.toString).toBe('function');
  }, 30_000); // the large files (60,000 rule settings) take seconds on a busy 2-core machine
});
