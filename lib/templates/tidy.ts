/**
 * Joins rendered pieces where some tokens were dropped (GAP), so that removing a word does not
 * leave double spaces, a space before punctuation, a dangling comma, empty brackets or an empty
 * line. Only the text touching a gap is changed; the rest of the admin's formatting is kept.
 */
export const GAP: unique symbol = Symbol('gap');
export type Piece = string | typeof GAP;

const TRAILING_SPACE = /[ \t\u00A0]+$/u;
const LEADING_SPACE = /^[ \t\u00A0]+/u;
const CLOSING_PUNCT = /^[.,;:!?)\]]/u;
const SENTENCE_PUNCT = /^[.,;:!?]/u;
const DANGLING = /\s*[,;:]$/u;
const DANGLING_AT_EOL = /\s*[,;]$/u;

export function joinPieces(pieces: readonly Piece[]): string {
  let out = '';
  let gap = false;
  for (const piece of pieces) {
    if (piece === GAP) {
      gap = true;
      continue;
    }
    if (gap && /^[ \t\u00A0]*$/u.test(piece)) {
      // Spaces between two removed tokens: keep the gap open, closeGap sees the space.
      out += piece;
    } else if (gap) {
      const [left, right] = closeGap(out, piece);
      out = left + right;
      gap = false;
    } else {
      out += piece;
    }
  }
  if (gap) out = closeGap(out, '').join('');
  return out;
}

/** Tidies the text either side of a removed token. */
function closeGap(left: string, right: string): [string, string] {
  const leftTrim = left.replace(TRAILING_SPACE, '');
  const rightTrim = right.replace(LEADING_SPACE, '');
  const hadSpace = leftTrim !== left || rightTrim !== right;
  const lineStart = leftTrim.lastIndexOf('\n') + 1;
  const atLineStart = leftTrim.length === lineStart;
  const atLineEnd = rightTrim === '' || rightTrim.startsWith('\n') || rightTrim.startsWith('\r\n');

  if (atLineStart && atLineEnd) {
    // The line held nothing but the removed token: remove the line itself.
    if (rightTrim !== '') return [leftTrim, rightTrim.replace(/^\r?\n/u, '')];
    return [leftTrim.replace(/\r?\n$/u, ''), ''];
  }
  if (leftTrim.endsWith('(') && rightTrim.startsWith(')')) {
    return closeGap(leftTrim.slice(0, -1), rightTrim.slice(1));
  }
  if (atLineEnd) return [leftTrim.replace(DANGLING_AT_EOL, ''), rightTrim];
  if (CLOSING_PUNCT.test(rightTrim)) {
    const l = SENTENCE_PUNCT.test(rightTrim) ? leftTrim.replace(DANGLING, '') : leftTrim;
    return [l, rightTrim];
  }
  if (atLineStart) return [left, rightTrim];
  return [leftTrim, hadSpace ? ` ${rightTrim}` : rightTrim];
}
