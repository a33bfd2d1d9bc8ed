import type { CustomRule } from '@/lib/schemas/profile';

/** One match of an admin's custom rule: offsets into the checked text. */
export interface CustomMatch {
  start: number;
  end: number;
  found: string;
}

/** Matches kept per rule and check: the panel lists a few, the gate needs one. */
export const MAX_CUSTOM_MATCHES = 50;
/** Characters one regex call sees; windows overlap by CUSTOM_OVERLAP, so a match up to that long is never cut. */
export const CUSTOM_WINDOW = 1000;
export const CUSTOM_OVERLAP = 200;
const STEP = CUSTOM_WINDOW - CUSTOM_OVERLAP;

/** The rule's regex with the flags we allow (i, m, u) and 'g'; null when it does not compile. */
export function compileCustomRule(rule: Pick<CustomRule, 'pattern' | 'flags'>): RegExp | null {
  try {
    return new RegExp(rule.pattern, rule.flags.replace(/[^imu]/g, '') + 'g');
  } catch {
    return null;
  }
}

/**
 * A custom rule's matches in `text`, scanned in overlapping windows: one regex call costs at most
 * what a window costs, even for a quadratic pattern stored before the static check (an old
 * backup). Pure and synchronous; where it runs decides how it is bounded (issue 21 item 3: in a
 * worker that can be terminated, see lib/sandbox/, or on an extension page under a clock).
 * `between` is called before every window after the first; returning false stops the scan.
 */
export function matchCustomRule(re: RegExp, text: string, between: () => boolean = () => true): CustomMatch[] {
  const out: CustomMatch[] = [];
  // Window k takes the matches starting in [w, w + STEP) (the last one: all from w on); it
  // sees one character before w, so a look-behind or "^" does not take w for the text's start.
  for (let w = 0; w < text.length && out.length < MAX_CUSTOM_MATCHES; w += STEP) {
    if (w > 0 && !between()) break;
    const from = w === 0 ? 0 : w - 1;
    const slice = text.slice(from, w + CUSTOM_WINDOW);
    const last = w + CUSTOM_WINDOW >= text.length;
    re.lastIndex = w - from;
    for (let m = re.exec(slice); m && out.length < MAX_CUSTOM_MATCHES; m = re.exec(slice)) {
      const start = from + m.index;
      if (!last && start >= w + STEP) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start, end: start + m[0].length, found: m[0] });
    }
    if (last) break;
  }
  return out;
}
