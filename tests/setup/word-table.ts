// Installs the checker's word list from the repository's file before any test runs (the
// extension fetches it: lib/style/dictionary/load.ts, entrypoints/overlay.content/ui-loader.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installWordTable } from '@/lib/style/dictionary/dawg';

const file = readFileSync(resolve(import.meta.dirname, '../../public/dictionary/id-words.bin'));
if (!installWordTable(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))) {
  throw new Error('public/dictionary/id-words.bin is not the file lib/style/dictionary/id-words.generated.ts expects: run node scripts/build-dictionary.mjs');
}
