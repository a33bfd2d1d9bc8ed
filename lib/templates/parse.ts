import { FIELD_PREFIX, isTemplateVariable, type TemplateVariable } from './variables';

/**
 * Template body syntax:
 * - `{sapaan}`: a known variable (case-insensitive, spaces inside the braces allowed).
 * - `{isian:nomor_tiket}` or `{isian:nomor_tiket|Nomor tiket}`: a field the admin types at insertion.
 *   Field names are a letter then letters, digits or `_` (up to 40); the label after `|` is optional.
 * - `{{` and `}}`: a literal `{` and `}`.
 * - Any other `{…}` on one line (up to 100 characters) is an unknown variable.
 * - A brace that opens nothing (no `}` on the same line) or closes nothing stays literal; the
 *   analysis reports its position so the editor can point at it.
 */

/** Where a segment came from in the body: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type Segment =
  | ({ kind: 'text'; text: string } & Span)
  | ({ kind: 'variable'; name: TemplateVariable; raw: string } & Span)
  | ({ kind: 'field'; name: string; label: string | null; raw: string } & Span)
  | ({ kind: 'unknown'; raw: string } & Span);

export interface TemplateField {
  /** Key into RenderContext.fields, e.g. "nomor_tiket". */
  name: string;
  /** What the admin is asked for, e.g. "Nomor tiket". */
  label: string;
}

const MAX_TOKEN_INNER = 100;
const FIELD_RE = new RegExp(`^${FIELD_PREFIX}\\s*:\\s*([a-z][a-z0-9_]{0,39})\\s*(?:\\|([^]*))?$`, 'i');
const MAX_LABEL = 60;

function classify(raw: string, span: Span): Segment {
  const inner = raw.slice(1, -1).trim();
  const lower = inner.toLowerCase();
  if (isTemplateVariable(lower)) return { kind: 'variable', name: lower, raw, ...span };
  const field = FIELD_RE.exec(inner);
  if (field?.[1]) {
    const label = (field[2] ?? '').trim().slice(0, MAX_LABEL).trim();
    return { kind: 'field', name: field[1].toLowerCase(), label: label || null, raw, ...span };
  }
  return { kind: 'unknown', raw, ...span };
}

/** Splits a body into text and tokens. Adjacent text (escapes, stray braces) is merged. */
export function parseTemplate(body: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let textStart = 0;
  const flushText = (end: number) => {
    if (text) segments.push({ kind: 'text', text, start: textStart, end });
    text = '';
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if ((ch === '{' || ch === '}') && body[i + 1] === ch) {
      if (!text) textStart = i;
      text += ch;
      i += 2;
      continue;
    }
    if (ch === '{') {
      const close = findClose(body, i);
      if (close !== -1) {
        flushText(i);
        segments.push(classify(body.slice(i, close + 1), { start: i, end: close + 1 }));
        i = close + 1;
        textStart = i;
        continue;
      }
    }
    if (!text) textStart = i;
    text += ch;
    i += 1;
  }
  flushText(body.length);
  return segments;
}

/** Index of the `}` closing the token opened at `open`, or -1 if the brace opens nothing. */
function findClose(body: string, open: number): number {
  const limit = Math.min(body.length, open + MAX_TOKEN_INNER + 2);
  for (let j = open + 1; j < limit; j += 1) {
    const c = body[j];
    if (c === '}') return j;
    if (c === '{' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

/** "nomor_tiket" → "Nomor tiket". */
export function labelFromFieldName(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The fields the admin must type before inserting, once each, in order of first use. The label
 * is the first one written in the body, else one made from the name.
 */
export function listFields(body: string): TemplateField[] {
  const byName = new Map<string, TemplateField & { explicit: boolean }>();
  for (const seg of parseTemplate(body)) {
    if (seg.kind !== 'field') continue;
    const known = byName.get(seg.name);
    if (!known) {
      byName.set(seg.name, { name: seg.name, label: seg.label ?? labelFromFieldName(seg.name), explicit: seg.label !== null });
    } else if (!known.explicit && seg.label !== null) {
      known.label = seg.label;
      known.explicit = true;
    }
  }
  return [...byName.values()].map(({ name, label }) => ({ name, label }));
}

export interface TemplateAnalysis {
  /** Known variables used, once each, in order of first use. */
  variables: TemplateVariable[];
  fields: TemplateField[];
  /** Unknown tokens as written (with braces), with where they are, for the editor to point at. */
  unknown: Array<{ raw: string } & Span>;
  /** Positions of braces that open or close nothing; they stay in the text as typed. */
  strayBraces: number[];
}

/** Everything the template editor needs to validate a body, without rendering it. */
export function analyzeTemplate(body: string): TemplateAnalysis {
  const segments = parseTemplate(body);
  const variables: TemplateVariable[] = [];
  const unknown: TemplateAnalysis['unknown'] = [];
  const strayBraces: number[] = [];
  for (const seg of segments) {
    if (seg.kind === 'variable' && !variables.includes(seg.name)) variables.push(seg.name);
    if (seg.kind === 'unknown') unknown.push({ raw: seg.raw, start: seg.start, end: seg.end });
    if (seg.kind === 'text') strayBraces.push(...findStrayBraces(body, seg));
  }
  return { variables, fields: listFields(body), unknown, strayBraces };
}

/** Single braces inside a text segment (escaped pairs are skipped). */
function findStrayBraces(body: string, span: Span): number[] {
  const out: number[] = [];
  for (let i = span.start; i < span.end; i += 1) {
    const c = body[i];
    if (c !== '{' && c !== '}') continue;
    if (body[i + 1] === c) {
      i += 1;
      continue;
    }
    out.push(i);
  }
  return out;
}
