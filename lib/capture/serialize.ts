/**
 * Writes a redacted copy of a DOM tree as HTML, node by node: tag names as they are, attributes
 * and text through the redaction rules, every value escaped here (the page's own HTML serialiser is never used).
 * Scripts, styles, frames and SVG drawing data are left out; a tree larger than the element
 * budget is cut with a comment saying so.
 */
import { redactAttribute, type AttrContext } from './attributes';
import { redactText } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is code, media or another document: not written at all. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'canvas', 'video', 'audio', 'source', 'track', 'picture']);
/** Elements written empty: their children are drawing data (SVG paths) or options of no use. */
const EMPTIED = new Set(['svg', 'math']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'wbr']);
const TAG = /^[a-z][a-z0-9-]{0,40}$/;

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

export interface SerializeResult {
  html: string;
  elements: number;
  truncated: boolean;
}

/** The redacted HTML of `root`'s children (or of root itself with `self`). */
export function serialize(root: Node, ctx: AttrContext, maxElements: number, self = false): SerializeResult {
  const parts: string[] = [];
  let elements = 0;
  let truncated = false;

  const writeChildren = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (truncated) return;
      write(c);
    }
  };

  const write = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(escapeText(redactText(node.nodeValue ?? '', ctx.ph)));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    // Pranata's own layer (<pranata-overlay>, its badges) is not the site's markup
    if (SKIPPED.has(tag) || !TAG.test(tag) || tag.startsWith('pranata-')) return;
    if (++elements > maxElements) {
      truncated = true;
      parts.push(`<!-- capture cut at ${maxElements} elements -->`);
      return;
    }
    parts.push(`<${tag}`);
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (!/^[a-z][a-z0-9_:-]{0,60}$/.test(name)) continue;
      const value = redactAttribute(name, a.value, ctx);
      if (value !== null) parts.push(` ${name}="${escapeAttr(value)}"`);
    }
    parts.push('>');
    if (VOID.has(tag)) return;
    // a textarea's text is the draft itself; its content is redacted like any text
    if (!EMPTIED.has(tag)) writeChildren(el);
    parts.push(`</${tag}>`);
  };

  if (self) write(root);
  else writeChildren(root);
  return { html: parts.join(''), elements, truncated };
}
