/**
 * Response times above this are not recorded (an old post answered by chance would drag every
 * median). A plain constant in its own zod-free file, so the content script can use it without
 * bundling zod; lib/schemas/rollup.ts re-exports it.
 */
export const MAX_RESPONSE_MS = 30 * 24 * 60 * 60 * 1000;
