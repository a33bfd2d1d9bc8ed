// `node scripts/build-dictionary.mjs`: regenerates public/dictionary/id-words.bin (the checker's
// Indonesian word list) and lib/style/dictionary/id-words.generated.ts (its size, hash, alphabet), from Debian's hunspell-id (id_ID.dic + id_ID.aff, LGPL-3,
// Copyright (C) 2017 Ali Ahmadi; affix file by Benitius Brevoort).
//
// Needs: `apt-get install hunspell hunspell-id` (the hunspell binary is the judge of which forms
// are words) and the nspell dev dependency (expands every stem with its affix rules).
// Steps: nspell expands all stems with their affixes; nspell ignores hunspell's CIRCUMFIX rule
// and so also makes non-words ("Allahan"), so every form is then checked by hunspell itself and
// only the accepted ones are kept; lower-cased; built into a minimal acyclic automaton (DAFSA),
// which holds the ~190,000 forms in ~80,000 edges; written as one little-endian 32-bit word per edge.
// The licence text is copied to public/licenses/ so it ships inside the extension.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.HUNSPELL_ID_DIR ?? '/usr/share/hunspell';
const aff = join(dir, 'id_ID.aff');
const dic = join(dir, 'id_ID.dic');
if (!existsSync(aff) || !existsSync(dic)) {
  console.error(`No ${aff} / ${dic}: install Debian's hunspell-id (apt-get install hunspell-id) or set HUNSPELL_ID_DIR.`);
  process.exit(1);
}
if (spawnSync('hunspell', ['-v']).status !== 0) {
  console.error('No hunspell binary: apt-get install hunspell (it decides which expanded forms are words).');
  process.exit(1);
}

const affText = readFileSync(aff, 'latin1');
const dicText = readFileSync(dic, 'latin1');
const spell = nspell(affText, dicText);
const candidates = Object.keys(spell.data).filter((w) => spell.correct(w));

// hunspell -l prints the words it rejects.
const judged = spawnSync('hunspell', ['-d', join(dir, 'id_ID'), '-l'], { input: candidates.join('\n'), maxBuffer: 1 << 28 });
if (judged.status !== 0) {
  console.error('hunspell failed:', judged.stderr.toString());
  process.exit(1);
}
const rejected = new Set(judged.stdout.toString().split('\n'));
const ALPHABET = '-abcdefghijklmnopqrstuvwxyz';
const WORD = /^[a-z](?:[a-z-]*[a-z])?$/;
const words = [...new Set(candidates.filter((w) => !rejected.has(w)).map((w) => w.toLowerCase()))]
  .filter((w) => WORD.test(w))
  .sort();

// Daciuk et al.'s incremental construction of the minimal automaton over sorted input.
const nodes = [{ final: false, edges: new Map() }];
const register = new Map();
const unchecked = [];
const keyOf = (n) => (nodes[n].final ? '1' : '0') + [...nodes[n].edges].map(([c, t]) => c + t).join(',');
function minimize(down) {
  while (unchecked.length > down) {
    const [parent, ch, child] = unchecked.pop();
    const key = keyOf(child);
    const same = register.get(key);
    if (same !== undefined) nodes[parent].edges.set(ch, same);
    else register.set(key, child);
  }
}
let prev = '';
for (const w of words) {
  let common = 0;
  while (common < w.length && common < prev.length && w[common] === prev[common]) common++;
  minimize(common);
  let n = unchecked.length > 0 ? unchecked[unchecked.length - 1][2] : 0;
  for (let i = common; i < w.length; i++) {
    nodes.push({ final: false, edges: new Map() });
    const child = nodes.length - 1;
    nodes[n].edges.set(w[i], child);
    unchecked.push([n, w[i], child]);
    n = child;
  }
  nodes[n].final = true;
  prev = w;
}
minimize(0);

// Lay out: every node's edges side by side, sorted by letter; a node is the index of its first
// edge (0 for a node without edges: the root has no incoming edge, so 0 is free as a target).
const first = new Map();
const order = [];
const queue = [0];
let size = 0;
while (queue.length > 0) {
  const n = queue.shift();
  if (first.has(n)) continue;
  const out = nodes[n].edges.size;
  first.set(n, out === 0 ? 0 : size);
  if (out > 0) {
    order.push(n);
    size += out;
  }
  for (const t of nodes[n].edges.values()) if (!first.has(t)) queue.push(t);
}
const edges = new Uint32Array(size);
let at = 0;
for (const n of order) {
  const list = [...nodes[n].edges].sort(([a], [b]) => ALPHABET.indexOf(a) - ALPHABET.indexOf(b));
  list.forEach(([ch, t], i) => {
    const target = first.get(t);
    if (target >= 1 << 24) throw new Error('too many edges for 24-bit targets');
    // bits 0-5 letter, 6 target is final, 7 last edge of its node, 8-31 target
    edges[at++] = ALPHABET.indexOf(ch) | (nodes[t].final ? 64 : 0) | (i === list.length - 1 ? 128 : 0) | (target << 8);
  });
}
const bytes = Buffer.from(edges.buffer);
const hash = createHash('sha256').update(dicText).update(affText).digest('hex').slice(0, 16);
// The edges ship as a binary file the checker fetches when it is first needed (issue 19: as
// base64 inside overlay-ui.js they were half of the script parsed in the site's page).
const bin = join(root, 'public/dictionary/id-words.bin');
mkdirSync(dirname(bin), { recursive: true });
writeFileSync(bin, bytes);
const out = join(root, 'lib/style/dictionary/id-words.generated.ts');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `// GENERATED by scripts/build-dictionary.mjs from Debian's hunspell-id (id_ID.dic/.aff ${hash}).\n` +
    `// Word list: Copyright (C) 2017 Ali Ahmadi; affix rules: Benitius Brevoort. Licensed LGPL-3\n` +
    `// (public/licenses/hunspell-id-LGPL-3.txt). Do not edit: run the script again.\n` +
    `export const WORD_COUNT = ${words.length};\n` +
    `export const ALPHABET = '${ALPHABET}';\n` +
    `/** The edges' file (public/dictionary/id-words.bin): one little-endian 32-bit word per edge (letter, target final, last edge, target). */\n` +
    `export const EDGES_FILE = '/dictionary/id-words.bin';\n` +
    `export const EDGES_BYTES = ${bytes.length};\n` +
    `export const EDGES_SHA256 = '${createHash('sha256').update(bytes).digest('hex')}';\n`,
);
mkdirSync(join(root, 'public/licenses'), { recursive: true });
const lgpl = '/usr/share/common-licenses/LGPL-3';
const gpl = '/usr/share/common-licenses/GPL-3';
writeFileSync(
  join(root, 'public/licenses/hunspell-id-LGPL-3.txt'),
  'The Indonesian word list in Pranata (lib/style/dictionary) is compiled from hunspell-id\n' +
    '(Debian package hunspell-id, from the LibreOffice dictionaries): id_ID.dic Copyright (C) 2017\n' +
    'Ali Ahmadi <idnux09@gmail.com>, id_ID.aff by Benitius Brevoort, licensed under the GNU Lesser\n' +
    'General Public License version 3. Its text follows, then the GNU GPL version 3 it refers to.\n' +
    'To rebuild the list from the source files: node scripts/build-dictionary.mjs.\n\n' +
    readFileSync(lgpl, 'utf8') +
    '\n\n' +
    readFileSync(gpl, 'utf8'),
);
console.log(`${words.length} words (${candidates.length} expanded, ${rejected.size - 1} rejected by hunspell) → ${size} edges, ${bytes.length} bytes → ${bin}, ${out}`);
