// Types for the parts of run.mjs that the unit tests import.
export const ROOT: string;
export function run(label: string, cmd: string, args: string[], opts?: { env?: Record<string, string> }): boolean;
export function countReport(report: unknown): { passed: number; failed: number };
export function vitest(label: string, args: string[], opts?: { env?: Record<string, string> }): { ok: boolean; passed: number; failed: number };
