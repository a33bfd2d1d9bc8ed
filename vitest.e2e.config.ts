import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests drive the built extension in real Chromium: one file at a time (2 cores),
// generous timeouts for browser start-up, no retries (a flake is a bug to fix).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
    // The e2e build: the shipped one with the overlay's shadow root open (see tests/e2e/harness.ts).
    env: { PRANATA_EXTENSION: 'chrome-mv3-e2e' },
    // A real browser on a busy 2-core machine: give polled expectations time (default is 1 s).
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
