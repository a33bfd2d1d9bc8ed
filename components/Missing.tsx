import type { CSSProperties } from 'react';
import { NO_VALUE } from '@/lib/engagement/format';

/** Read by screen readers, not drawn (the usual visually-hidden recipe). */
const HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };

/**
 * A figure that cannot be given ("–"), with the short reason why: as a tooltip on hover and on
 * keyboard focus (it is a Tab stop), and as the text a screen reader reads instead of the dash.
 */
export function Missing({ reason, testId }: { reason: string; testId?: string }) {
  return (
    <span className="missing" tabIndex={0} title={reason} data-testid={testId} data-missing-reason={reason}>
      <span aria-hidden="true">{NO_VALUE}</span>
      <span style={HIDDEN}>{reason}</span>
    </span>
  );
}

/** The formatted figure, or the dash with its reason when the figure is missing. */
export function Figure({ text, reason, testId }: { text: string; reason: string; testId?: string }) {
  return text === NO_VALUE ? <Missing reason={reason} testId={testId} /> : <span data-testid={testId}>{text}</span>;
}
