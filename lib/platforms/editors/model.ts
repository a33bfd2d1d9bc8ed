import type { EditorKind } from '../types';

/**
 * The editor's plain text with a map back to DOM nodes (offsets are UTF-16 units): what
 * readText returns, and what turns readText offsets into DOM points and back, for each editor
 * kind's markup (Draft.js blocks, Lexical / plain contenteditable lines).
 */

interface TextPiece {
  kind: 'text';
  node: Text;
  start: number;
  length: number;
}
interface BreakPiece {
  kind: 'br';
  node: Element;
  start: number;
  length: 1;
}
type Piece = TextPiece | BreakPiece;

interface Block {
  /** Where a caret goes in this block when it has no text (also its start point). */
  startPoint: DomPoint;
  pieces: Piece[];
  start: number;
  end: number;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextModel {
  text: string;
  blocks: Block[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

function isElement(n: Node): n is Element {
  return n.nodeType === Node.ELEMENT_NODE;
}
function isText(n: Node): n is Text {
  return n.nodeType === Node.TEXT_NODE;
}
function isBlockElement(n: Node): n is Element {
  return isElement(n) && BLOCK_TAGS.has(n.tagName);
}
function indexInParent(n: Node): number {
  let i = 0;
  for (let c = n.previousSibling; c; c = c.previousSibling) i++;
  return i;
}
function pointBefore(n: Node): DomPoint {
  return { node: n.parentNode ?? n, offset: n.parentNode ? indexInParent(n) : 0 };
}

/** Collects text and <br> pieces of inline content, skipping non-editable islands (decorators). */
function collectPieces(nodes: Iterable<Node>, out: Array<Text | Element>): void {
  for (const n of nodes) {
    if (isText(n)) {
      if (n.data.length > 0) out.push(n);
    } else if (isElement(n)) {
      if (n.tagName === 'BR') out.push(n);
      else if (n.getAttribute('contenteditable') !== 'false') collectPieces(n.childNodes, out);
    }
  }
}

interface RawBlock {
  startPoint: DomPoint;
  nodes: Array<Text | Element>;
}

/** Draft.js: one block per [data-block]; text lives in [data-text] spans (an empty block holds a <br data-text>). */
function draftBlocks(root: HTMLElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const block of root.querySelectorAll('[data-block="true"]')) {
    const nodes: Text[] = [];
    for (const leaf of block.querySelectorAll('span[data-text="true"]')) {
      for (const c of leaf.childNodes) if (isText(c) && c.data.length > 0) nodes.push(c);
    }
    const placeholder = block.querySelector('br[data-text="true"]');
    const startPoint = placeholder?.parentNode ? { node: placeholder.parentNode, offset: 0 } : { node: block, offset: 0 };
    blocks.push({ startPoint, nodes });
  }
  return blocks;
}

/**
 * Lexical and plain contenteditable: block elements are lines; inline runs between blocks form
 * anonymous lines (Chrome writes "a<div>b</div>"). A <br> is a line break, except the last one in
 * a line, which is a placeholder (Chrome's, or Lexical's managed line break after a LineBreakNode).
 */
function genericBlocks(root: HTMLElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  const walk = (container: Node) => {
    let run: Node[] = [];
    const flush = () => {
      const first = run[0];
      // Formatting whitespace between blocks in hand-written markup is not a line.
      const meaningful = run.some((n) => !isText(n) || !/^\s*\n\s*$/.test(n.data));
      if (first && meaningful) {
        const nodes: Array<Text | Element> = [];
        collectPieces(run, nodes);
        blocks.push({ startPoint: pointBefore(first), nodes });
      }
      run = [];
    };
    for (const child of container.childNodes) {
      if (isBlockElement(child)) {
        flush();
        if (Array.from(child.childNodes).some(isBlockElement)) walk(child);
        else {
          const nodes: Array<Text | Element> = [];
          if (child.getAttribute('contenteditable') !== 'false') collectPieces(child.childNodes, nodes);
          blocks.push({ startPoint: { node: child, offset: 0 }, nodes });
        }
      } else {
        run.push(child);
      }
    }
    flush();
  };
  walk(root);
  for (const b of blocks) {
    const last = b.nodes[b.nodes.length - 1];
    if (last && isElement(last)) b.nodes.pop();
  }
  return blocks;
}

export function buildModel(root: HTMLElement, kind: EditorKind): TextModel {
  let raw = kind === 'draft' ? draftBlocks(root) : genericBlocks(root);
  if (raw.length === 0 && kind === 'draft') raw = genericBlocks(root);
  const blocks: Block[] = [];
  let pos = 0;
  let text = '';
  raw.forEach((rb, i) => {
    if (i > 0) {
      text += '\n';
      pos += 1;
    }
    const start = pos;
    const pieces: Piece[] = [];
    for (const n of rb.nodes) {
      if (isText(n)) {
        pieces.push({ kind: 'text', node: n, start: pos, length: n.data.length });
        text += n.data;
        pos += n.data.length;
      } else {
        pieces.push({ kind: 'br', node: n, start: pos, length: 1 });
        text += '\n';
        pos += 1;
      }
    }
    blocks.push({ startPoint: rb.startPoint, pieces, start, end: pos });
  });
  return { text, blocks };
}

function pieceEndPoint(p: Piece): DomPoint {
  if (p.kind === 'text') return { node: p.node, offset: p.length };
  const before = pointBefore(p.node);
  return { node: before.node, offset: before.offset + 1 };
}

/** The DOM point for a plain-text offset (clamped to the text). */
export function pointAt(model: TextModel, offset: number): DomPoint | null {
  const o = Math.max(0, Math.min(offset, model.text.length));
  const block = model.blocks.find((b) => o >= b.start && o <= b.end);
  if (!block) return null;
  for (const p of block.pieces) {
    if (p.kind === 'text' && o >= p.start && o <= p.start + p.length) return { node: p.node, offset: o - p.start };
  }
  for (const p of block.pieces) {
    if (p.kind === 'br' && o === p.start + 1) return pieceEndPoint(p);
    if (p.kind === 'br' && o === p.start) return pointBefore(p.node);
  }
  return block.startPoint;
}

/** The plain-text offset of a DOM point inside the editor (null when it is outside). */
export function offsetOf(model: TextModel, root: HTMLElement, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  for (const b of model.blocks) {
    for (const p of b.pieces) if (p.kind === 'text' && p.node === node) return p.start + Math.min(offset, p.length);
  }
  const at = document.createRange();
  at.setStart(node, offset);
  // The answer is the end of the last piece (or start of the last block) at or before the point.
  let best = 0;
  for (const b of model.blocks) {
    if (at.comparePoint(b.startPoint.node, b.startPoint.offset) <= 0) best = b.start;
    for (const p of b.pieces) {
      const end = pieceEndPoint(p);
      if (at.comparePoint(end.node, end.offset) <= 0) best = p.start + p.length;
    }
  }
  return best;
}

export function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}
