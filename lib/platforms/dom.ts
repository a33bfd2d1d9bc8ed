import type { AdapterProblem } from './types';
import type { DiagnosticCode } from '@/lib/schemas/diagnostic';

/**
 * Small DOM helpers shared by the adapters. Everything is scoped to the element it is given,
 * reads no layout (no getBoundingClientRect, no innerText), and never throws on odd markup.
 */

/** Selectors in order of preference, most stable first. */
export type Selectors = readonly string[];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

/** The matches of the first selector that matches anything under root. */
export function queryAllFirst(root: ParentNode, selectors: Selectors): HTMLElement[] {
  for (const sel of selectors) {
    const found = Array.from(root.querySelectorAll<HTMLElement>(sel));
    if (found.length > 0) return found;
  }
  return [];
}

/** Everything under root matched by any of the selectors, in document order, each once. */
export function queryAllUnion(root: ParentNode, selectors: Selectors): HTMLElement[] {
  return selectors.length === 0 ? [] : Array.from(root.querySelectorAll<HTMLElement>(selectors.join(', ')));
}

/** The first element under root matched by a selector, trying the selectors in order. */
export function queryFirst(root: ParentNode, selectors: Selectors): HTMLElement | null {
  for (const sel of selectors) {
    const found = root.querySelector<HTMLElement>(sel);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor-or-self matched by a selector, trying the selectors in order. */
export function closestAny(el: Element, selectors: Selectors): HTMLElement | null {
  for (const sel of selectors) {
    const found = el.closest<HTMLElement>(sel);
    if (found) return found;
  }
  return null;
}

export function docOf(node: Node): Document | null {
  return node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}

/** The page path (location.pathname) of the document a node is in; "" when unknown. */
export function pathOf(node: Node): string {
  return docOf(node)?.location?.pathname ?? '';
}

/** The page's UI language from `<html lang>`: Indonesian or (anything else) English. */
export function langOfDoc(doc: Document | null): 'id' | 'en' {
  const lang = (doc?.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  return lang === 'id' || lang.startsWith('id-') || lang === 'in' || lang.startsWith('in-') ? 'id' : 'en';
}

const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * Visible-ish text of an element, whitespace collapsed. Emoji drawn as <img alt="😀"> (X does
 * this in names) count as text; SVG titles do not; `skip` subtrees are left out.
 */
export function textOf(el: Node | null | undefined, skip?: string, limit = 4000): string {
  if (!el) return '';
  const parts: string[] = [];
  let size = 0;
  const stack: Node[] = [el];
  while (stack.length > 0 && size < limit) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      size += t.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== el) continue;
    if (node.nodeType === ELEMENT_NODE) {
      const e = node as Element;
      const tag = e.localName;
      if (tag === 'svg' || tag === 'script' || tag === 'style' || tag === 'template') continue;
      if (tag === 'img') {
        const alt = e.getAttribute('alt') ?? '';
        if (alt.length <= 8 && EMOJI.test(alt)) parts.push(alt);
        continue;
      }
      if (node !== el && skip && e.matches(skip)) continue;
      // Block-ish boundaries become spaces so that "All reactions:" + "1.2K" stay two words.
      parts.push(' ');
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function attr(el: Element | null | undefined, name: string): string {
  return (el?.getAttribute(name) ?? '').trim();
}

/** Text of the elements an aria-describedby / aria-labelledby attribute points to. */
export function referencedText(el: Element, attrName: string): string {
  const doc = docOf(el);
  const ids = attr(el, attrName).split(/\s+/).filter(Boolean);
  if (!doc || ids.length === 0) return '';
  return ids
    .map((id) => textOf(doc.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** Lower case, curly quotes straightened, ellipses and edge punctuation dropped: for comparing UI words. */
export function normWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\u2026|\.{3}/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/^[\s.,!?:]+|[\s.,!?:]+$/g, '');
}

// The adapters' phrase lists are constants: normalise each list once, not on every call.
const normalisedLists = new WeakMap<readonly string[], readonly string[]>();
function normalisedPhrases(phrases: readonly string[]): readonly string[] {
  let list = normalisedLists.get(phrases);
  if (!list) {
    list = phrases.map(normWords);
    normalisedLists.set(phrases, list);
  }
  return list;
}

/** Whether normalised `text` starts with or contains one of the (normalised) phrases. */
export function hasPhrase(text: string, phrases: readonly string[], mode: 'start' | 'any' = 'any'): boolean {
  const t = normWords(text);
  return normalisedPhrases(phrases).some((w) => (mode === 'start' ? t.startsWith(w) : t.includes(w)));
}

/** Epoch ms of a `datetime` attribute, or undefined. */
export function parseDateTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) && t >= 0 ? t : undefined;
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING (4): b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0 && !a.contains(b);
}

/**
 * The nearest element before `el` in document order that matches `selector`, looking at the
 * previous siblings of `el` and of each ancestor (and inside them), up to `stop` (exclusive).
 */
export function nearestPreceding(el: Element, selector: string, stop: Element | null = null): HTMLElement | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && cur !== stop && depth < 40; depth++) {
    for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches(selector)) return sib as HTMLElement;
      const inner = sib.querySelectorAll<HTMLElement>(selector);
      const last = inner[inner.length - 1];
      if (last) return last;
    }
    cur = cur.parentElement;
    if (cur && cur !== stop && cur.matches(selector)) return cur as HTMLElement;
  }
  return null;
}

/**
 * Climbs from `el` (at most `levels` ancestors, not past `stop`) to the first ancestor that
 * contains a match of one of the selectors, and returns that match.
 */
export function findUp(el: Element, selectors: Selectors, levels: number, stop: Element | null = null): HTMLElement | null {
  let cur: Element | null = el.parentElement;
  for (let i = 0; cur && i < levels; i++) {
    const found = queryFirst(cur, selectors);
    if (found) return found;
    if (cur === stop) break;
    cur = cur.parentElement;
  }
  return null;
}

/** Whether the element is something a person types into. */
export function isEditable(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'textarea') return true;
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('role') === 'textbox';
}

/**
 * Problems per adapter method: each call replaces what that method reported before, so the
 * scanner's findComposers + findPosts + readProfile all stay visible through `problems()`.
 */
export class ProblemLog {
  private readonly byMethod = new Map<string, AdapterProblem[]>();

  /** Runs one adapter method; an exception becomes a problem with `code` and the fallback value. */
  run<T>(method: string, code: DiagnosticCode, fallback: T, body: (report: (p: AdapterProblem) => void) => T): T {
    const list: AdapterProblem[] = [];
    const report = (p: AdapterProblem): void => {
      const same = list.find((q) => q.code === p.code && q.area === p.area);
      if (!same) list.push(p);
    };
    try {
      return body(report);
    } catch (err) {
      report({ code, area: method, detail: `exception: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300) });
      return fallback;
    } finally {
      this.byMethod.set(method, list);
    }
  }

  all(): AdapterProblem[] {
    return Array.from(this.byMethod.values()).flat();
  }
}

/** Runs `fn`; an exception gives `fallback` and calls `onError` (one broken part must not break the rest). */
export function attempt<T>(fn: () => T, fallback: T, onError: (message: string) => void): T {
  try {
    return fn();
  } catch (err) {
    onError(err instanceof Error ? err.message : String(err));
    return fallback;
  }
}
