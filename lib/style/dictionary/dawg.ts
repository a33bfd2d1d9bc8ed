/**
 * The compiled word list (public/dictionary/id-words.bin, built by scripts/build-dictionary.mjs
 * from hunspell-id) as a minimal acyclic automaton: exact lookups with no Set of 190,000 strings
 * in memory, and nearest-word search by walking it. The edges are a binary file installed once
 * (installWordTable) by whoever runs the checker: the page's UI fetches it beside overlay-ui.js,
 * the options page at start, the tests from disk (tests/setup/word-table.ts). Kept out of the
 * scripts, it is neither parsed as JavaScript nor decoded from base64 (issue 19).
 */
import { ALPHABET, EDGES_BYTES } from './id-words.generated';

const LETTER = 0x3f;
const FINAL = 0x40;
const LAST = 0x80;

let edges: Uint32Array | null = null;
const code = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) code[ALPHABET.charCodeAt(i)] = i;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Installs the edges from the file's bytes. False (and nothing installed) when they are not the
 * file this build expects: a wrong length is a truncated or foreign file, never half a list.
 */
export function installWordTable(bytes: ArrayBuffer): boolean {
  if (bytes.byteLength !== EDGES_BYTES) return false;
  if (LITTLE_ENDIAN) {
    // A view on the fetched bytes, not a copy: each caller hands over a buffer of its own.
    edges = new Uint32Array(bytes);
  } else {
    const view = new DataView(bytes);
    const out = new Uint32Array(bytes.byteLength >>> 2);
    for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
    edges = out;
  }
  return true;
}

/** Whether the word list is installed (the checker runs only then: see runCheck). */
export function wordTableInstalled(): boolean {
  return edges !== null;
}

function table(): Uint32Array {
  if (!edges) throw new Error('Pranata: the word list is not installed (installWordTable)');
  return edges;
}

/** Is the lower-case word in the list? */
export function inWordList(word: string): boolean {
  if (word.length === 0) return false;
  const e = table();
  let node = 0;
  let final = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const want = c < 128 ? (code[c] ?? -1) : -1;
    if (want < 0 || (i > 0 && node === 0)) return false;
    let k = node;
    for (;;) {
      const edge = e[k] ?? 0;
      if ((edge & LETTER) === want) {
        final = (edge & FINAL) !== 0;
        node = edge >>> 8;
        break;
      }
      if ((edge & LAST) !== 0) return false;
      k++;
    }
  }
  return final;
}

/**
 * Words of the list within `maxCost` edits (insert, delete, substitute, swap of two neighbours)
 * of `word`, cheapest first, at most `limit`. A walk over the automaton with one row of the
 * edit-distance table per step, cut off where the row's minimum exceeds the budget.
 */
export function nearestWords(word: string, maxCost: number, limit: number): { word: string; cost: number }[] {
  const e = table();
  const n = word.length;
  const found: { word: string; cost: number }[] = [];
  const seen = new Set<string>();
  const prefix: number[] = [];
  const first = Array.from({ length: n + 1 }, (_, i) => i);
  const walk = (node: number, row: number[], prevRow: number[] | null, depth: number): void => {
    let k = node;
    for (;;) {
      const edge = e[k] ?? 0;
      const letter = edge & LETTER;
      const ch = ALPHABET.charCodeAt(letter);
      const next = new Array<number>(n + 1);
      next[0] = (row[0] ?? 0) + 1;
      let min = next[0];
      for (let i = 1; i <= n; i++) {
        const sub = (row[i - 1] ?? 0) + (word.charCodeAt(i - 1) === ch ? 0 : 1);
        let v = Math.min((row[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1, sub);
        // a swap of two neighbouring letters costs one edit
        if (prevRow && i > 1 && word.charCodeAt(i - 1) === prefix[depth - 1] && word.charCodeAt(i - 2) === ch) {
          v = Math.min(v, (prevRow[i - 2] ?? 0) + 1);
        }
        next[i] = v;
        if (v < min) min = v;
      }
      prefix[depth] = ch;
      const cost = next[n] ?? 0;
      if ((edge & FINAL) !== 0 && cost <= maxCost) {
        const w = String.fromCharCode(...prefix.slice(0, depth + 1));
        if (!seen.has(w)) {
          seen.add(w);
          found.push({ word: w, cost });
        }
      }
      const target = edge >>> 8;
      if (min <= maxCost && target !== 0) walk(target, next, row, depth + 1);
      if ((edge & LAST) !== 0) break;
      k++;
    }
  };
  if (n > 0) walk(0, first, null, 0);
  return found.sort((a, b) => a.cost - b.cost || a.word.length - b.word.length || (a.word < b.word ? -1 : 1)).slice(0, limit);
}

/**
 * Words of the list that spell `skeleton` with vowels put back ("smoga" → "semoga", "slalu" →
 * "selalu"): the written letters in order, the first one kept, at most `maxInserted` vowels added.
 */
export function withVowels(skeleton: string, maxInserted: number, limit: number): { word: string; inserted: number }[] {
  const e = table();
  const out: { word: string; inserted: number }[] = [];
  const prefix: number[] = [];
  const VOWELS = 'aeiou';
  const walk = (node: number, pos: number, inserted: number, depth: number): void => {
    if (out.length >= limit) return;
    let k = node;
    for (;;) {
      const edge = e[k] ?? 0;
      const ch = ALPHABET.charCodeAt(edge & LETTER);
      const target = edge >>> 8;
      const matches = pos < skeleton.length && skeleton.charCodeAt(pos) === ch;
      const vowel = depth > 0 && inserted < maxInserted && VOWELS.includes(String.fromCharCode(ch));
      const steps: [number, number][] = [];
      if (matches) steps.push([pos + 1, inserted]);
      if (vowel) steps.push([pos, inserted + 1]);
      for (const [np, ni] of steps) {
        prefix[depth] = ch;
        if (np === skeleton.length && (edge & FINAL) !== 0) out.push({ word: String.fromCharCode(...prefix.slice(0, depth + 1)), inserted: ni });
        if (target !== 0 && (np < skeleton.length || ni < maxInserted)) walk(target, np, ni, depth + 1);
      }
      if ((edge & LAST) !== 0) break;
      k++;
    }
  };
  walk(0, 0, 0, 0);
  return out;
}
