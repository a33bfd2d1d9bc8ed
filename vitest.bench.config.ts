import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Benchmarks print numbers; they assert nothing about time (timed assertions flake).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
    // The checker's word list is a file the extension fetches; tests install it from disk.
    setupFiles: ['tests/setup/word-table.ts'],
    reporters: ['verbose'],
  },
});
