import type { Severity } from '@/lib/schemas/common';

/** Severity colours (700 shades: white text on them meets WCAG AA). */
export const SEVERITY_COLOUR: Record<Severity | 'ok', string> = {
  error: '#b91c1c',
  warning: '#b45309',
  info: '#1d4ed8',
  ok: '#15803d',
};

/** Translucent fill under a highlighted span. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'rgba(185, 28, 28, 0.14)',
  warning: 'rgba(180, 83, 9, 0.12)',
  info: 'rgba(29, 78, 216, 0.08)',
};
