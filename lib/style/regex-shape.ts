import { parse, type AstNode, type RootNode } from 'regjsparser';

/**
 * Static checks of a custom pattern's shape, on its syntax tree (regjsparser, which
 * redos-detector already ships), for what redos-detector's anchored analysis cannot see:
 *
 * - zero-width: the pattern can match empty text somewhere ("\b", a lookaround alone, "x*"),
 *   which the "matches empty text" test of the whole input misses ("\b" matches between letters);
 * - quadratic: its first consuming element is an unbounded repetition ("x+", "x*", "x{2,}")
 *   with more pattern after it, and nothing in front that pins where a match can start. Scanning
 *   a draft tries it at every position, each try runs to the end of the repetition and then
 *   fails: "\p{Extended_Pictographic}+x" on a long run of emoji, "\d+ juta" on a long number
 *   (issue 21: 8.5 s on one Facebook page). A "^" in front, or "\b" in front of a repetition of
 *   word characters only (or non-word characters only), fixes the start and keeps it linear.
 */
export type ShapeProblem = 'zero-width' | 'quadratic' | 'unparsable';

type Node = RootNode<{ lookbehind: true; namedGroups: true; unicodePropertyEscape: true }> | AstNode;

const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;

function seq(node: Node): Node[] {
  return node.type === 'alternative' ? (node.body as Node[]) : [node];
}

function branches(node: Node): Node[] {
  return node.type === 'disjunction' ? (node.body as Node[]) : [node];
}

/** The fewest characters the node can match. */
export function minLength(node: Node): number {
  switch (node.type) {
    case 'value':
    case 'dot':
    case 'characterClass':
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
    case 'characterClassRange':
      return 1;
    case 'anchor':
    case 'reference':
      return 0;
    case 'alternative':
      return (node.body as Node[]).reduce((sum, n) => sum + minLength(n), 0);
    case 'disjunction':
      return Math.min(...(node.body as Node[]).map(minLength));
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return 0;
      return (node.body as Node[]).reduce((sum, n) => sum + minLength(n), 0);
    case 'quantifier':
      return node.min * minLength(node.body[0] as Node);
    default:
      return 0;
  }
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;

/** 'word' when every character the node matches is a \w character, 'other' when none is, else null. */
function wordClass(node: Node): 'word' | 'other' | null {
  switch (node.type) {
    case 'characterClassEscape':
      return node.value === 'w' || node.value === 'd' ? 'word' : node.value === 's' ? 'other' : null;
    case 'value':
      return WORD_CHAR.test(String.fromCodePoint(node.codePoint)) ? 'word' : 'other';
    case 'characterClassRange': {
      const [lo, hi] = [node.min.codePoint, node.max.codePoint];
      const inside = (a: number, b: number) => lo >= a && hi <= b;
      if (inside(48, 57) || inside(65, 90) || inside(97, 122)) return 'word';
      return null;
    }
    case 'characterClass': {
      if (node.negative) return null;
      const kinds = new Set((node.body as Node[]).map(wordClass));
      return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
    }
    default:
      return null;
  }
}

/**
 * Whether a sequence (followed by `restAfter` more required pattern) starts with an unguarded
 * unbounded repetition. `wordGuard`: a "\b" stands in front.
 */
function leadsWithUnbounded(nodes: readonly Node[], restAfter: boolean, wordGuard: boolean): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    const more = restAfter || nodes.slice(i + 1).some((n) => n.type !== 'empty' as string);
    if (node.type === 'anchor') {
      if (node.kind === 'start') return false;
      if (node.kind === 'boundary') wordGuard = true;
      continue;
    }
    if (node.type === 'group') {
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') continue; // lookarounds pin nothing
      const body = node.body as Node[];
      const inner = body.length === 1 && body[0] ? branches(body[0]) : [{ type: 'alternative', body, range: [0, 0], raw: '' } as Node];
      if (inner.some((b) => leadsWithUnbounded(seq(b), more, wordGuard))) return true;
      if (minLength(node) > 0) return false;
      continue;
    }
    if (node.type === 'disjunction') {
      return (node.body as Node[]).some((b) => leadsWithUnbounded(seq(b), more, wordGuard));
    }
    if (node.type === 'quantifier') {
      const body = node.body[0] as Node;
      if (node.max === undefined && minLength(body) > 0) {
        if (!more) return false;
        return !(wordGuard && wordClass(body) !== null);
      }
      if (node.min > 0) return false;
      continue;
    }
    return false; // a literal or class first: tries start only where it matches
  }
  return false;
}

export function regexShapeProblem(pattern: string, flags: string): ShapeProblem | null {
  let root: Node;
  try {
    root = parse(pattern, flags.includes('u') ? 'u' : '', FEATURES) as Node;
  } catch {
    return 'unparsable';
  }
  if (minLength(root) === 0) return 'zero-width';
  if (branches(root).some((b) => leadsWithUnbounded(seq(b), false, false))) return 'quadratic';
  return null;
}
