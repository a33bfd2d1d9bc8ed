/**
 * Text that looks like markup or script. Pranata renders every imported text as text (never as
 * HTML), so it cannot run; it is still worth a warning in the preview, since nobody writes
 * `<script>` into a reply by accident.
 */
const SCRIPT_LIKE = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|form|a|div|span|body|html)\b|javascript\s*:|\bon[a-z]{3,}\s*=|&lt;\s*script/i;

export function looksLikeMarkup(text: string): boolean {
  return SCRIPT_LIKE.test(text);
}

/** The place of every string in the document that looks like markup. */
export function findScriptLikeText(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') {
    if (looksLikeMarkup(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findScriptLikeText(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findScriptLikeText(v, [...path, k], out);
  }
  return out;
}
